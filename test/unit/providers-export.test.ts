import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { boundedJsonLd, JSON_LD_LIMITS, jsonLdText, toJsonLd } from '../../src/providers/jsonld.js';
import type { Provider } from '../../src/providers/model.js';
import { readProviders } from '../../src/providers/read.js';
import { escapeVCard, foldLine, toVCard } from '../../src/providers/vcard.js';

function provider(input: Record<string, unknown>): Provider {
  const { providers } = readProviders({
    name: 'ONE Advocacy Derby',
    phone: '01332 228748',
    ...input,
  });
  return providers[0];
}

/** Undoes folding: a CRLF followed by one space joins the lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeVCard', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['windows\r\nline', 'windows\\nline'],
    ['\\,;', '\\\\\\,\\;'],
  ];
  for (const [value, expected] of cases) {
    it(`escapes ${JSON.stringify(value)}`, () => {
      expect(escapeVCard(value)).to.equal(expected);
    });
  }
});

describe('foldLine', () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;

  it('leaves a short line alone', () => {
    expect(foldLine('FN:Short')).to.equal('FN:Short');
  });

  it('folds at 75 octets, never inside a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `NOTE:${text}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).to.be.at.most(75);
          expect(part).not.to.match(/[\uD800-\uDBFF]$/); // no lone high surrogate at an end
        }
        expect(unfold(folded)).to.equal(line);
      }),
    );
  });
});

describe('toVCard', () => {
  it('writes a contact card with CRLF line endings', () => {
    const card = toVCard(
      provider({
        sms: '07700 900123',
        relayUk: true,
        email: 'help@derby.example',
        website: 'https://derby.example/',
        address: { lines: ['Sinfin Library', 'Arleston Lane'], postcode: 'DE24 3DS' },
        languages: ['en', 'cy', 'BSL'],
        lastChecked: '2026-11-26',
      }),
    );
    expect(card.endsWith('\r\n')).to.equal(true);
    expect(card.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(unfold(card).split('\r\n')).to.deep.equal([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:org',
      'FN:ONE Advocacy Derby',
      'ORG:ONE Advocacy Derby',
      'TEL;VALUE=uri;TYPE=voice:tel:+441332228748',
      'TEL;VALUE=uri;TYPE=text:tel:+447700900123',
      'TEL;VALUE=uri;TYPE=textphone:tel:1800101332228748',
      'EMAIL:help@derby.example',
      'URL:https://derby.example/',
      'ADR;TYPE=work:;;Sinfin Library,Arleston Lane;;;DE24 3DS;',
      'LANG:en',
      'LANG:cy',
      'REV:20261126T000000Z',
      'END:VCARD',
      '',
    ]);
  });

  it('escapes commas, semicolons, backslashes and new lines in text', () => {
    const card = unfold(
      toVCard(
        provider({
          name: 'Advice, Advocacy; and \\ more',
          address: { lines: ['Unit 1; Block 2'] },
        }),
      ),
    );
    expect(card).to.contain('FN:Advice\\, Advocacy\\; and \\\\ more\r\n');
    expect(card).to.contain('ADR;TYPE=work:;;Unit 1\\; Block 2;;;;\r\n');
  });

  it('folds a long name', () => {
    const card = toVCard(provider({ name: 'Gwasanaeth Eiriolaeth Annibynnol '.repeat(4).trim() }));
    for (const line of card.split('\r\n'))
      expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(unfold(card)).to.contain(
      `FN:${'Gwasanaeth Eiriolaeth Annibynnol '.repeat(4).trim()}\r\n`,
    );
  });
});

describe('toJsonLd', () => {
  it('describes a GovernmentService with its provider, areas, channel and hours', () => {
    const p = provider({
      organisation: 'Citizens Advice and Law Centre',
      services: ['imca', 'imha'],
      areas: ['Derby'],
      referralUrl: 'https://derby.example/refer',
      address: { lines: ['Sinfin Library', 'Arleston Lane'], postcode: 'DE24 3DS' },
      hours: 'Mon-Thu 9:00-17:00; Fri 9:00-16:30; Sat 22:00-24:00',
      languages: ['en', 'cy'],
    });
    expect(toJsonLd(p, { imca: 'Independent Mental Capacity Advocate' })).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'ONE Advocacy Derby',
      provider: {
        '@type': 'Organization',
        name: 'Citizens Advice and Law Centre',
        telephone: '+441332228748',
      },
      serviceType: ['Independent Mental Capacity Advocate'],
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Derby' }],
      availableChannel: {
        '@type': 'ServiceChannel',
        servicePhone: {
          '@type': 'ContactPoint',
          telephone: '+441332228748',
          availableLanguage: ['en', 'cy'],
        },
        serviceUrl: 'https://derby.example/refer',
        serviceLocation: {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'GB',
            streetAddress: 'Sinfin Library, Arleston Lane',
            postalCode: 'DE24 3DS',
          },
        },
      },
      hoursAvailable: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: [
            'https://schema.org/Monday',
            'https://schema.org/Tuesday',
            'https://schema.org/Wednesday',
            'https://schema.org/Thursday',
          ],
          opens: '09:00',
          closes: '17:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Friday'],
          opens: '09:00',
          closes: '16:30',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Saturday'],
          opens: '22:00',
          closes: '23:59',
        },
      ],
    });
  });

  it('leaves out what the provider does not have', () => {
    const ld = toJsonLd(provider({ phone: undefined, website: 'https://derby.example/' }));
    expect(ld).not.to.have.any.keys('serviceType', 'areaServed', 'hoursAvailable');
    expect(ld.availableChannel).to.deep.equal({
      '@type': 'ServiceChannel',
      serviceUrl: 'https://derby.example/',
    });
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element it is written into', () => {
    const ld = toJsonLd(provider({ name: '</script><script>alert(1)</script>' }));
    const text = jsonLdText(ld);
    expect(text).not.to.contain('<');
    expect((JSON.parse(text) as { name: string }).name).to.equal(
      '</script><script>alert(1)</script>',
    );
  });
});

describe('boundedJsonLd', () => {
  const full = (i: number) =>
    provider({
      id: `p${i}`,
      name: `Provider ${i} ${'n'.repeat(130)}`,
      areas: Array.from({ length: 50 }, (_, a) => `Area ${a} ${'x'.repeat(90)}`),
      languages: Array.from({ length: 50 }, (_, l) => `Language ${l} ${'y'.repeat(80)}`),
    });

  it('describes one provider as one object, and a few as a list', () => {
    expect(JSON.parse(boundedJsonLd([provider({})]))).to.have.property(
      '@type',
      'GovernmentService',
    );
    const two = JSON.parse(
      boundedJsonLd([provider({ id: 'a' }), provider({ id: 'b' })]),
    ) as unknown[];
    expect(two).to.have.length(2);
  });

  it(`stays within ${JSON_LD_LIMITS.chars} characters and ${JSON_LD_LIMITS.providers} providers, however large the list`, () => {
    const many = Array.from({ length: 200 }, (_, i) => full(i));
    const text = boundedJsonLd(many);
    expect(text.length).to.be.at.most(JSON_LD_LIMITS.chars);
    const things = JSON.parse(text) as { name: string }[];
    expect(things.length).to.be.within(1, JSON_LD_LIMITS.providers);
    expect(things[0].name).to.equal(many[0].name);
    const small = Array.from({ length: 200 }, (_, i) => provider({ id: `s${i}` }));
    expect(JSON.parse(boundedJsonLd(small))).to.have.length(JSON_LD_LIMITS.providers);
  });

  it('cannot end the script element it is written into', () => {
    expect(
      boundedJsonLd([provider({ name: '</script><script>alert(1)</script>' })]),
    ).not.to.include('<');
  });
});
