/**
 * Where the drop-in script's own files are, decided once while the core script runs, so that
 * markup on the host page cannot point it elsewhere (see docs/hosting.md, "Where the packs come
 * from"). Nothing here reads a name on `document` directly: `<img name="currentScript">` or
 * `<form name="head">` would stand in for it (DOM clobbering). Getters come from the prototypes.
 */

/** The drop-in script's own file name; its packs are `advocacy-widgets.<pack>.js` beside it. */
export const OUR_NAME = 'advocacy-widgets.js';

/** A getter of Document.prototype or Node.prototype, read past any element named after it. */
function read<T>(doc: Document, proto: object, name: string): T {
  return Object.getOwnPropertyDescriptor(proto, name)!.get!.call(doc) as T;
}

/** The `<script>` running now, or null: never an element that merely carries the name. */
export function runningScript(doc: Document = document): HTMLScriptElement | null {
  const script = read<unknown>(doc, Document.prototype, 'currentScript');
  const view = read<Window | null>(doc, Document.prototype, 'defaultView');
  return view && script instanceof (view as typeof window).HTMLScriptElement ? script : null;
}

/** The page's `<head>` (or root), for adding pack scripts, past any element named `head`. */
export function headOf(doc: Document = document): Element {
  return (
    read<HTMLHeadElement | null>(doc, Document.prototype, 'head') ??
    read<Element>(doc, Document.prototype, 'documentElement')
  );
}

/**
 * The base URL the browser had when it met `script`: a `<base href>` that comes after our tag
 * was not there yet (and with `defer`, the script runs only after it is parsed), so it does not
 * count. Only the first `<base href>` in the document ever counts.
 */
function baseWhenMet(doc: Document, script: Element): string {
  const base = Document.prototype.querySelector.call(doc, 'base[href]') as HTMLBaseElement | null;
  if (!base) return read<string>(doc, Node.prototype, 'baseURI');
  if (base.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING) return base.href;
  return read<string>(doc, Document.prototype, 'URL');
}

/** Where the packs are: a folder URL ending in "/", and the query carried to every pack. */
export interface Origin {
  folder: string;
  query: string;
}

/**
 * Our folder, from our own `<script>`: its `src` when it ends with `/advocacy-widgets.js`, else
 * its `data-base` attribute (for a copy under another name); undefined when neither tells.
 * The query (cache-busting, `?v=3`) is kept and sent with every pack; the fragment is dropped.
 */
export function originOf(
  script: HTMLScriptElement | null,
  doc: Document = document,
): Origin | undefined {
  if (!script) return undefined;
  try {
    const base = baseWhenMet(doc, script);
    const own = new URL(script.getAttribute('src') ?? '', base);
    if (/^https?:$/.test(own.protocol) && own.pathname.endsWith(`/${OUR_NAME}`)) {
      return { folder: new URL('.', own).href, query: own.search };
    }
    const given = script.getAttribute('data-base');
    if (given === null || !given.trim()) return undefined;
    const folder = new URL(given.trim(), base);
    if (!/^https?:$/.test(folder.protocol)) return undefined;
    folder.hash = '';
    const query = folder.search;
    folder.search = '';
    if (!folder.pathname.endsWith('/')) folder.pathname += '/';
    return { folder: folder.href, query };
  } catch {
    return undefined;
  }
}

/** The full URL of one of our files (`knowledge`, `cy`, `knowledge.cy`, …). */
export function fileUrl(origin: Origin, file: string): string {
  return `${new URL(`advocacy-widgets.${file}.js`, origin.folder).href}${origin.query}`;
}
