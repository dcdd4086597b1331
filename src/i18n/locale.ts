import { LOCALE_STATUS_EVENT, configureLocalization, type LocaleModule } from '@lit/localize';
import { LOCALE_INFO, TARGET_LOCALES } from './generated/locale-list.js';
import { loadLocalePart } from './load-part.js';
import type { LocalePart, LocaleTemplates } from './templates.js';

/** The locale every message is written in. */
export const SOURCE_LOCALE = 'en-GB';

export const ALL_LOCALES: readonly string[] = [SOURCE_LOCALE, ...TARGET_LOCALES];
export { LOCALE_INFO };

// One locale at a time for every element on the page (lit-localize's runtime mode). A locale's
// words come in parts: the core's at once, the explainer's and the quiz's with their packs.
const templates: Record<string, LocaleTemplates> = {};
const loaded = new Map<string, Promise<void>>();
const partsInUse = new Set<LocalePart>(['core']);

function ensurePart(locale: string, part: LocalePart): Promise<void> {
  const key = `${locale}:${part}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = loadLocalePart(locale, part).then((words) => {
      Object.assign((templates[locale] ??= {}), words);
    });
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

/** The locale being loaded, until lit-localize makes it the current one. */
let loading: string | undefined;

const localization = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  loadLocale: async (locale) => {
    // A pack may arrive while this locale loads: its part joins partsInUse then, so look again
    // until every part in use is here (else the explainer or quiz would stay in English).
    for (let size = 0; size !== partsInUse.size; ) {
      size = partsInUse.size;
      await Promise.all([...partsInUse].map((part) => ensurePart(locale, part)));
    }
    // The same object stays in use, so words that arrive later with a pack are found too.
    return { templates: (templates[locale] ??= {}) as unknown as LocaleModule["templates"] };
  },
});

export const getLocale: () => string = localization.getLocale;

/** The text direction of a locale. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
  return LOCALE_INFO[locale]?.dir ?? 'ltr';
}

/**
 * When a pack arrives, its words come too, before it is shown: in the current locale, and in the
 * one being loaded (getLocale() still names the old one until that has finished).
 */
export async function usePart(part: LocalePart): Promise<void> {
  partsInUse.add(part);
  const locales = new Set([getLocale(), loading ?? SOURCE_LOCALE]);
  locales.delete(SOURCE_LOCALE);
  await Promise.all([...locales].map((locale) => ensurePart(locale, part).catch(() => undefined)));
}

/** The best locale we have for a language tag ("cy-GB" → "cy", "en-US" → "en-GB"), if any. */
export function matchLocale(tag: string | null | undefined): string | undefined {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = ALL_LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const [language, ...rest] = wanted.split('-');
  if (language === 'en') return SOURCE_LOCALE;
  // Panjabi is offered in Gurmukhi script only, not Shahmukhi.
  if (language === 'pa' && rest.includes('arab')) return undefined;
  return ALL_LOCALES.find((l) => l.split('-')[0] === language);
}

/**
 * The locale for an element: its own `lang`, else the nearest ancestor's (the host page's), else
 * the browser's preferred languages, else en-GB. A language we do not have is passed over.
 */
export function resolveLocale(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim()) {
      const match = matchLocale(lang);
      if (match) return match;
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return SOURCE_LOCALE;
}

let chosen: string | undefined;
let wanted = SOURCE_LOCALE;
let failed: string | undefined;

/** The locale that could not be loaded, when the page fell back to English. */
export function failedLocale(): string | undefined {
  return failed;
}

/** The locale the person chose with a language switcher, which wins over the page's. */
export function chosenLocale(): string | undefined {
  return chosen;
}

/** Forgets the language a person chose (a kiosk does this between people). */
export function forgetChosenLocale(): void {
  chosen = undefined;
}

/** Shows every element in `locale`; on failure, in English with a short notice. */
export async function requestLocale(locale: string, byPerson = false): Promise<void> {
  if (byPerson) chosen = locale;
  else if (chosen) return;
  wanted = locale;
  if (getLocale() === locale && !failed) return;
  try {
    failed = undefined;
    loading = locale;
    await localization.setLocale(locale);
  } catch {
    if (wanted !== locale) return;
    failed = locale;
    if (getLocale() === SOURCE_LOCALE) {
      // Already in English, so lit-localize has nothing to announce: tell the elements to show the notice.
      window.dispatchEvent(
        new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: SOURCE_LOCALE } }),
      );
    } else {
      await localization.setLocale(SOURCE_LOCALE);
    }
  } finally {
    if (loading === locale) loading = undefined;
  }
}
