import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { walkQuiz } from '../helpers/journey.js';
import { fuzzProviderFiles } from './provider-files-run.js';
import {
  HOSTILE_TEXT,
  HOSTILE_URLS,
  PLAUSIBLE,
  PageWatch,
  dangers,
  settle,
  visibleEditorMessages,
} from './support.js';

// Property-based fuzzing of the provider configuration, in every format (our JSON, Open
// Referral UK services, service-at-locations and API pages) and every way in (an inline
// <script type="application/json">, the `providers` property, a `src` file).

/** A leaf value: hostile links and text, plausible values, and values of the wrong type. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_URLS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
    ),
  },
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const validName = fc.constantFrom(
  'Example Advocacy',
  'Ynys Môn Advocacy',
  '<b>Bold</b> Advocacy',
  'Advocacy\u0000 Hub',
  ' spaced ',
);

/** A provider in our format: every field, each maybe there, maybe wrong. */
const ourProvider = (name: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      name,
      id: leaf,
      organisation: leaf,
      services: fc.oneof(
        leaf,
        fc.constant(['imha', 'imca', 'care-act', 'community', 'group', 'self', 'peer']),
      ),
      areas: leaf,
      nations: leaf,
      phone: leaf,
      sms: leaf,
      textphone: leaf,
      relayUk: fc.oneof(leaf, fc.boolean()),
      referralHelpByPhone: fc.oneof(leaf, fc.boolean()),
      email: leaf,
      website: leaf,
      referralUrl: leaf,
      mapUrl: leaf,
      address: fc.oneof(
        leaf,
        fc.record(
          { lines: fc.array(leaf, { maxLength: 3 }), postcode: leaf },
          { requiredKeys: [] },
        ),
      ),
      hours: fc.oneof(
        leaf,
        fc.dictionary(
          fc.constantFrom('monday', 'friday', 'sunday', 'funday'),
          fc.array(fc.array(leaf, { maxLength: 3 }), { maxLength: 2 }),
        ),
      ),
      whoCanRefer: fc.oneof(
        leaf,
        fc.dictionary(
          fc.constantFrom('self', 'family', 'professional', 'cat'),
          fc.oneof(fc.boolean(), leaf),
        ),
      ),
      languages: leaf,
      singlePointOfAccess: fc.oneof(leaf, fc.boolean()),
      singlePointOfAccessNote: leaf,
      alert: leaf,
      lastChecked: leaf,
      telephone: leaf,
    },
    { requiredKeys: ['name'] },
  );

const orukPhone = fc.record(
  {
    number: leaf,
    description: maybe(fc.constantFrom('Main', 'SMS text', 'Textphone', 'Relay UK', 'minicom')),
  },
  { requiredKeys: ['number'] },
);
const orukSchedule = fc.record(
  {
    weekday: fc.oneof(fc.constantFrom('Monday', 'friday', 1, 7, 9), leaf),
    byday: fc.oneof(fc.constantFrom('MO,TU', 'FR', '1MO', 'XX'), leaf),
    opens_at: fc.oneof(
      fc.constantFrom('09:00', '09:00:00', '09:00Z', '2000-01-01T09:00:00Z', '25:00'),
      leaf,
    ),
    closes_at: fc.oneof(fc.constantFrom('17:00', '23:59', '17:00:00Z'), leaf),
    freq: fc.oneof(fc.constantFrom('WEEKLY', 'MONTHLY'), leaf),
    valid_from: leaf,
    valid_to: leaf,
  },
  { requiredKeys: [] },
);

/** An Open Referral UK service; its name is `name`, else its organization's. */
const orukService = (name: fc.Arbitrary<unknown>) =>
  fc.record(
    {
      id: leaf,
      name,
      description: leaf,
      url: leaf,
      email: leaf,
      status: fc.constantFrom('active', 'inactive'),
      alert: leaf,
      assured_date: leaf,
      last_modified: leaf,
      organization: fc.record(
        {
          name: leaf,
          url: leaf,
          website: leaf,
          email: leaf,
          phones: fc.array(orukPhone, { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
      phones: fc.array(orukPhone, { maxLength: 3 }),
      contacts: fc.array(
        fc.record(
          { name: leaf, email: leaf, phones: fc.array(orukPhone, { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      service_at_locations: fc.array(
        fc.record({
          location: fc.record(
            {
              name: leaf,
              physical_addresses: fc.array(
                fc.record({ address_1: leaf, city: leaf, postal_code: leaf }, { requiredKeys: [] }),
                { maxLength: 2 },
              ),
              regular_schedules: fc.array(orukSchedule, { maxLength: 2 }),
            },
            { requiredKeys: [] },
          ),
        }),
        { maxLength: 2 },
      ),
      regular_schedules: fc.array(orukSchedule, { maxLength: 3 }),
      service_areas: fc.array(fc.record({ service_area: leaf, name: leaf }, { requiredKeys: [] }), {
        maxLength: 2,
      }),
      languages: fc.array(
        fc.record({ code: leaf, name: leaf, language: leaf }, { requiredKeys: [] }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['organization', 'name'] },
  );

/** Junk that names no provider: nothing under `name`, `service` or an organisation. */
const nameless = fc
  .jsonValue({ maxDepth: 2 })
  .filter(
    (v) =>
      !(
        v &&
        typeof v === 'object' &&
        ['name', 'service', 'organization', 'organisation'].some((k) => k in v)
      ),
  );

/** How a list of providers is wrapped, in the formats the card reads. */
const wrap = (list: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown> =>
  fc.oneof(
    list,
    list.map((providers) => ({ $schema: 'providers.schema.json', _note: 'fuzz', providers })),
    list.map((content) => ({ content, totalElements: content.length })),
    list.map((contents) => ({ contents })),
  );

/** A configuration that names at least one provider, and the name the card must show. */
const readable: fc.Arbitrary<{ config: unknown; name: string }> = fc
  .tuple(
    validName,
    fc.constantFrom('ours', 'oruk', 'service-at-location'),
    fc.array(nameless, { maxLength: 3 }),
    fc.nat(3),
  )
  .chain(([name, format, junk, at]) => {
    const provider: fc.Arbitrary<unknown> =
      format === 'ours'
        ? ourProvider(fc.constant(name))
        : format === 'oruk'
          ? orukService(fc.constant(name))
          : orukService(fc.constant(name)).map((service) => ({
              id: 'sal-1',
              service,
              location: { name: 'A library' },
            }));
    const list = provider.map((p) => [...junk.slice(0, at), p, ...junk.slice(at)]);
    return fc.record({ config: fc.oneof(provider, wrap(list)), name: fc.constant(name) });
  });

/** A configuration that names no provider at all: the editor must be told. */
const unreadable: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '{',
    '{"name": "Unclosed"',
    "{'name': 'single quotes'}",
    '<providers/>',
    '',
    'undefined',
    'NaN',
    '[,]',
  ),
  fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s)),
  ),
  fc.constant([]),
  wrap(fc.array(nameless, { maxLength: 4 })),
  wrap(
    fc.array(
      ourProvider(fc.constantFrom(undefined, '', '   ', 42, null, ['Example'], { en: 'Example' })),
      { minLength: 1, maxLength: 2 },
    ),
  ),
  fc.record({
    providers: fc.oneof(fc.string(), fc.integer(), fc.constant({ name: 'Not a list' })),
  }),
);

type Delivery = 'inline' | 'property' | 'src';
const FILE = '/fuzz/providers.json';
let counter = 0;

/** Gives the configuration to a new card in the chosen way. */
function cardWith(config: unknown, delivery: Delivery, watch: PageWatch): HTMLElement {
  const card = document.createElement('advocacy-contact-card');
  if (delivery === 'property') {
    (card as HTMLElement & { providers: unknown }).providers = config;
    return card;
  }
  const text = typeof config === 'string' ? config : JSON.stringify(config);
  if (delivery === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    card.append(script);
  } else {
    counter += 1;
    const path = `${FILE.replace('.json', '')}-${counter}.json`;
    watch.files.set(path, text);
    card.setAttribute('src', path);
    card.setAttribute('timeout', '2000');
  }
  return card;
}

/** Sections of the card that show a provider but offer no way to get in touch. */
function unreachableWithoutMessage(card: Element): string[] {
  return [...card.shadowRoot!.querySelectorAll('section.card')]
    .filter((section) => {
      const contact = [...section.querySelectorAll('a[href]')].filter(
        (a) => !/map/i.test(a.textContent ?? ''),
      );
      const message = section.querySelector('[part="editor-message"]');
      return contact.length === 0 ? !message : Boolean(message);
    })
    .map((section) => section.querySelector('[id^="name-"]')?.textContent ?? '?');
}

describe('fuzzing the provider configuration', () => {
  const watch = new PageWatch();
  let main: HTMLElement;
  before(() => {
    main = document.createElement('main');
    document.body.append(main);
    watch.start();
  });
  after(() => {
    watch.stop();
    main.remove();
  });

  for (const delivery of ['inline', 'property', 'src'] as Delivery[]) {
    it(`${delivery}: any readable configuration shows its provider, as text, with only safe links`, async () => {
      await fc.assert(
        fc.asyncProperty(readable, async ({ config, name }) => {
          const card = cardWith(config, delivery, watch);
          main.append(card);
          try {
            await settle(card);
            expect(dangers(card)).to.deep.equal([]);
            const names = [...card.shadowRoot!.querySelectorAll('section.card [id^="name-"]')].map(
              (h) => h.textContent.trim(),
            );
            expect(names, JSON.stringify(config).slice(0, 300)).to.include(
              name.replace(/[\p{Cc}\s]+/gu, ' ').trim(),
            );
            expect(
              card.shadowRoot!.querySelector(':scope > [part="editor-message"]'),
              'no "unreadable" message',
            ).to.equal(null);
            expect(
              unreachableWithoutMessage(card),
              'a provider nobody can contact is flagged, and only then',
            ).to.deep.equal([]);
            expect(watch.errors).to.deep.equal([]);
          } finally {
            card.remove();
          }
        }),
        { numRuns: 80 },
      );
    });

    it(`${delivery}: any configuration that names no provider shows the editor message`, async () => {
      await fc.assert(
        fc.asyncProperty(unreadable, async (config) => {
          const card = cardWith(config, delivery, watch);
          main.append(card);
          try {
            await settle(card);
            expect(dangers(card)).to.deep.equal([]);
            expect(card.shadowRoot!.querySelector('section.card'), 'no provider shown').to.equal(
              null,
            );
            if (delivery === 'src') {
              // A file with no provider is a failed load: the fallback (or a short message) shows.
              expect(card.shadowRoot!.textContent).to.contain('could not be shown');
            } else {
              expect(visibleEditorMessages(card), JSON.stringify(config)).to.have.length(1);
            }
            expect(watch.errors).to.deep.equal([]);
          } finally {
            card.remove();
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('property: hostile objects (throwing getters, cycles, proxies) are refused quietly', async () => {
    const cyclic: Record<string, unknown> = { name: 'Cyclic Advocacy', phone: '0300 123 4567' };
    cyclic.self = cyclic;
    cyclic.providers = undefined;
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    const getter = {
      get name() {
        throw new Error('no');
      },
    };
    const values: unknown[] = [
      throwing,
      [throwing],
      { providers: throwing },
      getter,
      [getter],
      Object.create(null),
      Symbol('x'),
      () => 'x',
      10n,
      new Date(),
      new Map(),
    ];
    for (const value of values) {
      const card = cardWith(value, 'property', watch);
      main.append(card);
      try {
        await settle(card);
        expect(visibleEditorMessages(card), String(typeof value)).to.have.length(1);
      } finally {
        card.remove();
      }
    }
    const card = cardWith(cyclic, 'property', watch);
    main.append(card);
    await settle(card);
    expect(card.shadowRoot!.textContent).to.contain('Cyclic Advocacy');
    card.remove();
    expect(watch.errors).to.deep.equal([]);
  });

  it('quiz: any providers configuration reaches the result with only safe links', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          readable.map((r) => r.config),
          unreadable,
        ),
        fc.constantFrom('property', 'inline'),
        async (config, delivery) => {
          const quiz = document.createElement('advocacy-quiz') as HTMLElement & {
            providers?: unknown;
            ready: Promise<void>;
            updateComplete: Promise<boolean>;
          };
          quiz.setAttribute('nation', 'england');
          if (delivery === 'property') quiz.providers = config;
          else {
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = typeof config === 'string' ? config : JSON.stringify(config);
            quiz.append(script);
          }
          main.append(quiz);
          try {
            const steps = await walkQuiz(quiz);
            expect(steps.at(-1)).to.equal('result');
            await settle(quiz);
            expect(dangers(quiz)).to.deep.equal([]);
            expect(watch.errors).to.deep.equal([]);
          } finally {
            quiz.remove();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('never asks for a file anywhere but over http(s)', () => {
    expect(watch.fetched.filter((url) => !/^https?:/.test(url))).to.deep.equal([]);
  });
});

// Whole files, huge and deeply nested ones too: 300 here, 10,000 in `npm run fuzz`.
fuzzProviderFiles(300);
