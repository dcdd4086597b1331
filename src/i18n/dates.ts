/**
 * Days, months, times of day and lists in the reader's own words, also where the browser has no
 * locale data for the language (Debian's Chromium has none for Welsh or Panjabi: it would print
 * "Monday", "2026 M11 26" and "9:30 AM"). The words are then the locale's own messages, written by
 * its translators. Urdu and Panjabi always use their own words for morning, afternoon, evening
 * and night: the browsers' data for them is Latin "AM" and "PM".
 */
import { msg, str } from '@lit/localize';

/** Locales whose times of day are always written with the locale's own words for the part of the day. */
const OWN_DAY_PERIODS = new Set(['ur', 'pa']);

const supported = new Map<string, boolean>();

/** Whether the browser has date and list words for `locale` (checked once per locale). */
export function browserKnows(locale: string): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    try {
      known =
        Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
        Intl.ListFormat.supportedLocalesOf([locale]).length > 0;
    } catch {
      known = false;
    }
    supported.set(locale, known);
  }
  return known;
}

/** Whether times in `locale` are written with our messages rather than the browser's data. */
export function ownTimeWords(locale: string): boolean {
  return OWN_DAY_PERIODS.has(locale.split('-')[0]) || !browserKnows(locale);
}

/** A weekday's name on its own ("Monday"), as in a timetable, from the locale's messages. */
export function weekdayWord(index: number): string {
  switch (index) {
    case 0:
      return msg('Monday', {
        id: 'date.weekday.monday',
        desc: 'A day of the week, on its own, as in a timetable: "Monday: 9am to 5pm".',
      });
    case 1:
      return msg('Tuesday', {
        id: 'date.weekday.tuesday',
        desc: 'A day of the week, on its own, as in a timetable.',
      });
    case 2:
      return msg('Wednesday', {
        id: 'date.weekday.wednesday',
        desc: 'A day of the week, on its own, as in a timetable.',
      });
    case 3:
      return msg('Thursday', {
        id: 'date.weekday.thursday',
        desc: 'A day of the week, on its own, as in a timetable.',
      });
    case 4:
      return msg('Friday', {
        id: 'date.weekday.friday',
        desc: 'A day of the week, on its own, as in a timetable.',
      });
    case 5:
      return msg('Saturday', {
        id: 'date.weekday.saturday',
        desc: 'A day of the week, on its own, as in a timetable.',
      });
    default:
      return msg('Sunday', {
        id: 'date.weekday.sunday',
        desc: 'A day of the week, on its own, as in a timetable.',
      });
  }
}

/**
 * A date ("26 November 2026") from the locale's messages: one whole date for each month, so that
 * each language writes the month in the form a date needs (Polish "26 listopada") in its order.
 */
export function dateWords(day: number, month: number, year: number): string {
  switch (month) {
    case 1:
      return msg(str`${day} January ${year}`, {
        id: 'date.january',
        desc: "A date in words. day: 1 to 31; year: four digits. Write the month in the form a date needs, in your language's order.",
      });
    case 2:
      return msg(str`${day} February ${year}`, {
        id: 'date.february',
        desc: 'A date in words, as above.',
      });
    case 3:
      return msg(str`${day} March ${year}`, {
        id: 'date.march',
        desc: 'A date in words, as above.',
      });
    case 4:
      return msg(str`${day} April ${year}`, {
        id: 'date.april',
        desc: 'A date in words, as above.',
      });
    case 5:
      return msg(str`${day} May ${year}`, { id: 'date.may', desc: 'A date in words, as above.' });
    case 6:
      return msg(str`${day} June ${year}`, { id: 'date.june', desc: 'A date in words, as above.' });
    case 7:
      return msg(str`${day} July ${year}`, { id: 'date.july', desc: 'A date in words, as above.' });
    case 8:
      return msg(str`${day} August ${year}`, {
        id: 'date.august',
        desc: 'A date in words, as above.',
      });
    case 9:
      return msg(str`${day} September ${year}`, {
        id: 'date.september',
        desc: 'A date in words, as above.',
      });
    case 10:
      return msg(str`${day} October ${year}`, {
        id: 'date.october',
        desc: 'A date in words, as above.',
      });
    case 11:
      return msg(str`${day} November ${year}`, {
        id: 'date.november',
        desc: 'A date in words, as above.',
      });
    default:
      return msg(str`${day} December ${year}`, {
        id: 'date.december',
        desc: 'A date in words, as above.',
      });
  }
}

/**
 * A time of day (0–24 hours, minutes) with the locale's words for the part of the day, on a
 * 12-hour clock: "9:30 in the morning", "3 in the afternoon".
 */
export function timeWords(hour: number, minute: number): string {
  const h = hour % 24;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const time = minute ? `${hour12}:${String(minute).padStart(2, '0')}` : String(hour12);
  if (h < 5 || h >= 21) {
    return msg(str`${time} at night`, {
      id: 'date.time.night',
      desc: 'A time between 9pm and 5am, on a 12-hour clock. time: for example 11 or 11:30. Use your language\'s word for night, not "PM" or "AM".',
    });
  }
  if (h < 12) {
    return msg(str`${time} in the morning`, {
      id: 'date.time.morning',
      desc: 'A time between 5am and midday, on a 12-hour clock. time: for example 9 or 9:30. Use your language\'s word for morning, not "AM".',
    });
  }
  if (h < 17) {
    return msg(str`${time} in the afternoon`, {
      id: 'date.time.afternoon',
      desc: 'A time between midday and 5pm, on a 12-hour clock. time: for example 12, 1 or 4:30. Use your language\'s word for afternoon, not "PM".',
    });
  }
  return msg(str`${time} in the evening`, {
    id: 'date.time.evening',
    desc: 'A time between 5pm and 9pm, on a 12-hour clock. time: for example 5 or 6:30. Use your language\'s word for evening, not "PM".',
  });
}

/** A list ("A, B and C") from the locale's messages. */
export function listWords(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const last = items[items.length - 1];
  const first = items.slice(0, -1).join(
    msg(', ', {
      id: 'date.list.separator',
      desc: 'Between items of a list, before the last: "A, B and C". Keep the space.',
    }),
  );
  return msg(str`${first} and ${last}`, {
    id: 'date.list.and',
    desc: 'The end of a list: first is the items before the last, already joined; last is the last item. "9am to 1pm and 2pm to 5pm".',
  });
}
