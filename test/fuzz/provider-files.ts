/**
 * Generated provider files for fuzzing: ordinary, hostile, huge and deeply nested ones, as the
 * text of a file or as the object a script would pass. Shared by the fuzz test in `npm test` (a
 * few hundred runs), `npm run fuzz` (10,000) and the bench (render settling time). No DOM here.
 */
import fc from 'fast-check';
import { HOSTILE_TEXT, HOSTILE_URLS, PLAUSIBLE } from './support.js';

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([])),
  },
);

/** Text past the documented limits: long, full of bidi controls, or both. */
const longText = fc.oneof(
  fc.string({ minLength: 100, maxLength: 3000 }),
  fc.nat(20_000).map((n) => 'A'.repeat(n)),
  fc.constantFrom(
    '\u202E0123 4567\u202C',
    '\u2067Advocacy\u2069',
    `https://example.org/${'\u00e9'.repeat(1500)}`,
  ),
  fc.nat(3000).map((n) => `https://example.org/refer?${'q=1&'.repeat(n)}`),
);

const day = fc.constantFrom('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'daily', 'weekdays');
const time = fc
  .tuple(fc.nat(24), fc.constantFrom(0, 15, 30, 59))
  .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`);
/** Opening hours, from ordinary to many ranges a day (past the limit) and overlapping. */
const hours: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .array(fc.tuple(day, fc.array(fc.tuple(time, time), { minLength: 1, maxLength: 14 })), {
      maxLength: 8,
    })
    .map((groups) =>
      groups
        .map(([d, ranges]) => `${d} ${ranges.map(([o, c]) => `${o}-${c}`).join(', ')}`)
        .join('; '),
    ),
  fc.dictionary(
    fc.constantFrom('monday', 'tuesday', 'sunday', 'funday'),
    fc.array(fc.tuple(time, time), { maxLength: 14 }),
  ),
  fc
    .nat(200)
    .map((n) =>
      Array.from({ length: n }, (_, i) => ({
        byday: 'MO,TU,WE',
        opens_at: `${i % 24}:00`,
        closes_at: `${(i + 1) % 24}:30`,
      })),
    ),
  leaf,
);

/** One provider in our format, each field maybe there, maybe wrong, maybe huge. */
const provider = fc.record(
  {
    name: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom('Example Advocacy', 'Ynys Môn Advocacy', '\u202Eevil'),
      },
      longText,
      leaf,
    ),
    phone: fc.oneof(fc.constantFrom('01332 641633', '0300 123 4567', '\u202E01332 641633'), leaf),
    textphone: leaf,
    sms: leaf,
    relayUk: fc.oneof(fc.boolean(), leaf),
    email: leaf,
    website: fc.oneof(leaf, longText),
    referralUrl: fc.oneof(leaf, longText),
    mapUrl: leaf,
    alert: fc.oneof(leaf, longText),
    organisation: fc.oneof(leaf, longText),
    areas: fc.oneof(leaf, fc.array(fc.oneof(leaf, longText), { maxLength: 120 })),
    languages: fc.oneof(
      leaf,
      fc.array(fc.constantFrom('cy', 'pl', 'BSL', 'ar', 'xx-invalid-!'), { maxLength: 80 }),
    ),
    services: fc.oneof(
      leaf,
      fc.array(fc.constantFrom('imha', 'imca', 'care-act', 'nope'), { maxLength: 80 }),
    ),
    address: fc.oneof(
      leaf,
      fc.record({ lines: fc.array(fc.oneof(leaf, longText), { maxLength: 60 }), postcode: leaf }),
    ),
    hours,
    lastChecked: fc.oneof(fc.constantFrom('2026-11-26', '2026-02-30'), leaf),
  },
  { requiredKeys: ['name'] },
);

/** A provider in Open Referral UK form, with many schedules. */
const oruk = fc.record({
  id: fc.constant('svc-1'),
  name: fc.oneof(fc.constant('Open Referral Advocacy'), longText),
  organization: fc.record({ name: fc.constant('Example Trust') }),
  url: leaf,
  phones: fc.array(
    fc.record({ number: leaf, description: fc.constantFrom('Main', 'Textphone', 'Relay UK') }),
    { maxLength: 4 },
  ),
  regular_schedules: fc.array(
    fc.record({ byday: fc.constantFrom('MO', 'TU,WE', 'XX'), opens_at: time, closes_at: time }),
    { maxLength: 150 },
  ),
});

/** Nested `depth` levels deep, built without recursion (so the generator itself cannot overflow). */
function nested(depth: number, kind: 'array' | 'object', core: unknown): unknown {
  let value = core;
  for (let i = 0; i < depth; i += 1)
    value = kind === 'array' ? [value] : { providers: value, _level: i };
  return value;
}

/** Text nested `depth` levels deep, which `JSON.parse` may refuse: that must be quiet too. */
const nestedText = (depth: number, kind: 'array' | 'object') =>
  kind === 'array'
    ? `${'['.repeat(depth)}{"name":"Deep","phone":"0300 123 4567"}${']'.repeat(depth)}`
    : `${'{"providers":'.repeat(depth)}[]${'}'.repeat(depth)}`;

/** A whole file: what a page could give a card, as JSON text or as an object. */
export const providerFile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: provider },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(provider, oruk), { maxLength: 6 })
      .map((providers) => ({ providers })),
  },
  { weight: 2, arbitrary: oruk },
  // Huge: hundreds of providers (past the limit of 200), or a file past 1 MB.
  {
    weight: 1,
    arbitrary: fc
      .tuple(provider, fc.integer({ min: 150, max: 400 }))
      .map(([p, n]) => Array.from({ length: n }, (_, i) => ({ ...p, id: `p${i}` }))),
  },
  {
    weight: 1,
    arbitrary: provider.map((p) => JSON.stringify({ ...p, _note: 'x'.repeat(1_050_000) })),
  },
  // Deeply nested, as objects and as text.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom<'array' | 'object'>('array', 'object'),
        provider,
      )
      .map(([d, k, p]) => nested(d, k, p)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom<'array' | 'object'>('array', 'object'),
      )
      .map(([d, k]) => nestedText(d, k)),
  },
  // Any JSON at all, and text that is not JSON.
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);
