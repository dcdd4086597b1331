import { getLocale } from '../i18n/locale.js';

/** A date ("2026-11-26") in words for the current locale: "26 November 2026". */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(getLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  }).format(date);
}

/** A list in words for the current locale: "English, Welsh and Polish". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(getLocale(), { style: 'long', type }).format(items);
}

/**
 * A wall-clock time ("17:30") the way the current locale writes it. British English follows
 * GOV.UK style: "9am", "5:30pm", "midday", "midnight".
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
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 5, h % 24, m)),
  );
}

/** The name of a weekday ('monday'…'sunday') in the current locale. */
export function formatWeekday(day: string): string {
  const index = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day);
  // 5 January 2026 was a Monday.
  return new Intl.DateTimeFormat(getLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
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
