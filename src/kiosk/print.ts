/**
 * "Print this": a one-page slip to take away, with the quiz's result or a provider's contact
 * details, and QR codes for the web addresses (paper cannot follow a link).
 *
 * Everything else on the page is hidden from the printer, through the element's shadow roots
 * too: each sibling of the slip and of each of its ancestors is marked, and a print style sheet
 * (a constructable style sheet, so a strict Content-Security-Policy allows it) hides what is
 * marked. The marks and the QR codes go when printing ends.
 */
import type { AdvocacyElement } from '../ui/base-element.js';

/** The mark on what the printer should leave out. */
export const HIDE = 'data-advocacy-print-hide';

const PRINT_CSS = `@media print{[${HIDE}]{display:none!important}}@page{margin:1.5cm}`;

let pageSheet: CSSStyleSheet | undefined;

/** Adds a style sheet to a document or shadow root, once. */
export function adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Marks the siblings of `target` and of its ancestors, up through shadow roots to `<body>`. */
function hideAllBut(target: Element, sheet: CSSStyleSheet): Element[] {
  const marked: Element[] = [];
  let node: Element = target;
  for (;;) {
    const parent = node.parentElement ?? node.parentNode;
    if (!parent || node === document.body) break;
    for (const sibling of parent.children) {
      if (sibling === node || /^(script|style|link|template)$/.test(sibling.localName)) continue;
      if (!sibling.hasAttribute(HIDE)) {
        sibling.setAttribute(HIDE, '');
        marked.push(sibling);
      }
    }
    if (parent instanceof ShadowRoot) {
      adopt(parent, sheet);
      node = parent.host;
    } else {
      node = parent as Element;
    }
  }
  return marked;
}

/**
 * Prints `target` (the quiz's result, or one provider), from `element`, alone on the page. Its
 * contact cards show their web addresses as QR codes while it prints.
 */
export async function printSlip(
  element: AdvocacyElement,
  target: Element | null,
  sheet: CSSStyleSheet,
): Promise<void> {
  const slip = target ?? element;
  const elements = [element, ...slip.querySelectorAll<AdvocacyElement>('advocacy-contact-card')];
  for (const el of elements) {
    adopt(el.renderRoot as ShadowRoot, sheet);
    el.paper = true;
    el.setAttribute('data-slip', '');
    el.requestUpdate();
  }
  await Promise.all(elements.map((el) => el.updateComplete));
  pageSheet ??= new CSSStyleSheet();
  pageSheet.replaceSync(PRINT_CSS);
  adopt(document, pageSheet);
  const marked = hideAllBut(slip, sheet);
  window.addEventListener(
    'afterprint',
    () => {
      for (const el of marked) el.removeAttribute(HIDE);
      for (const el of elements) {
        el.paper = false;
        el.removeAttribute('data-slip');
        el.requestUpdate();
      }
    },
    { once: true },
  );
  window.print();
}
