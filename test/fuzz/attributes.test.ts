import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { ADVOCACY_KIND_IDS } from '../../src/knowledge/ids.js';
import { RANGES, inRange } from '../../src/ui/numbers.js';
import type { AdvocacyElement } from '../../src/ui/base-element.js';
import {
  PageWatch,
  isBlankName,
  attributeValue,
  dangers,
  deepElements,
  settle,
  visibleEditorMessages,
} from './support.js';

// Property-based fuzzing of every attribute of every element, as the Custom Elements Manifest
// lists them (so an attribute added later is fuzzed too): set at creation and changed after.

const TAGS = ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card'];

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

/** Headings must stay inside the page's outline: h2 to h6 whatever `heading-level` says. */
function badHeadings(host: Element): string[] {
  return deepElements(host.shadowRoot!)
    .filter((e) => /^h[1-6]$/.test(e.localName) || e.getAttribute('role') === 'heading')
    .map((e) =>
      e.getAttribute('role') === 'heading'
        ? Number(e.getAttribute('aria-level'))
        : Number(e.localName[1]),
    )
    .filter((level) => !(level >= 2 && level <= 6))
    .map((level) => `heading level ${level}`);
}

describe('fuzzing every attribute of every element', () => {
  const watch = new PageWatch();
  const attributes: Record<string, string[]> = {};
  let main: HTMLElement;

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName)
          attributes[declaration.tagName] = (declaration.attributes ?? []).map((a) => a.name);
      }
    }
    main = document.createElement('main');
    document.body.append(main);
    watch.start();
  });

  after(() => {
    watch.stop();
    main.remove();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: any values of its attributes throw nothing and make no unsafe link`, async () => {
      const names = attributes[tag] ?? [];
      expect(names, 'attributes in the manifest').to.include.members([
        'heading-level',
        'nation',
        'easy-read',
        'kiosk',
      ]);
      const settings = fc.dictionary(fc.constantFrom(...names), attributeValue, { maxKeys: 8 });
      const change = fc.tuple(fc.constantFrom(...names), fc.option(attributeValue));
      let links = 0;
      await fc.assert(
        fc.asyncProperty(settings, change, fc.boolean(), async (attrs, [name, value], named) => {
          const el = document.createElement(tag);
          // A card shows nothing but its editor message without a name and a way to get in
          // touch: half the cards start with both, which the fuzzed attributes may then spoil.
          if (named && tag === 'advocacy-contact-card') {
            el.setAttribute('name', 'Example Advocacy');
            el.setAttribute('phone', '0300 123 4567');
          }
          for (const [key, text] of Object.entries(attrs)) el.setAttribute(key, text);
          main.append(el);
          try {
            await settle(el);
            expect(dangers(el), 'at creation').to.deep.equal([]);
            expect(badHeadings(el)).to.deep.equal([]);
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
            await settle(el);
            expect(dangers(el), `after ${name} changed`).to.deep.equal([]);
            links += deepElements(el.shadowRoot!).filter((e) => e.hasAttribute('href')).length;
            expect(
              el.shadowRoot!.childElementCount + el.shadowRoot!.textContent.trim().length,
              'shows something',
            ).to.be.greaterThan(0);
            expect(watch.errors).to.deep.equal([]);
          } finally {
            el.remove();
          }
        }),
        { numRuns: 80 },
      );
      expect(watch.errors).to.deep.equal([]);
      if (tag === 'advocacy-contact-card')
        expect(links, 'links were made, and checked').to.be.greaterThan(10);
      const unsafe = watch.fetched.filter((url) => !/^https?:/.test(url));
      expect(unsafe, 'requests to anything but http(s)').to.deep.equal([]);
    });
  }

  it('<advocacy-explainer types>: shows its editor message exactly when none of the kinds exists', async () => {
    const word = fc.oneof(
      fc.constantFrom(...ADVOCACY_KIND_IDS),
      fc.constantFrom(...ADVOCACY_KIND_IDS).map((id) => id.toUpperCase()),
      fc.constantFrom(
        'imha2',
        'not-a-kind',
        'care_act',
        'advocacy',
        '*',
        'constructor',
        '__proto__',
      ),
      fc.string({ maxLength: 10 }),
    );
    const types = fc
      .tuple(fc.array(word, { maxLength: 5 }), fc.constantFrom(' ', ', ', ',', '\n', '  \t'))
      .map(([w, sep]) => w.join(sep));
    await fc.assert(
      fc.asyncProperty(types, async (value) => {
        const el = document.createElement('advocacy-explainer');
        el.setAttribute('types', value);
        main.append(el);
        try {
          await settle(el);
          const asked = value
            .toLowerCase()
            .split(/[\s,]+/)
            .filter(Boolean);
          const known = asked.filter((id) => (ADVOCACY_KIND_IDS as readonly string[]).includes(id));
          const shown = [...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) =>
            b.id.replace('toggle-', ''),
          );
          const messages = visibleEditorMessages(el);
          if (asked.length > 0 && known.length === 0) {
            expect(messages, `types="${value}"`).to.have.length(1);
            expect(shown).to.deep.equal([]);
          } else {
            expect(messages, `types="${value}"`).to.have.length(0);
            expect(new Set(shown)).to.deep.equal(new Set(asked.length ? known : ADVOCACY_KIND_IDS));
          }
        } finally {
          el.remove();
        }
      }),
      { numRuns: 80 },
    );
  });

  it('<advocacy-contact-card>: shows its editor message exactly when the name or every way to get in touch is missing', async () => {
    const VALID = {
      phone: ['0300 123 4567', '+44 (0)1332 228748', '020 7946 0000'],
      sms: ['07700 900123'],
      textphone: ['0808 157 0000'],
      email: ['hello@example.org', 'mailto:hello@example.org'],
      website: ['https://example.org/', 'www.example.org', 'http://example.org/advocacy'],
      'referral-url': ['https://example.org/refer', 'mailto:refer@example.org'],
    };
    const INVALID = {
      phone: ['111', '+1 202 555 0100', 'call us', '01332 641633 ext 5', 'javascript:alert(1)', ''],
      sms: ['999', 'text us', ''],
      textphone: ['+33 1 23 45 67 89', ''],
      email: ['not-an-email', 'hello@', 'javascript:alert(1)//@example.org', '<b>@example.org', ''],
      website: [
        'javascript:alert(1)',
        'data:text/html,x',
        '//evil.example/',
        'https://council.gov.uk@evil.example/',
        'mailto:hello@example.org',
        'ftp://example.org/',
        '',
      ],
      'referral-url': [
        'javascript:alert(1)',
        'tel:03001234567',
        'vbscript:x',
        'java\tscript:alert(1)',
        '',
      ],
    };
    type Field = keyof typeof VALID;
    const fields = Object.keys(VALID) as Field[];
    const contact = fc.record(
      Object.fromEntries(
        fields.map((f) => [
          f,
          fc.oneof(
            fc.constantFrom(...VALID[f]).map((v) => ({ v, ok: true })),
            fc.constantFrom(...INVALID[f]).map((v) => ({ v, ok: false })),
          ),
        ]),
      ) as Record<Field, fc.Arbitrary<{ v: string; ok: boolean }>>,
      { requiredKeys: [] },
    );
    const name = fc.oneof(
      fc.constantFrom(
        'Example Advocacy',
        '  Example  ',
        '<img src=x onerror=alert(1)>',
        'Ynys Môn Advocacy',
        'a'.repeat(400),
      ),
      fc.constantFrom('', '   ', '\n\t', '\u0000\u0007'),
      fc.string({ minLength: 1, maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.option(name, { nil: undefined }),
        contact,
        async (nameValue, fieldsGiven) => {
          const el = document.createElement('advocacy-contact-card');
          if (nameValue !== undefined) el.setAttribute('name', nameValue);
          for (const [field, { v }] of Object.entries(fieldsGiven)) el.setAttribute(field, v);
          main.append(el);
          try {
            await settle(el);
            const blank = isBlankName(nameValue);
            const reachable = Object.values(fieldsGiven).some((f) => f.ok);
            const messages = visibleEditorMessages(el);
            expect(dangers(el)).to.deep.equal([]);
            if (blank || nameValue === undefined) {
              expect(messages.length, 'no name: the editor is told').to.equal(1);
              expect(el.shadowRoot!.querySelector('section.card')).to.equal(null);
            } else {
              const heading = el.shadowRoot!.querySelector('section.card [id^="name-"]')!;
              const expected = Array.from(nameValue.replace(/[\p{Cc}\s]+/gu, ' ').trim())
                .slice(0, 150)
                .join('')
                .trim();
              expect(heading.textContent.trim(), 'the name, as text').to.equal(expected);
              // A name past the limit of 150 characters is shortened, and the editor told so.
              const shortened = Array.from(nameValue.replace(/[\p{Cc}\s]+/gu, ' ').trim()).length > 150;
              expect(
                messages.length,
                reachable
                  ? 'a way to get in touch: no message (but one for a shortened name)'
                  : 'no way to get in touch: the editor is told',
              ).to.equal((reachable ? 0 : 1) + (shortened ? 1 : 0));
              const links = [...el.shadowRoot!.querySelectorAll('section.card a[href]')];
              expect(links.length > 0).to.equal(reachable);
            }
          } finally {
            el.remove();
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('number attributes stay within their documented ranges, and the editor is told when changed', async () => {
    const raw = fc.oneof(
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map(String),
      fc.double().map(String),
      fc.constantFrom('2147483648', '1e309', '-1e309', 'Infinity', 'NaN', '0x10', ' 45 ', '', '99999999', '0'),
      fc.string({ maxLength: 12 }),
    );
    const names = Object.keys(RANGES) as (keyof typeof RANGES)[];
    fc.assert(
      fc.property(fc.constantFrom(...names), raw, (name, value) => {
        const range = RANGES[name];
        const { value: used, warning } = inRange(name, value, range);
        expect(Number.isInteger(used), `${name}="${value}" gives a whole number`).to.equal(true);
        expect(used).to.be.within(range.min, range.max);
        const n = Number.parseFloat(value);
        const unchanged = !value.trim() || n === used;
        expect(Boolean(warning), `${name}="${value}": a warning exactly when the value was changed`).to.equal(!unchanged);
      }),
      { numRuns: 2000 },
    );
    // The kiosk's shared idle timer reads them through the same ranges, whatever several
    // elements ask for, and warns once per element and value.
    const { join, leave, idleSeconds, countdownSeconds } = await import('../../src/kiosk/idle.js');
    fc.assert(
      fc.property(fc.array(fc.tuple(raw, raw), { minLength: 1, maxLength: 3 }), (asked) => {
        const elements = asked.map(([idle, countdown]) => {
          const el = document.createElement('advocacy-explainer') as AdvocacyElement;
          el.setAttribute('kiosk', '');
          el.setAttribute('idle-seconds', idle);
          el.setAttribute('idle-countdown', countdown);
          return el;
        });
        try {
          for (const el of elements) join(el, () => undefined);
          expect(idleSeconds()).to.be.within(RANGES['idle-seconds'].min, RANGES['idle-seconds'].max);
          expect(countdownSeconds()).to.be.within(RANGES['idle-countdown'].min, RANGES['idle-countdown'].max);
          const before = watch.warnings.length;
          idleSeconds();
          countdownSeconds();
          expect(watch.warnings.length, 'warned once, not on every tick').to.equal(before);
        } finally {
          for (const el of elements) leave(el);
        }
      }),
      { numRuns: 300 },
    );
    expect(watch.errors).to.deep.equal([]);
  });

  it('<advocacy-contact-card timeout> above 2^31-1 still waits for src', async () => {
    watch.files.set('/slow-providers.json', JSON.stringify({ name: 'Slow Advocacy', phone: '0300 123 4567' }));
    // A server that answers after 50 ms: a timer past setTimeout's limit would fire at once.
    const quick = window.fetch.bind(window);
    window.fetch = (input, init) => new Promise((resolve) => setTimeout(resolve, 50)).then(() => quick(input, init));
    const el = document.createElement('advocacy-contact-card');
    el.setAttribute('timeout', String(2 ** 31 + 5));
    el.setAttribute('src', '/slow-providers.json');
    main.append(el);
    try {
      await settle(el);
      expect(el.shadowRoot!.textContent, 'not aborted at once').to.contain('Slow Advocacy');
      expect(watch.warnings.some((w) => w.includes('timeout="2147483653"'))).to.equal(true);
    } finally {
      el.remove();
      window.fetch = quick;
      watch.files.delete('/slow-providers.json');
    }
  });
});
