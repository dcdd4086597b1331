/**
 * What the host page's styles tell us, read once when an element joins the page, and shown as
 * custom states the element's CSS matches (`:host(:state(govuk))`):
 * - `govuk` / `nhsuk`: the page loads GOV.UK Frontend or NHS.UK frontend (their `:root` custom
 *   properties inherit into the element), so the element takes that design system's type scale
 *   and spacing as well as its colours;
 * - `ua-font`: the element would inherit the browser's default font (a serif, on a page that sets
 *   its font on classes only, as GOV.UK Frontend does), so it uses a sans-serif stack instead.
 */

/** The custom states this module may set. */
export type HostState = 'govuk' | 'nhsuk' | 'ua-font';

/** The first family of a computed `font-family`, lower case, without quotes. */
function firstFamily(value: string): string {
  return (value.split(',')[0] ?? '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
}

/** Serif defaults of the browsers we know of, for engines whose `initial` reads differently. */
const DEFAULT_SERIFS = new Set(['serif', 'times new roman', 'times', '-moz-default']);

/**
 * Whether `element` has the browser's default font. Compared with a probe set to `initial` in
 * the element's own shadow root, so it works whatever the browser's default is called.
 */
export function hasDefaultFont(element: HTMLElement): boolean {
  const own = getComputedStyle(element).fontFamily;
  const root = element.shadowRoot;
  let initial = '';
  if (root) {
    // A prerendered root is read through its first element, styled for a moment and put back:
    // adding and removing a probe there would look like a render to anyone observing it.
    const first = root.firstElementChild;
    const existing = first instanceof HTMLElement ? first : undefined;
    const probe = existing ?? document.createElement('span');
    const hadStyle = probe.hasAttribute('style');
    const before = probe.style.fontFamily;
    probe.style.fontFamily = 'initial';
    if (!existing) root.append(probe);
    initial = getComputedStyle(probe).fontFamily;
    if (existing) {
      probe.style.fontFamily = before;
      if (!hadStyle) probe.removeAttribute('style');
    } else probe.remove();
  }
  return own === initial || DEFAULT_SERIFS.has(firstFamily(own));
}

/** The states that fit the host page around `element` now. */
export function hostStates(element: HTMLElement): Set<HostState> {
  const style = getComputedStyle(element);
  const states = new Set<HostState>();
  if (style.getPropertyValue('--govuk-frontend-version').trim()) states.add('govuk');
  else if (style.getPropertyValue('--nhsuk-frontend-version').trim()) states.add('nhsuk');
  if (hasDefaultFont(element)) states.add('ua-font');
  return states;
}

/**
 * Reads the host page again and sets the states that fit it on `internals`. Ours are cleared
 * first, so the font read is the page's, not our fallback. Quietly nothing where the browser has
 * no custom states.
 */
export function applyHostStates(
  element: HTMLElement,
  internals: ElementInternals | undefined,
): void {
  const set = internals?.states;
  if (!set) return;
  const names: HostState[] = ['govuk', 'nhsuk', 'ua-font'];
  for (const name of names) set.delete(name);
  for (const name of hostStates(element)) set.add(name);
}
