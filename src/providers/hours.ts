export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Opening and closing time, "HH:MM", on the wall clock in the UK. A range whose closing time is
 * not after its opening time crosses midnight into the next day (["22:00", "02:00"]); equal times
 * mean 24 hours. "24:00" may close a day.
 */
export type TimeRange = [opens: string, closes: string];

/** A weekly timetable: every day is present; an empty list means closed all day. */
export type WeeklyHours = Record<Weekday, TimeRange[]>;

/** Consecutive days with the same hours, for display: "Monday to Friday, 9am to 5pm". */
export interface HoursGroup {
  days: Weekday[];
  /** Empty when closed. */
  ranges: TimeRange[];
}

/** Reports a part of the input that could not be read, as text, for the editor. */
export type Report = (bad: string) => void;

/** Opening and closing times kept for one day, and Open Referral schedules read, at most. */
export const HOURS_LIMITS = { rangesPerDay: 10, schedules: 100, text: 1000 };

const ZONE = 'Europe/London';
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

function emptyWeek(): WeeklyHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as WeeklyHours;
}

/**
 * "9:00", "09:00", "17:30:00", "9am", "5.30pm", "12pm" (noon), "12am" (midnight) → "HH:MM".
 * A bare hour without am or pm ("9") is refused: "9-5" would otherwise mean 9am to 5am.
 */
export function parseTime(text: string, closing = false): string | null {
  const m = /^(\d{1,2})(?:[:.](\d\d)(?::\d\d)?)?(?:\s*([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!m || (!m[2] && !m[3])) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  }
  const ok = minute < 60 && (hour < 24 || (closing && hour === 24 && minute === 0));
  return ok ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` : null;
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

const RANGE_SEPARATOR = /\s*(?:-|–|—|\bto\b|\buntil\b)\s*/i;

/** "9:00-17:00", "9am to 1pm, 2pm to 5pm", "closed" → ranges, or null. */
function parseRanges(text: string): TimeRange[] | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length > 200) return null;
  if (/^closed$/i.test(trimmed)) return [];
  const ranges: TimeRange[] = [];
  const parts = trimmed.split(/\s*(?:,|\band\b|&)\s*/i);
  if (parts.length > HOURS_LIMITS.rangesPerDay) return null;
  for (const part of parts) {
    const [from, to, extra] = part.split(RANGE_SEPARATOR);
    const opens = parseTime(from ?? '');
    const closes = parseTime(to ?? '', true);
    if (!opens || !closes || extra !== undefined) return null;
    ranges.push([opens, closes]);
  }
  return ranges;
}

const DAY_ALIASES: Record<string, number[]> = {
  daily: [0, 1, 2, 3, 4, 5, 6],
  weekdays: [0, 1, 2, 3, 4],
  weekends: [5, 6],
};

/** "Mon", "Tues", "Weds", "wednesday", "Thurs." → 0..6, or -1 ("Monkey", "Mo"). */
function dayIndex(text: string): number {
  const word = text.trim().toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return -1;
  return WEEKDAYS.findIndex((day) => day.startsWith(word) || (word === 'weds' && day[0] === 'w'));
}

/** "Mon-Fri", "Sat & Sun", "Mon, Wed to Fri", "weekdays" → day numbers, or null. */
function parseDays(text: string): number[] | null {
  const days: number[] = [];
  for (const part of text.trim().split(/\s*(?:,|&|\band\b)\s*/i)) {
    const alias = DAY_ALIASES[part.toLowerCase()];
    if (alias) {
      days.push(...alias);
      continue;
    }
    const [from, to, extra] = part.split(RANGE_SEPARATOR).map(dayIndex);
    if (from === undefined || from < 0 || extra !== undefined) return null;
    const last = to ?? from;
    if (last < 0) return null;
    for (let day = from; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function sortRanges(hours: WeeklyHours): WeeklyHours {
  for (const day of WEEKDAYS) hours[day].sort((a, b) => toMinutes(a[0]) - toMinutes(b[0]));
  return hours;
}

/**
 * Reads hours written by an editor. The grammar, in full:
 *
 *     hours  = group *( (";" / newline) group )
 *     group  = days [":"] ( ranges / "closed" )
 *     days   = span *( ("," / "&" / "and") span )
 *     span   = day [ ("-" / "to") day ] / "daily" / "weekdays" / "weekends"
 *     day    = a day's name or its first three or more letters, any case ("Mon", "Tues",
 *              "Sunday"), or "Weds"
 *     ranges = range *( ("," / "&" / "and") range )
 *     range  = time ("-" / "to" / "until") time
 *     time   = 24-hour "H:MM" / "HH:MM" (a dot also works), or 12-hour "9am", "5.30pm"
 *
 * A later group replaces an earlier one for the same day ("Mon-Fri 9:00-17:00; Wed closed"). Days
 * not named are closed. If any group cannot be read, the whole text is refused (returns null):
 * a timetable with a day missing would tell people that day is closed.
 */
export function parseHoursText(text: string, report?: Report): WeeklyHours | null {
  if (text.length > HOURS_LIMITS.text) {
    report?.(text);
    return null;
  }
  const hours = emptyWeek();
  let bad = false;
  let groups = 0;
  for (const part of text.split(/[;\n]/)) {
    const group = part.replace(/\s+/g, ' ').trim();
    if (!group) continue;
    groups += 1;
    // The days run up to the first digit, or to "closed" at the end.
    const at = group.search(/\d|closed$/i);
    const days = at > 0 ? parseDays(group.slice(0, at).replace(/ ?:? ?$/, '')) : null;
    const ranges = at > 0 ? parseRanges(group.slice(at)) : null;
    if (!days || !ranges) {
      report?.(group);
      bad = true;
      continue;
    }
    for (const day of days) hours[WEEKDAYS[day]] = ranges.map((r) => [...r]);
  }
  if (!groups) report?.(text.trim());
  return bad || !groups ? null : sortRanges(hours);
}

/**
 * Reads hours in our JSON format: `{ "monday": [["09:00", "17:00"]], "saturday": [] }`. A day may
 * also be a string in the grammar of `parseHoursText` ("9:00-12:00, 13:00-17:00" or "closed");
 * a whole string is read by `parseHoursText`. Days not given are closed. All or nothing, as above.
 */
export function parseHours(value: unknown, report?: Report): WeeklyHours | null {
  if (typeof value === 'string') return parseHoursText(value, report);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report?.(typeof value);
    return null;
  }
  const hours = emptyWeek();
  let bad = false;
  for (const [key, ranges] of Object.entries(value)) {
    if (key.startsWith('_') || key.startsWith('$')) continue;
    const day = WEEKDAYS.find((d) => d === key.toLowerCase());
    let parsed: TimeRange[] | null = null;
    if (day && typeof ranges === 'string') parsed = parseRanges(ranges);
    if (day && Array.isArray(ranges) && ranges.length <= HOURS_LIMITS.rangesPerDay) {
      const pairs = ranges.map(parsePair);
      parsed = pairs.every((pair) => pair !== null) ? pairs : null;
    }
    if (!day || !parsed) {
      report?.(key);
      bad = true;
    } else {
      hours[day] = parsed;
    }
  }
  return bad ? null : sortRanges(hours);
}

function parsePair(pair: unknown): TimeRange | null {
  if (!Array.isArray(pair) || pair.length !== 2) return null;
  const [opens, closes] = pair as unknown[];
  if (typeof opens !== 'string' || typeof closes !== 'string') return null;
  const o = parseTime(opens);
  const c = parseTime(closes, true);
  return o && c ? [o, c] : null;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Reads Open Referral UK `regular_schedules` (v1) or `schedules` (v3): `byday` ("MO,TU") or
 * `weekday` ("Monday", "Mon" or 1–7 from Monday), `opens_at` and `closes_at` ("09:00",
 * "09:00:00", "09:00Z", "2000-01-01T09:00:00Z": the zone is ignored and the time read as UK time,
 * which is what UK publishers mean). "23:59" as a closing time means midnight, as the Open Referral
 * guidance suggests. Schedules that are not weekly (monthly, every other week) are skipped and
 * reported with `unsupported`; so are those outside `valid_from`..`valid_to` on `today`
 * ("YYYY-MM-DD"). Unreadable times refuse the whole timetable (null).
 */
export function parseOrukSchedules(
  list: unknown,
  today: string,
  report?: Report,
  unsupported?: Report,
): WeeklyHours | null {
  if (!Array.isArray(list)) return null;
  if (list.length > HOURS_LIMITS.schedules) {
    report?.(`${list.length} schedules`);
    return null;
  }
  const hours = emptyWeek();
  let used = 0;
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const s = item as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40).trim() : '');
    const from = text(s.valid_from).slice(0, 10);
    const to = text(s.valid_to).slice(0, 10);
    if ((from && from > today) || (to && to < today)) continue;
    const freq = text(s.freq);
    const interval = s.interval === undefined || s.interval === null ? 1 : Number(s.interval);
    let days: number[] | null = null;
    if (text(s.byday)) {
      days = text(s.byday)
        .toUpperCase()
        .split(/\s*,\s*/)
        .map((d) => BYDAY.indexOf(d));
    } else if (typeof s.weekday === 'number') {
      days = [s.weekday - 1];
    } else if (text(s.weekday)) {
      days = [dayIndex(text(s.weekday))];
    }
    if (
      (freq && !/^week(ly)?$/i.test(freq)) ||
      interval !== 1 ||
      days?.some((d) => !(d >= 0 && d < 7))
    ) {
      unsupported?.(text(s.byday) || freq || String(s.weekday));
      continue;
    }
    const clean = (v: unknown) =>
      text(v)
        .replace(/^\d{4}-\d\d-\d\dT/, '')
        .replace(/(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/i, '');
    const opens = parseTime(clean(s.opens_at));
    let closes = parseTime(clean(s.closes_at), true);
    if (closes === '23:59') closes = '24:00';
    if (!days || !opens || !closes) {
      if (!days && !s.opens_at && !s.closes_at) continue; // a schedule with only a description
      report?.(
        `${text(s.byday) || (typeof s.weekday === 'number' ? String(s.weekday) : text(s.weekday))} ${text(s.opens_at)}-${text(s.closes_at)}`.trim(),
      );
      return null;
    }
    for (const day of days) hours[WEEKDAYS[day]].push([opens, closes]);
    used += 1;
  }
  if (WEEKDAYS.some((day) => hours[day].length > HOURS_LIMITS.rangesPerDay)) {
    report?.(`more than ${HOURS_LIMITS.rangesPerDay} times on one day`);
    return null;
  }
  return used ? sortRanges(hours) : null;
}

/** Groups consecutive days (Monday first) that have the same hours, closed days included. */
export function summariseHours(hours: WeeklyHours): HoursGroup[] {
  const groups: HoursGroup[] = [];
  let key = '';
  for (const day of WEEKDAYS) {
    const ranges = hours[day] ?? [];
    const dayKey = JSON.stringify(ranges);
    const last = groups[groups.length - 1];
    if (last && dayKey === key) last.days.push(day);
    else groups.push({ days: [day], ranges: ranges.map((r) => [...r] as TimeRange) });
    key = dayKey;
  }
  return groups;
}

// ---- Time in the UK -----------------------------------------------------------------------

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** The wall clock in London at an instant, as a UTC timestamp with the same digits. */
function wallClock(time: number): number {
  const parts: Record<string, number> = {};
  for (const { type, value } of londonClock.formatToParts(time)) parts[type] = Number(value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
}

/** Minutes that London is ahead of UTC at an instant (0 or 60). */
const offsetAt = (time: number) => (wallClock(time) - Math.floor(time / MINUTE) * MINUTE) / MINUTE;

const WEEK = 7 * 1440;

/**
 * Which minutes of the week (Monday 00:00 first, on the wall clock) are open. Built in time linear
 * in the number of ranges (plus the week's 10,080 minutes), so that checking a minute is one
 * look-up however many ranges overlap.
 */
function openMinutes(hours: WeeklyHours): Uint8Array {
  const delta = new Int32Array(WEEK + 1);
  WEEKDAYS.forEach((day, d) => {
    for (const [o, c] of hours[day] ?? []) {
      const opens = toMinutes(o);
      let closes = toMinutes(c);
      if (closes <= opens) closes += 1440;
      const from = d * 1440 + opens;
      let to = d * 1440 + closes;
      if (to > WEEK) {
        // Sunday night runs into Monday morning.
        delta[0] += 1;
        delta[to - WEEK] -= 1;
        to = WEEK;
      }
      delta[from] += 1;
      delta[to] -= 1;
    }
  });
  const open = new Uint8Array(WEEK);
  let depth = 0;
  for (let minute = 0; minute < WEEK; minute += 1) {
    depth += delta[minute];
    open[minute] = depth > 0 ? 1 : 0;
  }
  return open;
}

/** The minute of the week of a wall-clock minute `wall` (a UTC timestamp with London's digits). */
function weekMinute(wall: number): number {
  const date = new Date(wall);
  return ((date.getUTCDay() + 6) % 7) * 1440 + date.getUTCHours() * 60 + date.getUTCMinutes();
}

const openAt = (open: Uint8Array, time: number) => open[weekMinute(wallClock(time))] === 1;

/** Whether the provider is open at `date`, read on the wall clock in London (GMT or BST). */
export function isOpenAt(hours: WeeklyHours, date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && openAt(openMinutes(hours), time);
}

/**
 * The next moment, after `date`, at which the provider opens or closes, and whether it is open
 * from then on. `null` when that never happens in the next 8 days (always open, always closed).
 * Works on the London wall clock, so across midnight and on the days the clocks change. Linear
 * in the number of ranges: only the minutes where the week changes state are tried.
 */
export function nextChange(hours: WeeklyHours, date: Date): { at: Date; open: boolean } | null {
  const start = date.getTime();
  if (!Number.isFinite(start)) return null;
  const end = start + 8 * DAY;
  const open = openMinutes(hours);
  // Where the offset from UTC changes in the window (the clocks going forward or back), found by
  // halving the interval down to the minute: these moments can change the state too.
  const offsets = new Set([offsetAt(start)]);
  const candidates: number[] = [];
  for (let from = Math.floor(start / MINUTE) * MINUTE; from < end; from += DAY) {
    let lo = from;
    let hi = from + DAY;
    const before = offsetAt(lo);
    if (before === offsetAt(hi)) continue;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
      if (offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    candidates.push(hi);
    offsets.add(offsetAt(hi));
  }
  // The wall-clock minutes where the week changes between open and closed, by weekday.
  const changes: number[][] = WEEKDAYS.map(() => []);
  for (let minute = 0; minute < WEEK; minute += 1) {
    if (open[minute] !== open[(minute + WEEK - 1) % WEEK])
      changes[Math.floor(minute / 1440)].push(minute % 1440);
  }
  // Each of them as an instant under each offset in play.
  const wallStart = wallClock(start);
  const firstDay = wallStart - (wallStart % DAY) - DAY;
  for (let day = firstDay; day < wallStart + 9 * DAY; day += DAY) {
    for (const minute of changes[(new Date(day).getUTCDay() + 6) % 7]) {
      for (const offset of offsets) candidates.push(day + (minute - offset) * MINUTE);
    }
  }
  const now = openAt(open, start);
  for (const at of candidates.filter((t) => t > start && t <= end).sort((a, b) => a - b)) {
    if (openAt(open, at) !== now) return { at: new Date(at), open: !now };
  }
  return null;
}

/** The date in London at an instant, "YYYY-MM-DD". */
export function londonDate(date: Date): string {
  const time = date.getTime();
  return Number.isFinite(time) ? new Date(wallClock(time)).toISOString().slice(0, 10) : '';
}
