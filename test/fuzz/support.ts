/**
 * What the fuzz tests share: values a hostile or careless page could give, and the checks that
 * must hold whatever it gives: no error reaches the page, no unsafe link reaches an `href`, no
 * markup or script comes out of text, and no request goes anywhere but http(s).
 */
import fc from 'fast-check';

/** The only schemes a link we render may have. */
export const SAFE_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:', 'sms:'];

/** Links that try to get past a URL check. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '\u202ejavascript:alert(1)',
  'javascript://example.org/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'blob:https://example.org/0b1c',
  'file:///etc/passwd',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.org/',
  'ftp://example.org/',
  'ws://example.org/',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example\\share',
  'https://council.gov.uk@evil.example/',
  'https://user:pass@example.org/',
  'https:evil.example',
  'http://',
  'https://example.org/"><script>alert(1)</script>',
  'https://example.org/\u200b',
  'tel:+44 20 7946 0000',
  'mailto:hello@example.org',
  'sms:07700900123',
  'www.example.org',
  'https://example.org/advocacy',
  'refer.html',
  '../../../etc/passwd',
  '#advocacy-imha',
];

/** Text that tries to become markup, script or a template. */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</script><script>alert(1)</script>',
  '<!--',
  '<style>*{display:none}</style>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<lit-part>',
  '<?lit$1234$>',
  '\u0000\u0001\u001f',
  '\ud800',
  'a'.repeat(5000),
  '   ',
  '',
  '0',
  '-1',
  'NaN',
  '1e309',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

/** Values that look right for some field: phone numbers, hours, kinds, nations, levels. */
export const PLAUSIBLE = [
  '0300 123 4567',
  '+44 (0)1332 228748',
  '07700 900123',
  '111',
  '+1 202 555 0100',
  '01332 641633 ext 5',
  'hello@example.org',
  'not-an-email',
  'Mon-Fri 9:00-17:00',
  'Mon-Fri 9:00-17:00; Sat 10:00-13:00',
  'Mon-Sun 0:00-24:00',
  'Mon 25:00-26:00',
  'Fri-Mon 17:00-9:00',
  'imha imca care-act',
  'imha, not-a-kind',
  'IMHA',
  'self, family, professional',
  'everyone',
  'england',
  'Wales',
  'northern-ireland',
  'atlantis',
  '2',
  '6',
  '7',
  '0',
  '2026-11-26',
  '2026-02-30',
  '1 Example Street, Sampleton, ZZ99 9ZZ',
  'en, cy, pl, BSL',
];

/** Any attribute value: hostile links and text, plausible values, and arbitrary strings. */
export const attributeValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** Every element below `root`, through every shadow root (ours nest contact cards in quizzes). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

const LINK_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'ping',
  'data',
];
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'foreignobject',
]);

/**
 * What a hostile value must never produce inside our shadow roots: a link with a scheme other
 * than http(s), tel, mailto or sms; an element that runs or loads code; an event-handler attribute.
 */
export function dangers(host: Element): string[] {
  const found: string[] = [];
  if (!host.shadowRoot) return found;
  for (const element of deepElements(host.shadowRoot)) {
    if (FORBIDDEN.has(element.localName)) found.push(`<${element.localName}> element`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on'))
        found.push(`${name}="${attribute.value}" on <${element.localName}>`);
      if (!LINK_ATTRIBUTES.includes(name)) continue;
      let scheme: string;
      try {
        scheme = new URL(attribute.value, element.baseURI).protocol;
      } catch {
        found.push(`unparsable ${name}="${attribute.value}"`);
        continue;
      }
      if (!SAFE_SCHEMES.includes(scheme))
        found.push(`${name}="${attribute.value}" on <${element.localName}>`);
    }
  }
  return found;
}

/** The editor messages a person (the page's editor) can see in the element. */
export function visibleEditorMessages(host: Element): Element[] {
  if (!host.shadowRoot) return [];
  return deepElements(host.shadowRoot).filter((element) => {
    if (element.getAttribute('part') !== 'editor-message') return false;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return (
      box.width > 0 && box.height > 0 && style.visibility === 'visible' && style.display !== 'none'
    );
  });
}

/** A name an editor would call empty: nothing left once control characters and spaces go. */
export function isBlankName(value: unknown): boolean {
  return typeof value !== 'string' || value.replace(/[\p{Cc}\s]+/gu, '') === '';
}

/**
 * Watches the page while fuzzing: errors and unhandled rejections that reach the window,
 * console warnings (kept, not printed: bad input is meant to warn), and every fetch, which is
 * answered here from `files` (or 404) so that no request leaves the machine.
 */
export class PageWatch {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  readonly fetched: string[] = [];
  readonly files = new Map<string, string>();

  private readonly originalFetch = window.fetch.bind(window);
  private readonly originalWarn = console.warn;
  private readonly onError = (event: ErrorEvent) =>
    this.errors.push(String((event.error as Error | undefined)?.stack ?? event.message));
  private readonly onRejection = (event: PromiseRejectionEvent) =>
    this.errors.push(`unhandled rejection: ${String(event.reason)}`);

  start(): void {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
    window.fetch = (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      this.fetched.push(url.href);
      const body = url.origin === location.origin ? this.files.get(url.pathname) : undefined;
      return Promise.resolve(
        body === undefined
          ? new Response('Not found', { status: 404 })
          : new Response(body, { headers: { 'content-type': 'application/json' } }),
      );
    };
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    console.warn = this.originalWarn;
    window.fetch = this.originalFetch;
  }
}

/** Waits until the element (and any contact card inside it) has stopped loading. */
export async function settle(element: Element): Promise<void> {
  const widget = element as Element & { ready?: Promise<void>; updateComplete?: Promise<boolean> };
  await widget.ready;
  for (let i = 0; i < 100; i += 1) {
    await widget.updateComplete;
    const loading = [element, ...(element.shadowRoot ? deepElements(element.shadowRoot) : [])].some(
      (e) => (e as unknown as { loadState?: string }).loadState === 'loading',
    );
    if (!loading) return;
    await new Promise((r) => setTimeout(r));
  }
  throw new Error(`<${element.localName}> is still loading`);
}
