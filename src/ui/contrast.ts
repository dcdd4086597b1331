/**
 * The theme's text contrast, checked once per element after its first render: a pair of colours
 * that falls below WCAG AA (4.5:1 for text) is reported in the console, with both custom
 * properties and their values, so the page's editor can fix the theme.
 *
 * Colours are read as the browser computed them (custom properties with `var()` already
 * replaced) and painted on a 1 by 1 canvas, so any CSS colour works: names, hex, `rgb()`,
 * `hsl()`, `oklch()`, `color-mix()`.
 */

/** WCAG 2.2 success criterion 1.4.3, for text of any size. */
export const AA_TEXT = 4.5;

/**
 * `text background` pairs, by the end of their custom property's name (`--advocacy-color-…`).
 * Each is text the elements show on that background.
 */
const PAIRS =
  'text background,text-secondary background,link background,link-visited background,error background,text surface,button-text button,button-secondary-text button-secondary,focus-text focus';

/** Custom properties the element's styles set on `:host` under a shorter name. */
const INTERNAL: Record<string, string> = { 'text-secondary': 'muted' };

/** The defaults of those set on the secondary button only, not on `:host`. */
const DEFAULTS: Record<string, string> = {
  'button-secondary': '#f3f2f1',
  'button-secondary-text': '#0b0c0c',
};

export type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | null | undefined;

/** A CSS colour as red, green, blue (0–255) and alpha (0–1); undefined if it is not a colour. */
export function parseColour(value: string): Rgba | undefined {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context || !value.trim()) return undefined;
  // A value the canvas cannot read leaves the fill as it was: two different starts tell.
  const read = (start: string) => {
    context!.clearRect(0, 0, 1, 1);
    context!.fillStyle = start;
    context!.fillStyle = value;
    context!.fillRect(0, 0, 1, 1);
    return [...context!.getImageData(0, 0, 1, 1).data];
  };
  const [r, g, b, a] = read('#000');
  return String([r, g, b, a]) === String(read('#fff')) ? [r, g, b, a / 255] : undefined;
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** What is behind the element: the first opaque background of its ancestors, else white. */
function backdrop(element: Element): Rgba {
  let bottom: Rgba = [255, 255, 255, 1];
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node;) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] > 0) layers.push(colour);
    if (colour?.[3] === 1) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  for (const layer of layers.reverse()) bottom = over(layer, bottom);
  return bottom;
}

/** A pair of colours below WCAG AA, with what to say about it. */
export interface ContrastProblem {
  text: string;
  background: string;
  ratio: number;
  message: string;
}

/** Every pair of the element's theme colours whose contrast is below WCAG AA. */
export function contrastProblems(element: Element): ContrastProblem[] {
  const style = getComputedStyle(element);
  const behind = backdrop(element);
  const problems: ContrastProblem[] = [];
  const colour = (name: string) =>
    style.getPropertyValue(`--_${INTERNAL[name] ?? name}`).trim() ||
    style.getPropertyValue(`--advocacy-color-${name}`).trim() ||
    DEFAULTS[name];
  for (const pair of PAIRS.split(',')) {
    const [fg, bg] = pair.split(' ').map((name) => ({ name, value: colour(name) ?? '' }));
    const back = parseColour(bg.value);
    const text = parseColour(fg.value);
    if (!back || !text) continue;
    const solid = over(back, behind);
    const ratio = contrastRatio(over(text, solid), solid);
    if (ratio < AA_TEXT) {
      const property = (c: { name: string; value: string }) =>
        `--advocacy-color-${c.name} (${c.value})`;
      problems.push({
        text: fg.name,
        background: bg.name,
        ratio,
        message: `the theme's contrast is too low: ${property(fg)} on ${property(bg)} is ${
          Math.floor(ratio * 100) / 100
        }:1, and WCAG AA needs at least ${AA_TEXT}:1. Choose colours that differ more in lightness.`,
      });
    }
  }
  return problems;
}

// Shared by every copy of this check (the element's own, the dev-only script): once per element.
const CHECKED = Symbol.for('advocacy-widgets.contrast-checked');

/** Warns in the console about each pair below WCAG AA, once per element. Never throws. */
export function checkContrast(element: Element): void {
  const marked = element as Element & { [CHECKED]?: boolean };
  if (marked[CHECKED]) return;
  marked[CHECKED] = true;
  try {
    for (const problem of contrastProblems(element))
      console.warn(`<${element.localName}>: ${problem.message}`);
  } catch {
    // A check for editors must never break the page.
  }
}

/** The elements whose themes are checked. */
const ELEMENTS = 'advocacy-explainer, advocacy-quiz, advocacy-contact-card';

/**
 * Checks each advocacy element in `root` once, after its first render: those there now and those
 * added later. The dev-only script `advocacy-widgets.contrast.js` runs this on the page.
 */
export function watchContrast(root: Document | Element = document): MutationObserver {
  const seen = new WeakSet<Element>();
  const scan = () => {
    for (const element of root.querySelectorAll(ELEMENTS)) {
      if (seen.has(element)) continue;
      seen.add(element);
      void customElements.whenDefined(element.localName).then(async () => {
        await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        checkContrast(element);
      });
    }
  };
  scan();
  const observer = new MutationObserver(scan);
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
