/**
 * Prerendering: an element's HTML with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`), so a page shows the content before any script runs, and
 * the drop-in script then hydrates it without rendering it again. Runs in Node (build time, or a
 * CMS on request); see docs/prerender.md.
 *
 *   import { prerender } from 'advocacy-widgets/prerender';
 *   const html = await prerender({ element: 'advocacy-explainer', nation: 'wales' });
 */
import type * as Ssr from '@lit-labs/ssr';
import type * as SsrResult from '@lit-labs/ssr/lib/render-result.js';
import type * as StaticHtml from 'lit/static-html.js';
import type * as Locale from '../i18n/locale.js';
import type * as Packs from '../packs/load.js';
import type { arrived as Arrived } from '../ui/first-view.js';
import { installShim } from './shim.js';

installShim();

/** The elements that can be prerendered. */
export const PRERENDER_ELEMENTS = [
  'advocacy-explainer',
  'advocacy-quiz',
  'advocacy-contact-card',
] as const;
export type PrerenderElement = (typeof PRERENDER_ELEMENTS)[number];

export interface PrerenderOptions {
  /** Which element. */
  element: PrerenderElement;
  /** Attributes as on the page (`heading-level`, `types`, `open`, the card's `name`, `phone`…); `true` for a boolean attribute. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** A UK nation: `england`, `wales`, `scotland` or `northern-ireland`. */
  nation?: string;
  /** A language we have (`cy`, `pl`, `ro`, `pa`, `ur`, `ar`); English when left out. Set as `lang` on the element. */
  lang?: string;
  /** The easy-read version. */
  easyRead?: boolean;
  /** Provider data for the card or the quiz's result, in our format or Open Referral UK; written as inline JSON. */
  providers?: unknown;
  /** Where `advocacy-widgets.js` and its CSS files are served from (a folder URL, ending in `/`). Default: `/dist/`. */
  base?: string;
  /** The page's address, for relative links in provider data. Default: `base`, else `https://localhost/`. */
  pageUrl?: string;
}

/** The stylesheet for an element's prerendered shadow root, as a file name in dist/. */
export function stylesheetFile(element: PrerenderElement): string {
  return `advocacy-widgets.${element.replace(/^advocacy-/, '')}.css`;
}

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline JSON inside `<script>`: no `</script` or `<!--` can end or change it. */
const inlineJson = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

let modules:
  | Promise<{
      ssr: typeof Ssr;
      result: typeof SsrResult;
      statics: typeof StaticHtml;
      locale: typeof Locale;
      load: typeof Packs;
      arrived: typeof Arrived;
    }>
  | undefined;

/** The elements, defined once, after the DOM shim is in place. */
function load() {
  modules ??= (async () => {
    const [ssr, result, statics, locale, load, firstView] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
      import('../i18n/locale.js'),
      import('../packs/load.js'),
      import('../ui/first-view.js'),
      import('../index.js'),
    ]);
    return { ssr, result, statics, locale, load, arrived: firstView.arrived };
  })();
  return modules;
}

/** Lit's markers around our own outer template: the host page is not a Lit template. */
function withoutOuterMarkers(html: string): string {
  return html
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '');
}

/** Each shadow root's inline `<style>` becomes a stylesheet link, which `style-src 'self'` allows. */
function linkStyles(html: string, base: string): string {
  return html.replace(
    /(<(advocacy-[a-z-]+)(?:\s[^>]*)?>\s*<template shadowroot[^>]*>)<style>[\s\S]*?<\/style>/g,
    (_match, start: string, tag: string) =>
      (PRERENDER_ELEMENTS as readonly string[]).includes(tag)
        ? `${start}<link rel="stylesheet" href="${escapeAttr(base + stylesheetFile(tag as PrerenderElement))}">`
        : start,
  );
}

/**
 * One element as HTML with declarative shadow DOM. Elements on one page share one language:
 * prerender them all with the same `lang`.
 */
export async function prerender(options: PrerenderOptions): Promise<string> {
  const { element } = options;
  if (!(PRERENDER_ELEMENTS as readonly string[]).includes(element)) {
    throw new TypeError(
      `Cannot prerender <${String(element)}>: use one of ${PRERENDER_ELEMENTS.join(', ')}.`,
    );
  }
  const base = options.base ?? '/dist/';
  const { ssr, result, statics, locale, load: packs, arrived } = await load();
  setPageUrl(options.pageUrl ?? (/^https?:/.test(base) ? base : 'https://localhost/'));

  const lang = options.lang ? locale.matchLocale(options.lang) : locale.SOURCE_LOCALE;
  if (!lang)
    throw new RangeError(
      `No translation for lang="${options.lang}": use one of ${locale.ALL_LOCALES.join(', ')}.`,
    );
  await locale.requestLocale(lang, true);
  if (locale.failedLocale()) throw new Error(`Could not load the words for ${lang}.`);
  // What the browser gets from the packs, loaded here before rendering, in the same language.
  if (element !== 'advocacy-contact-card') {
    arrived.knowledge = await packs.loadKnowledge();
    if (element === 'advocacy-quiz') arrived.eligibility = await packs.loadEligibility();
  }
  if (options.easyRead) arrived.easyRead = await packs.loadEasyRead();

  const attributes: Record<string, string | number | boolean | null | undefined> = {
    ...options.attributes,
  };
  if (options.nation) attributes.nation = options.nation;
  if (options.easyRead) attributes['easy-read'] = true;
  if (lang !== locale.SOURCE_LOCALE) attributes.lang = lang;
  const attrs = Object.entries(attributes)
    .filter(
      ([name, value]) =>
        /^[a-z][a-z0-9-]*$/.test(name) && value !== false && value !== null && value !== undefined,
    )
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`,
    )
    .join('');
  // A tag name and attributes known only now: Lit's static templates (not lit-html's `html`).
  const { html: staticHtml, unsafeStatic } = statics;
  const open = unsafeStatic(element + attrs);
  const close = unsafeStatic(element);
  const template =
    options.providers === undefined
      ? staticHtml`<${open}></${close}>`
      : staticHtml`<${open} .providers=${options.providers}></${close}>`;
  let out = withoutOuterMarkers(await result.collectResult(ssr.render(template)));
  out = linkStyles(out, base);
  if (options.providers !== undefined) {
    // The same data for the browser, which reads it from the element's inline JSON.
    out = out.replace(
      new RegExp(`</${element}>$`),
      `<script type="application/json">${inlineJson(options.providers)}</script></${element}>`,
    );
  }
  return out;
}

/** Where a page asks for prerendered elements: `<!-- prerender {settings as JSON} -->` … `<!-- /prerender -->`. */
const BLOCK = /(<!-- prerender (\{.*?\}) -->)[\s\S]*?(<!-- \/prerender -->)/g;

/**
 * A page with each `<!-- prerender {…} -->` … `<!-- /prerender -->` block filled (again) with
 * the element its settings describe, for static sites and servers. `defaults` apply to every
 * block; `providers` given as a string is read with `readText`.
 */
export async function prerenderPage(
  page: string,
  defaults: Partial<PrerenderOptions> = {},
  readText?: (path: string) => Promise<string>,
): Promise<string> {
  const parts: string[] = [];
  for (const match of page.matchAll(BLOCK)) {
    const settings = { ...defaults, ...(JSON.parse(match[2] ?? '{}') as PrerenderOptions) };
    if (typeof settings.providers === 'string') {
      if (!readText)
        throw new TypeError(
          `providers "${settings.providers}" is a file name, but no way to read files was given`,
        );
      settings.providers = JSON.parse(await readText(settings.providers)) as unknown;
    }
    parts.push(await prerender(settings));
  }
  let i = 0;
  return page.replace(
    BLOCK,
    (_match, open: string, _json: string, close: string) => `${open}\n${parts[i++]}\n${close}`,
  );
}

/** The CSS file for an element's prerendered shadow root: the same styles the element adopts. */
export async function prerenderStylesheet(element: PrerenderElement): Promise<string> {
  await load();
  const constructor = customElements.get(element) as unknown as
    { elementStyles: { cssText: string }[] } | undefined;
  if (!constructor) throw new TypeError(`<${element}> is not defined`);
  return `${constructor.elementStyles.map((s) => s.cssText.trim()).join('\n')}\n`;
}

function setPageUrl(url: string): void {
  Object.defineProperty(globalThis.document, 'baseURI', { value: url, configurable: true });
}
