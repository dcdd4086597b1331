import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  isOpenAt,
  nextChange,
  parseHours,
  parseHoursText,
  parseOrukSchedules,
  parseTime,
  HOURS_LIMITS,
  summariseHours,
  WEEKDAYS,
  type WeeklyHours,
} from '../../src/providers/hours.js';

/** A week from a few days; the rest closed. */
function week(days: Partial<WeeklyHours>): WeeklyHours {
  return { ...Object.fromEntries(WEEKDAYS.map((d) => [d, []])), ...days } as WeeklyHours;
}

const OFFICE = week({
  monday: [['09:00', '17:00']],
  tuesday: [['09:00', '17:00']],
  wednesday: [['09:00', '17:00']],
  thursday: [['09:00', '17:00']],
  friday: [['09:00', '17:00']],
});

describe('parseTime', () => {
  const cases: [string, string | null][] = [
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['9.30', '09:30'],
    ['17:30:00', '17:30'],
    ['9am', '09:00'],
    ['9 am', '09:00'],
    ['5.30pm', '17:30'],
    ['5:30 p.m.', '17:30'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['9', null],
    ['13pm', null],
    ['24:00', null],
    ['25:00', null],
    ['9:60', null],
    ['9:00m', null],
    ['nine', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${String(expected)}`, () => {
      expect(parseTime(text)).to.equal(expected);
    });
  }
  it('allows 24:00 only as a closing time', () => {
    expect(parseTime('24:00', true)).to.equal('24:00');
    expect(parseTime('24:30', true)).to.equal(null);
  });
});

describe('parseHoursText (the attribute grammar)', () => {
  const cases: { name: string; text: string; expected: Partial<WeeklyHours> }[] = [
    {
      name: 'a weekday span and a Saturday',
      text: 'Mon-Fri 9:00-17:00; Sat 10:00-13:00',
      expected: { ...OFFICE, saturday: [['10:00', '13:00']] },
    },
    {
      name: 'words, a colon and 12-hour times',
      text: 'Monday to Friday: 9am to 5pm',
      expected: OFFICE,
    },
    {
      name: 'a list of days',
      text: 'Mon, Weds, Friday 9:30-16:30',
      expected: {
        monday: [['09:30', '16:30']],
        wednesday: [['09:30', '16:30']],
        friday: [['09:30', '16:30']],
      },
    },
    {
      name: 'two ranges on a day, and "&" between days',
      text: 'Tues & Thurs 13:00-15:00, 10:00-12:00',
      expected: {
        tuesday: [
          ['10:00', '12:00'],
          ['13:00', '15:00'],
        ],
        thursday: [
          ['10:00', '12:00'],
          ['13:00', '15:00'],
        ],
      },
    },
    {
      name: 'a later group replacing a day',
      text: 'Mon-Fri 9:00-17:00; Wed closed',
      expected: { ...OFFICE, wednesday: [] },
    },
    {
      name: 'a span that wraps past Sunday',
      text: 'Fri-Mon 10:00-14:00',
      expected: {
        friday: [['10:00', '14:00']],
        saturday: [['10:00', '14:00']],
        sunday: [['10:00', '14:00']],
        monday: [['10:00', '14:00']],
      },
    },
    {
      name: 'weekdays and weekends',
      text: 'weekdays 9:00-17:00\nweekends closed',
      expected: OFFICE,
    },
    {
      name: 'a range across midnight',
      text: 'Sat 22:00-02:00',
      expected: { saturday: [['22:00', '02:00']] },
    },
    {
      name: 'all day, every day',
      text: 'Daily 00:00-24:00',
      expected: Object.fromEntries(WEEKDAYS.map((d) => [d, [['00:00', '24:00']]])),
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      expect(parseHoursText(c.text)).to.deep.equal(week(c.expected));
    });
  }

  const refused: { name: string; text: string; bad: string }[] = [
    { name: 'bare hours ("9-5" could mean 9am to 5am)', text: 'Mon-Fri 9-5', bad: 'Mon-Fri 9-5' },
    { name: 'an unknown day', text: 'Funday 9:00-17:00', bad: 'Funday 9:00-17:00' },
    {
      name: 'a word that only starts like a day',
      text: 'Monkey 9:00-17:00',
      bad: 'Monkey 9:00-17:00',
    },
    { name: 'a two-letter day', text: 'Mo 9:00-17:00', bad: 'Mo 9:00-17:00' },
    { name: 'an impossible time', text: 'Mon 25:00-26:00', bad: 'Mon 25:00-26:00' },
    { name: 'a missing closing time', text: 'Mon 9:00', bad: 'Mon 9:00' },
    { name: 'no days', text: '9:00-17:00', bad: '9:00-17:00' },
    { name: 'one bad group among good ones', text: 'Mon-Fri 9:00-17:00; ask us', bad: 'ask us' },
    { name: 'only separators', text: ' ; ', bad: ';' },
    {
      name: 'text longer than any timetable',
      text: `Mon 9:00-17:00;${' '.repeat(1000)}`,
      bad: `Mon 9:00-17:00;${' '.repeat(1000)}`,
    },
  ];
  for (const c of refused) {
    it(`refuses the whole text for ${c.name}`, () => {
      const bad: string[] = [];
      expect(parseHoursText(c.text, (b) => bad.push(b))).to.equal(null);
      expect(bad).to.deep.equal([c.bad]);
    });
  }

  it('never throws, and what it returns is well formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const hours = parseHoursText(text);
        if (!hours) return;
        expect(Object.keys(hours)).to.deep.equal([...WEEKDAYS]);
        for (const ranges of Object.values(hours)) {
          for (const [o, c] of ranges) {
            expect(o).to.match(/^([01]\d|2[0-3]):[0-5]\d$/);
            expect(c).to.match(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseHours (our JSON format)', () => {
  it('reads days as [opens, closes] pairs; days not named are closed', () => {
    const hours = parseHours({ monday: [['9:00', '17:00']], saturday: [], sunday: 'closed' });
    expect(hours).to.deep.equal(week({ monday: [['09:00', '17:00']] }));
  });

  it('reads a day given as text, and a whole timetable given as text', () => {
    expect(parseHours({ Tuesday: '9:00-12:00, 13:00-17:00' })).to.deep.equal(
      week({
        tuesday: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
      }),
    );
    expect(parseHours('Mon-Fri 9:00-17:00')).to.deep.equal(OFFICE);
  });

  const refused: { name: string; value: unknown }[] = [
    { name: 'an unknown day', value: { funday: [['09:00', '17:00']] } },
    { name: 'a range that is not a pair', value: { monday: [['09:00']] } },
    { name: 'a range that is not text', value: { monday: [[9, 17]] } },
    { name: 'a bad time', value: { monday: [['09:00', '25:00']] } },
    { name: 'a day that is a number', value: { monday: 9 } },
    { name: 'an array', value: [['09:00', '17:00']] },
    { name: 'a number', value: 42 },
  ];
  for (const c of refused) {
    it(`refuses ${c.name}, and all the hours with it`, () => {
      const bad: string[] = [];
      expect(parseHours(c.value, (b) => bad.push(b))).to.equal(null);
      expect(bad.length).to.equal(1);
    });
  }
});

describe('parseOrukSchedules (Open Referral UK)', () => {
  const today = '2026-11-26';
  const cases: { name: string; list: unknown[]; expected: Partial<WeeklyHours> }[] = [
    {
      name: 'byday with seconds in the times',
      list: [
        { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00', freq: 'WEEKLY' },
      ],
      expected: OFFICE,
    },
    {
      name: 'weekday as a name, with freq "week" as some feeds write it',
      list: [
        { weekday: 'Thursday', opens_at: '09:30', closes_at: '10:30', freq: 'week', interval: 1 },
      ],
      expected: { thursday: [['09:30', '10:30']] },
    },
    {
      name: 'weekday as a number from Monday',
      list: [{ weekday: 1, opens_at: '10:00', closes_at: '12:00' }],
      expected: { monday: [['10:00', '12:00']] },
    },
    {
      name: 'date-times and zones (read as UK time)',
      list: [{ byday: 'SA', opens_at: '2000-01-01T08:00:00.000Z', closes_at: '12:00+01:00' }],
      expected: { saturday: [['08:00', '12:00']] },
    },
    {
      name: '23:59 as midnight',
      list: [{ byday: 'SU', opens_at: '00:00', closes_at: '23:59' }],
      expected: { sunday: [['00:00', '24:00']] },
    },
    {
      name: 'several schedules on one day',
      list: [
        { byday: 'MO', opens_at: '13:00', closes_at: '16:00' },
        { byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
      ],
      expected: {
        monday: [
          ['09:00', '12:00'],
          ['13:00', '16:00'],
        ],
      },
    },
    {
      name: 'schedules outside their valid dates left out',
      list: [
        { byday: 'MO', opens_at: '09:00', closes_at: '12:00', valid_to: '2025-12-31' },
        { byday: 'TU', opens_at: '09:00', closes_at: '12:00', valid_from: '2027-01-01' },
        {
          byday: 'WE',
          opens_at: '09:00',
          closes_at: '12:00',
          valid_from: '2026-01-01',
          valid_to: '2026-12-31',
        },
      ],
      expected: { wednesday: [['09:00', '12:00']] },
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      expect(parseOrukSchedules(c.list, today)).to.deep.equal(week(c.expected));
    });
  }

  it('skips monthly and fortnightly schedules and says so', () => {
    const unsupported: string[] = [];
    const hours = parseOrukSchedules(
      [
        { byday: 'MO', opens_at: '09:00', closes_at: '17:00', freq: 'WEEKLY' },
        { byday: '1SA', opens_at: '10:00', closes_at: '12:00', freq: 'MONTHLY' },
        { byday: 'TU', opens_at: '10:00', closes_at: '12:00', freq: 'WEEKLY', interval: 2 },
      ],
      today,
      undefined,
      (bad) => unsupported.push(bad),
    );
    expect(hours).to.deep.equal(week({ monday: [['09:00', '17:00']] }));
    expect(unsupported).to.deep.equal(['1SA', 'TU']);
  });

  it('refuses the timetable when a time cannot be read', () => {
    const bad: string[] = [];
    const list = [{ byday: 'MO', opens_at: 'morning', closes_at: '17:00' }];
    expect(parseOrukSchedules(list, today, (b) => bad.push(b))).to.equal(null);
    expect(bad).to.deep.equal(['MO morning-17:00']);
  });

  it('gives nothing for an empty or missing list', () => {
    expect(parseOrukSchedules([], today)).to.equal(null);
    expect(parseOrukSchedules(undefined, today)).to.equal(null);
    expect(parseOrukSchedules([{ description: 'By appointment' }], today)).to.equal(null);
  });
});

describe('isOpenAt and nextChange (Europe/London)', () => {
  const OVERNIGHT = week({ saturday: [['22:00', '02:00']], sunday: [['09:00', '17:00']] });
  const cases: {
    name: string;
    hours: WeeklyHours;
    at: string;
    open: boolean;
    next: { at: string; open: boolean } | null;
  }[] = [
    {
      name: 'a winter weekday morning (GMT)',
      hours: OFFICE,
      at: '2026-01-15T09:00:00Z',
      open: true,
      next: { at: '2026-01-15T17:00:00.000Z', open: false },
    },
    {
      name: 'a summer weekday morning (BST: 08:30 UTC is 09:30 in London)',
      hours: OFFICE,
      at: '2026-07-16T08:30:00Z',
      open: true,
      next: { at: '2026-07-16T16:00:00.000Z', open: false },
    },
    {
      name: 'a summer evening (16:30 UTC is 17:30 in London)',
      hours: OFFICE,
      at: '2026-07-16T16:30:00Z',
      open: false,
      next: { at: '2026-07-17T08:00:00.000Z', open: true },
    },
    {
      name: 'the closing minute itself',
      hours: OFFICE,
      at: '2026-01-15T17:00:00Z',
      open: false,
      next: { at: '2026-01-16T09:00:00.000Z', open: true },
    },
    {
      name: 'a closed Sunday, open again on Monday',
      hours: OFFICE,
      at: '2026-11-29T12:00:00Z',
      open: false,
      next: { at: '2026-11-30T09:00:00.000Z', open: true },
    },
    {
      name: 'after midnight, in Saturday’s late session',
      hours: OVERNIGHT,
      at: '2026-11-29T01:00:00Z',
      open: true,
      next: { at: '2026-11-29T02:00:00.000Z', open: false },
    },
    {
      name: 'after a late session has closed',
      hours: OVERNIGHT,
      at: '2026-11-29T03:00:00Z',
      open: false,
      next: { at: '2026-11-29T09:00:00.000Z', open: true },
    },
    {
      name: 'clocks go forward: 00:30 GMT on 29 March, in the late session',
      hours: OVERNIGHT,
      at: '2026-03-29T00:30:00Z',
      open: true,
      // 01:00 GMT becomes 02:00 BST: the 02:00 closing comes an hour early in UTC.
      next: { at: '2026-03-29T01:00:00.000Z', open: false },
    },
    {
      name: 'clocks go forward: Sunday 08:30 UTC is already 09:30 BST',
      hours: OVERNIGHT,
      at: '2026-03-29T08:30:00Z',
      open: true,
      next: { at: '2026-03-29T16:00:00.000Z', open: false },
    },
    {
      name: 'clocks go forward: the Sunday before opening, in the new zone',
      hours: OVERNIGHT,
      at: '2026-03-29T07:30:00Z',
      open: false,
      next: { at: '2026-03-29T08:00:00.000Z', open: true },
    },
    {
      name: 'clocks go back: 00:30 UTC on 25 October is 01:30 BST',
      hours: OVERNIGHT,
      at: '2026-10-25T00:30:00Z',
      open: true,
      // 02:00 BST becomes 01:00 GMT; the wall clock reaches 02:00 again an hour later.
      next: { at: '2026-10-25T02:00:00.000Z', open: false },
    },
    {
      name: 'clocks go back: Sunday 09:00 UTC is 09:00 GMT',
      hours: OVERNIGHT,
      at: '2026-10-25T08:59:00Z',
      open: false,
      next: { at: '2026-10-25T09:00:00.000Z', open: true },
    },
    {
      name: 'the Friday before the clocks go back is still BST',
      hours: OFFICE,
      at: '2026-10-23T15:00:00Z',
      open: true,
      next: { at: '2026-10-23T16:00:00.000Z', open: false },
    },
    {
      name: 'equal times mean open for 24 hours',
      hours: week({ monday: [['09:00', '09:00']] }),
      at: '2026-11-24T08:30:00Z',
      open: true,
      next: { at: '2026-11-24T09:00:00.000Z', open: false },
    },
    {
      name: 'always closed',
      hours: week({}),
      at: '2026-11-26T12:00:00Z',
      open: false,
      next: null,
    },
    {
      name: 'always open',
      hours: Object.fromEntries(WEEKDAYS.map((d) => [d, [['00:00', '24:00']]])) as WeeklyHours,
      at: '2026-03-29T01:00:00Z',
      open: true,
      next: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const at = new Date(c.at);
      expect(isOpenAt(c.hours, at)).to.equal(c.open);
      const next = nextChange(c.hours, at);
      expect(next && { at: next.at.toISOString(), open: next.open }).to.deep.equal(c.next);
    });
  }

  it('gives nothing for an invalid date', () => {
    expect(isOpenAt(OFFICE, new Date('not a date'))).to.equal(false);
    expect(nextChange(OFFICE, new Date('not a date'))).to.equal(null);
  });

  it('agrees with isOpenAt: the state holds until the change, then flips', () => {
    const times = fc.constantFrom(
      '00:00',
      '01:30',
      '02:00',
      '09:00',
      '12:15',
      '17:00',
      '22:00',
      '24:00',
    );
    const ranges = fc.array(
      fc.tuple(times, times).filter(([o]) => o !== '24:00'),
      { maxLength: 2 },
    );
    const hours = fc
      .tuple(...WEEKDAYS.map(() => ranges))
      .map((days) => Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]])) as WeeklyHours);
    // Instants around both clock changes of 2026 and an ordinary week.
    const instant = fc
      .constantFrom(Date.UTC(2026, 2, 27), Date.UTC(2026, 9, 23), Date.UTC(2026, 10, 20))
      .chain((start) =>
        fc.integer({ min: 0, max: 4 * 1440 }).map((m) => new Date(start + m * 60_000)),
      );
    fc.assert(
      fc.property(hours, instant, (h, at) => {
        const now = isOpenAt(h, at);
        const next = nextChange(h, at);
        if (!next) return;
        expect(next.open).to.equal(!now);
        expect(isOpenAt(h, next.at)).to.equal(next.open);
        expect(isOpenAt(h, new Date(next.at.getTime() - 60_000))).to.equal(now);
        const middle = new Date((at.getTime() + next.at.getTime()) / 2);
        expect(isOpenAt(h, middle)).to.equal(now);
      }),
      { numRuns: 300 },
    );
  });
});

describe('summariseHours', () => {
  it('groups consecutive days with the same hours, closed days too', () => {
    const hours = parseHoursText('Mon-Thu 9:00-17:00; Fri 9:00-16:30; Sat 10:00-13:00')!;
    expect(summariseHours(hours)).to.deep.equal([
      { days: ['monday', 'tuesday', 'wednesday', 'thursday'], ranges: [['09:00', '17:00']] },
      { days: ['friday'], ranges: [['09:00', '16:30']] },
      { days: ['saturday'], ranges: [['10:00', '13:00']] },
      { days: ['sunday'], ranges: [] },
    ]);
  });

  it('does not join days that are the same but not next to each other', () => {
    const groups = summariseHours(parseHoursText('Mon 9:00-12:00; Wed 9:00-12:00')!);
    expect(groups.map((g) => g.days)).to.deep.equal([
      ['monday'],
      ['tuesday'],
      ['wednesday'],
      ['thursday', 'friday', 'saturday', 'sunday'],
    ]);
  });
});

describe('limits on opening hours', () => {
  it(`refuses more than ${HOURS_LIMITS.rangesPerDay} times on one day, as text`, () => {
    const times = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${String(i).padStart(2, '0')}:00-${String(i).padStart(2, '0')}:30`,
      ).join(', ');
    expect(parseHoursText(`Mon ${times(HOURS_LIMITS.rangesPerDay)}`)!.monday).to.have.length(
      HOURS_LIMITS.rangesPerDay,
    );
    const bad: string[] = [];
    expect(
      parseHoursText(`Mon ${times(HOURS_LIMITS.rangesPerDay + 1)}`, (b) => bad.push(b)),
    ).to.equal(null);
    expect(bad).to.have.length(1);
  });

  it(`refuses more than ${HOURS_LIMITS.schedules} Open Referral schedules, or too many times on one day`, () => {
    const schedule = { byday: 'MO', opens_at: '09:00', closes_at: '10:00' };
    const bad: string[] = [];
    expect(
      parseOrukSchedules(Array(HOURS_LIMITS.schedules + 1).fill(schedule), '2026-01-01', (b) =>
        bad.push(b),
      ),
    ).to.equal(null);
    expect(
      parseOrukSchedules(Array(HOURS_LIMITS.rangesPerDay + 1).fill(schedule), '2026-01-01', (b) =>
        bad.push(b),
      ),
    ).to.equal(null);
    expect(bad).to.have.length(2);
    expect(
      parseOrukSchedules(Array(HOURS_LIMITS.rangesPerDay).fill(schedule), '2026-01-01')!.monday,
    ).to.have.length(HOURS_LIMITS.rangesPerDay);
  });

  it('reads overlapping ranges as one stretch of opening', () => {
    const hours = week({
      monday: [
        ['09:00', '13:00'],
        ['12:00', '17:00'],
        ['10:00', '11:00'],
      ],
    });
    // Monday 12 January 2026, 12:30 GMT.
    const noon = new Date('2026-01-12T12:30:00Z');
    expect(isOpenAt(hours, noon)).to.equal(true);
    expect(nextChange(hours, noon)).to.deep.equal({
      at: new Date('2026-01-12T17:00:00Z'),
      open: false,
    });
  });
});
