import { waitUntil } from '@open-wc/testing';
import { AXE_TAGS } from '../helpers/axe.js';
import type * as AxeCore from 'axe-core';
import type { AxeResults } from 'axe-core';

/** What the configurator page offers tests (demo/configurator/configurator.js). */
export interface ConfiguratorApi {
  update(): Promise<void>;
  readonly snippet: { loader: string; body: string; code: string } | null;
  readonly errors: { id: string; message: string }[];
}

export type FrameWindow = Window &
  typeof globalThis & { advocacyConfigurator?: ConfiguratorApi; axe?: typeof AxeCore };

/** An iframe on this page, with the given address or HTML, once it has loaded. */
export async function frame(options: {
  src?: string;
  srcdoc?: string;
  sandbox?: string;
  width?: number;
}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'test frame';
  iframe.style.width = `${options.width ?? 1000}px`;
  iframe.style.height = '800px';
  if (options.sandbox !== undefined) iframe.setAttribute('sandbox', options.sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (options.srcdoc !== undefined) iframe.srcdoc = options.srcdoc;
  else iframe.src = options.src ?? 'about:blank';
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** The configurator, started and ready. */
export async function openConfigurator(): Promise<{
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  api: ConfiguratorApi;
}> {
  const iframe = await frame({ src: '/demo/configurator.html' });
  const doc = iframe.contentDocument!;
  await waitUntil(
    () => doc.querySelector('form[data-state="ready"]'),
    'the configurator starts (run npm run build first)',
    { timeout: 8000 },
  );
  const win = iframe.contentWindow as FrameWindow;
  return { iframe, win, doc, api: win.advocacyConfigurator! };
}

/** Sets a field as a person would: the value, then the events the browser sends. */
export function fill(doc: Document, id: string, value: string): void {
  const input = doc.getElementById(id) as
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks a radio or checkbox (which sends input and change). */
export function choose(doc: Document, id: string): void {
  (doc.getElementById(id) as HTMLInputElement).click();
}

/** Runs axe-core inside a frame's document, shadow DOM included, with the project's rules. */
export async function axeInFrame(iframe: HTMLIFrameElement): Promise<AxeResults['violations']> {
  const win = iframe.contentWindow as FrameWindow;
  const doc = iframe.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
  }
  const results = await win.axe.run(doc, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** What an element shows: the text of its shadow tree, in order, with spaces tidied. */
export function shownText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
      return;
    const el = node as Element;
    if (el.localName === 'style' || el.localName === 'script') return;
    for (const child of el.shadowRoot ? el.shadowRoot.childNodes : node.childNodes) walk(child);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until every widget in a document has rendered its real content (packs loaded). */
export async function rendered(doc: Document): Promise<Element[]> {
  const elements = [
    ...doc.querySelectorAll('advocacy-explainer, advocacy-quiz, advocacy-contact-card'),
  ];
  await waitUntil(
    () =>
      elements.every((el) => {
        const root = el.shadowRoot;
        if (!root) return false;
        if (el.localName === 'advocacy-explainer') return root.querySelector('.intro');
        if (el.localName === 'advocacy-quiz') return root.querySelector('fieldset');
        return root.querySelector('[part="card"]');
      }),
    'every widget renders',
    { timeout: 8000 },
  );
  return elements;
}
