import { configureLocalization } from '@lit/localize';

/** The locale every message is written in. */
export const SOURCE_LOCALE = 'en-GB';

// Runtime localisation: one locale at a time for every element on the page. Loading other
// locales is set up in the translations work; until then only the source locale exists.
const localization = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [],
  loadLocale: (locale) => Promise.reject(new Error(`No messages for ${locale}`)),
});

export const getLocale: () => string = localization.getLocale;
export const setLocale: (locale: string) => Promise<void> = localization.setLocale;
