/**
 * Host pages in a frame: each hostile-page test opens a real page (test/hostile/pages/*.html,
 * served with the headers it asks for) in an iframe of the test page, and reads what happened in
 * it. A frame gives each host page its own window: its own CSP, globals, custom element registry
 * and Lit, loaded in the order the page says.
 */
import type * as AxeCore from 'axe-core';
import type { AxeResults } from 'axe-core';
import { AXE_TAGS } from './axe.js';

/** A CSP or Trusted Types violation, as test/hostile/pages/record.js records it. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** What test/hostile/pages/record.js saw: errors that reached the page, and violations. */
export interface HostLog {
  errors: string[];
  violations: Violation[];
}

export type HostWindow = Window &
  typeof globalThis & {
    hostilePage?: HostLog;
    axe?: typeof AxeCore;
    trustedTypes?: TrustedTypesLike;
  };

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL?: (url: string) => string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: HostWindow;
  document: Document;
  /** The page's own record of errors and violations (empty when the page has no recorder). */
  log: HostLog;
  close(): void;
}

/** An element of ours, seen from outside the frame's realm. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean>; ready?: Promise<void> };

/** Opens `url` in an iframe of the given size and resolves when it has loaded. */
export async function openHostPage(
  url: string,
  size = { width: 1000, height: 800 },
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.title = 'Host page under test';
  frame.width = String(size.width);
  frame.height = String(size.height);
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not open ${url}`)), {
      once: true,
    });
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    log: win.hostilePage ?? { errors: [], violations: [] },
    close: () => frame.remove(),
  };
}

/** Polls until `test` is truthy, or fails with `what`. */
export async function until<T>(
  test: () => T,
  what: string,
  timeout = 5000,
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves when every element of ours in the page is defined, loaded and rendered. */
export async function widgetsSettled(page: HostPage): Promise<Widget[]> {
  const widgets = [
    ...page.document.querySelectorAll<Widget>(
      'advocacy-explainer, advocacy-quiz, advocacy-contact-card',
    ),
  ];
  for (const name of ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card']) {
    if (widgets.some((w) => w.localName === name)) {
      await until(() => page.window.customElements.get(name), `<${name}> is defined`);
    }
  }
  for (const widget of widgets) {
    await until(() => widget.shadowRoot, `<${widget.localName}> has rendered`);
    await widget.ready;
    await widget.updateComplete;
    // A card with src: until it has loaded (or given up).
    await until(
      () => !widget.shadowRoot!.textContent?.includes('Loading'),
      `<${widget.localName}> has loaded`,
    );
    await widget.updateComplete;
  }
  return widgets;
}

/** The elements of ours in the page, by tag name. */
export function widgetsIn(page: HostPage, name: string): Widget[] {
  return [...page.document.querySelectorAll<Widget>(name)];
}

const testPolicies = new WeakMap<Window, { createScriptURL(url: string): unknown }>();

/** Loads a classic script into the frame (through a test-only policy where Trusted Types apply). */
export async function addScript(page: HostPage, src: string): Promise<void> {
  const script = page.document.createElement('script');
  const tt = page.window.trustedTypes;
  let url: unknown = src;
  if (tt) {
    let policy = testPolicies.get(page.window);
    if (!policy) {
      policy = tt.createPolicy('advocacy-tests', { createScriptURL: (u) => u });
      testPolicies.set(page.window, policy);
    }
    url = policy.createScriptURL(src);
  }
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), {
      once: true,
    });
  });
  (script as { src: unknown }).src = url;
  page.document.head.append(script);
  await done;
}

/** Runs axe-core inside the frame (loading it there first) and fails on any violation. */
export async function expectAccessibleIn(page: HostPage, selector = 'main'): Promise<void> {
  if (!page.window.axe) await addScript(page, '/node_modules/axe-core/axe.min.js');
  const target = page.document.querySelector(selector);
  if (!target) throw new Error(`nothing matches ${selector} in the host page`);
  const results: AxeResults = await page.window.axe.run(target, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    const list = results.violations
      .map(
        (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      )
      .join('\n');
    throw new Error(
      `axe-core found ${results.violations.length} violation(s) in the host page:\n${list}`,
    );
  }
}

/** Whether a person can see the element: displayed, visible, opaque and with a size. */
export function isShown(element: Element): boolean {
  const view = element.ownerDocument.defaultView!;
  for (
    let node: Element | null = element;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || Number(style.opacity) === 0) return false;
  }
  const style = view.getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.visibility === 'visible' && box.width > 0 && box.height > 0;
}

/**
 * Brings the element into view and returns the point, in the test page's viewport, where a
 * pointer would press it: the centre of its box, which hit-testing must say is the element
 * itself (or inside it), not something covering it.
 */
export function pointerTarget(page: HostPage, element: Element): [number, number] {
  page.frame.scrollIntoView({ block: 'start' });
  element.scrollIntoView({ block: 'center' });
  const inFrame = element.getBoundingClientRect();
  const x = inFrame.left + inFrame.width / 2;
  const y = inFrame.top + inFrame.height / 2;
  const root = element.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(x, y);
  if (!hit || !(hit === element || element.contains(hit))) {
    throw new Error(
      `<${element.localName}> is covered at its centre by ${hit ? `<${hit.localName}>` : 'nothing'}`,
    );
  }
  const frame = page.frame.getBoundingClientRect();
  const border = page.frame.clientLeft;
  return [Math.round(frame.left + border + x), Math.round(frame.top + page.frame.clientTop + y)];
}
