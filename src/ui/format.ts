import { getLocale } from '../i18n/locale.js';
import { browserKnows, dateWords, listWords, ownTimeWords, timeWords, weekdayWord } from '../i18n/dates.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date formatter, made once per locale and options: making one costs far more than using it. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** A date ("2026-11-26") in words for the current locale: "26 November 2026". */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = getLocale();
  if (!browserKnows(locale)) return dateWords(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear());
  return dateFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(date);
}

/** A list in words for the current locale: "English, Welsh and Polish". */
export function formatList(items: readonly string[]): string {
  const locale = getLocale();
  if (!browserKnows(locale)) return listWords(items);
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A wall-clock time ("17:30") the way the current locale writes it. British English follows
 * GOV.UK style: "9am", "5:30pm", "midday", "midnight". Urdu, Panjabi and any locale the browser
 * has no data for use the locale's own words for the part of the day (./i18n/dates.ts).
 */
export function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const locale = getLocale();
  if (locale === 'en-GB' || locale === 'en') {
    if ((h === 0 || h === 24) && m === 0) return 'midnight';
    if (h === 12 && m === 0) return 'midday';
    const hour12 = h % 12 === 0 ? 12 : h % 12;
    return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 || h === 24 ? 'am' : 'pm'}`;
  }
  if (ownTimeWords(locale)) return timeWords(h, m);
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5, h % 24, m)),
  );
}

/** The name of a weekday ('monday'…'sunday') in the current locale. */
export function formatWeekday(day: string): string {
  const index = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day);
  const locale = getLocale();
  if (!browserKnows(locale)) return weekdayWord(Math.max(0, index));
  // 5 January 2026 was a Monday.
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5 + Math.max(0, index), 12)),
  );
}

/** A language tag ("cy", "pa-Guru") as its name in the current locale; other text as written. */
export function formatLanguage(tag: string): string {
  try {
    const names = new Intl.DisplayNames([getLocale()], { type: 'language', fallback: 'none' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
