import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ADVOCACY_KIND_IDS } from '../../src/knowledge/ids.js';
import type { Problem, Provider } from '../../src/providers/model.js';
import {
  FIELDS,
  LIMITS,
  filterProviders,
  readAttributes,
  readProviders,
} from '../../src/providers/read.js';

const codes = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.code}`);
const one = (json: unknown) => {
  const result = readProviders(json);
  return { provider: result.providers[0], problems: codes(result.problems) };
};
const fetchJson = async (path: string): Promise<unknown> =>
  (await fetch(new URL(path, import.meta.url))).json();

const DERBY = {
  name: 'ONE Advocacy Derby',
  phone: '01332 228748',
  services: ['imca', 'imha'],
  areas: ['Derby'],
};

describe('readProviders: shapes of our format', () => {
  const cases: { name: string; json: unknown; count: number }[] = [
    { name: 'one object', json: DERBY, count: 1 },
    { name: 'an array', json: [DERBY, { ...DERBY, name: 'Derbyshire Mind' }], count: 2 },
    {
      name: '{ providers: [...] } with a note',
      json: { _note: 'x', providers: [DERBY] },
      count: 1,
    },
    { name: 'JSON text', json: JSON.stringify({ providers: [DERBY] }), count: 1 },
    { name: 'an empty list', json: [], count: 0 },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const result = readProviders(c.json);
      expect(result.providers.length).to.equal(c.count);
      expect(result.problems).to.deep.equal([]);
    });
  }

  const bad: { name: string; json: unknown; problems: string[] }[] = [
    { name: 'text that is not JSON', json: '{ name: ', problems: [':invalid-json'] },
    { name: 'a number', json: 42, problems: [':unknown-format'] },
    { name: 'null', json: null, problems: [':unknown-format'] },
    {
      name: 'providers that is not a list',
      json: { providers: {} },
      problems: ['providers:wrong-type'],
    },
    { name: 'a list item that is not an object', json: [DERBY, 'x'], problems: [':wrong-type'] },
  ];
  for (const c of bad) {
    it(`reports ${c.name}`, () => {
      expect(codes(readProviders(c.json).problems)).to.deep.equal(c.problems);
    });
  }

  it('caps the number of providers', () => {
    const result = readProviders(Array(5).fill(DERBY), { maxProviders: 3 });
    expect(result.providers.length).to.equal(3);
    expect(codes(result.problems)).to.include(':too-many');
  });

  it('makes ids from names and keeps them unique', () => {
    const result = readProviders([DERBY, DERBY, { ...DERBY, name: 'Gwasanaeth Eiriolaeth Môn' }]);
    expect(result.providers.map((p) => p.id)).to.deep.equal([
      'one-advocacy-derby',
      'one-advocacy-derby-2',
      'gwasanaeth-eiriolaeth-mon',
    ]);
    expect(codes(result.problems)).to.deep.equal(['id:duplicate-id']);
    expect(result.problems[0].index).to.equal(1);
  });
});

describe('readProviders: each field', () => {
  const cases: {
    name: string;
    input: Record<string, unknown>;
    check: (p: Provider) => unknown;
    problems?: string[];
  }[] = [
    {
      name: 'trims and tidies text',
      input: { name: '  ONE\n Advocacy\tDerby  ' },
      check: (p) => expect(p.name).to.equal('ONE Advocacy Derby'),
    },
    {
      name: 'shortens long text',
      input: { name: 'A'.repeat(500) },
      check: (p) => expect(p.name.length).to.equal(150),
      problems: ['name:too-long'],
    },
    {
      name: 'drops a name that is not text, and the provider with it',
      input: { name: 42 },
      check: () => undefined,
      problems: ['name:wrong-type', 'name:no-name'],
    },
    {
      name: 'keeps known services, drops unknown ones',
      input: { services: ['imha', 'IMCA', 'witchcraft', 'imha'] },
      check: (p) => expect(p.services).to.deep.equal(['imha', 'imca']),
      problems: ['services:unknown-service'],
    },
    {
      name: 'reads services from text',
      input: { services: 'imha, imca care-act' },
      check: (p) => expect(p.services).to.deep.equal(['imha', 'imca', 'care-act']),
    },
    {
      name: 'reads nations, forgiving spaces and capitals',
      input: { nations: ['England', 'Northern Ireland', 'Narnia'] },
      check: (p) => expect(p.nations).to.deep.equal(['england', 'northern-ireland']),
      problems: ['nations:unknown-nation'],
    },
    {
      name: 'reads areas from a list or from text, without repeats',
      input: { areas: 'Derby, Derbyshire; Derby' },
      check: (p) => expect(p.areas).to.deep.equal(['Derby', 'Derbyshire']),
    },
    {
      name: 'formats the phone numbers',
      input: { phone: '+44 (0)1332 228748', sms: '07700900123', textphone: '0808 157 0000' },
      check: (p) => {
        expect(p.phone).to.deep.equal({ display: '01332 228748', href: 'tel:+441332228748' });
        expect(p.sms?.display).to.equal('07700 900123');
        expect(p.textphone?.href).to.equal('tel:+448081570000');
      },
    },
    {
      name: 'drops a phone number that is not a UK number',
      input: { phone: '+1 202 555 0100', email: 'a@b.example' },
      check: (p) => expect(p).not.to.have.property('phone'),
      problems: ['phone:invalid-phone'],
    },
    {
      name: 'drops a phone number given as a number',
      input: { phone: 1332228748, email: 'a@b.example' },
      check: (p) => expect(p).not.to.have.property('phone'),
      problems: ['phone:wrong-type'],
    },
    {
      name: 'relayUk: true dials the main number through Relay UK',
      input: { relayUk: true },
      check: (p) => expect(p.relayUk?.display).to.equal('18001 01332 228748'),
    },
    {
      name: 'relayUk as a number',
      input: { relayUk: '0800 123 4567' },
      check: (p) => expect(p.relayUk?.href).to.equal('tel:1800108001234567'),
    },
    {
      name: 'relayUk: true without a phone number',
      input: { phone: undefined, relayUk: true, email: 'a@b.example' },
      check: (p) => expect(p).not.to.have.property('relayUk'),
      problems: ['relayUk:relay-without-phone'],
    },
    {
      name: 'checks the email address',
      input: { email: ' mailto:Help@Mind.example ' },
      check: (p) => expect(p.email).to.equal('Help@Mind.example'),
    },
    {
      name: 'drops an email address that could add to a mailto: link',
      input: { email: 'help@mind.example?bcc=everyone@evil.example' },
      check: (p) => expect(p).not.to.have.property('email'),
      problems: ['email:invalid-email'],
    },
    {
      name: 'normalises links',
      input: { website: 'www.mind.example', referralUrl: 'mailto:refer@mind.example' },
      check: (p) => {
        expect(p.website).to.equal('https://www.mind.example/');
        expect(p.referralUrl).to.equal('mailto:refer@mind.example');
      },
    },
    {
      name: 'drops unsafe links',
      input: { website: 'javascript:alert(1)', referralUrl: 'data:text/html,x', mapUrl: 'tel:123' },
      check: (p) => {
        expect(p).not.to.have.property('website');
        expect(p).not.to.have.property('referralUrl');
        expect(p).not.to.have.property('mapUrl');
      },
      problems: ['website:unsafe-url', 'referralUrl:unsafe-url', 'mapUrl:unsafe-url'],
    },
    {
      name: 'reads an address object',
      input: { address: { lines: ['Sinfin Library', 'Arleston Lane'], postcode: 'de243ds' } },
      check: (p) =>
        expect(p.address).to.deep.equal({
          lines: ['Sinfin Library', 'Arleston Lane'],
          postcode: 'DE24 3DS',
        }),
    },
    {
      name: 'finds the postcode at the end of an address string',
      input: { address: 'Sinfin Library, Arleston Lane, Derby DE24 3DS' },
      check: (p) =>
        expect(p.address).to.deep.equal({
          lines: ['Sinfin Library', 'Arleston Lane', 'Derby'],
          postcode: 'DE24 3DS',
        }),
    },
    {
      name: 'drops a postcode that is not a UK postcode',
      input: { address: { lines: ['1 High Street'], postcode: '90210' } },
      check: (p) => expect(p.address).to.deep.equal({ lines: ['1 High Street'] }),
      problems: ['address:invalid-postcode'],
    },
    {
      name: 'reads hours in our format',
      input: { hours: { monday: [['09:00', '17:00']] } },
      check: (p) => expect(p.hours?.monday).to.deep.equal([['09:00', '17:00']]),
    },
    {
      name: 'drops hours it cannot read, all of them',
      input: { hours: 'Mon-Fri 9-5' },
      check: (p) => expect(p).not.to.have.property('hours'),
      problems: ['hours:invalid-hours'],
    },
    {
      name: 'reads who can refer, leaving out what is not said',
      input: { whoCanRefer: { self: true, professional: false, friends: true } },
      check: (p) => expect(p.whoCanRefer).to.deep.equal({ self: true, professional: false }),
      problems: ['whoCanRefer:invalid-value'],
    },
    {
      name: 'reads languages: tags made canonical, names kept',
      input: { languages: ['en-gb', 'cy', 'pa-guru', 'BSL', 'Polish', 'EN'] },
      check: (p) =>
        expect(p.languages).to.deep.equal(['en-GB', 'cy', 'pa-Guru', 'BSL', 'Polish', 'EN']),
    },
    {
      name: 'reads the single point of access and its note',
      input: { singlePointOfAccess: true, singlePointOfAccessNote: 'One number for all advocacy.' },
      check: (p) => {
        expect(p.singlePointOfAccess).to.equal(true);
        expect(p.singlePointOfAccessNote).to.equal('One number for all advocacy.');
      },
    },
    {
      name: 'drops a boolean given as text',
      input: { singlePointOfAccess: 'yes', referralHelpByPhone: 1 },
      check: (p) => {
        expect(p.singlePointOfAccess).to.equal(false);
        expect(p.referralHelpByPhone).to.equal(false);
      },
      problems: ['referralHelpByPhone:wrong-type', 'singlePointOfAccess:wrong-type'],
    },
    {
      name: 'reads lastChecked, also from a date-time',
      input: { lastChecked: '2026-11-26T10:00:00Z' },
      check: (p) => expect(p.lastChecked).to.equal('2026-11-26'),
    },
    {
      name: 'drops a date that does not exist',
      input: { lastChecked: '2026-02-30' },
      check: (p) => expect(p).not.to.have.property('lastChecked'),
      problems: ['lastChecked:invalid-date'],
    },
    {
      name: 'drops a date in another format',
      input: { lastChecked: '26/11/2026' },
      check: (p) => expect(p).not.to.have.property('lastChecked'),
      problems: ['lastChecked:invalid-date'],
    },
    {
      name: 'ignores comments, reports unknown fields',
      input: { _comment: 'x', $schema: 'y', telephone: '01332 228748' },
      check: (p) => expect(p).not.to.have.property('telephone'),
      problems: ['telephone:unknown-field'],
    },
    {
      name: 'treats null as not given',
      input: { email: null, website: null, hours: null, address: null },
      check: (p) => expect(p).not.to.have.property('email'),
    },
    {
      name: 'reports a provider nobody can contact',
      input: { phone: undefined },
      check: (p) => expect(p.name).to.equal('ONE Advocacy Derby'),
      problems: ['phone:no-contact'],
    },
    {
      name: 'reports a list that is too long',
      input: { areas: Array.from({ length: 60 }, (_, i) => `Area ${i}`) },
      check: (p) => expect(p.areas.length).to.equal(50),
      problems: ['areas:too-many'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { provider, problems } = one({ ...DERBY, ...c.input });
      expect(problems).to.deep.equal(c.problems ?? []);
      if (provider) c.check(provider);
      if (provider) expect(codes(provider.problems)).to.deep.equal(c.problems ?? []);
    });
  }

  it('caps the problems of one provider, keeping no-contact', () => {
    const input: Record<string, unknown> = { name: 'Typo Trust' };
    for (let i = 0; i < 200; i += 1) input[`field${i}`] = i;
    const { problems } = readProviders(input);
    expect(problems.length).to.equal(51);
    expect(problems[50]?.code).to.equal('no-contact');
  });

  it('puts the provider’s index on each problem', () => {
    const result = readProviders([DERBY, { name: 'B', phone: 'nope', email: 'b@b.example' }]);
    expect(result.problems).to.deep.equal([
      { code: 'invalid-phone', field: 'phone', index: 1, value: 'nope' },
    ]);
  });

  it('resolves relative links against the base given, on the same site only', () => {
    const { providers, problems } = readProviders(
      { ...DERBY, referralUrl: 'refer.html', website: '//evil.example/' },
      { baseUrl: 'https://council.example/data/providers.json' },
    );
    expect(providers[0].referralUrl).to.equal('https://council.example/data/refer.html');
    expect(codes(problems)).to.deep.equal(['website:unsafe-url']);
  });
});

describe('readProviders: hostile text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    "'; DROP TABLE providers; --",
    '&lt;b&gt;bold&lt;/b&gt;',
    'Ynys Môn — 🧑‍🦽 Cymorth',
  ];
  const TEXT_FIELDS = ['name', 'alert', 'singlePointOfAccessNote'] as const;
  for (const value of hostile) {
    it(`keeps ${JSON.stringify(value)} as plain text in every text field`, () => {
      const input: Record<string, unknown> = { ...DERBY, areas: [value], languages: [value] };
      for (const field of TEXT_FIELDS) input[field] = value;
      input.organisation = `${value} Trust`;
      input.address = { lines: [value] };
      const { provider, problems } = one(input);
      expect(problems).to.deep.equal([]);
      for (const field of TEXT_FIELDS) expect(provider[field]).to.equal(value);
      expect(provider.organisation).to.equal(`${value} Trust`);
      expect(provider.areas).to.deep.equal([value]);
      expect(provider.languages).to.deep.equal([value]);
      expect(provider.address!.lines).to.deep.equal([value]);
    });
  }

  it('drops hostile values from every link, phone and email field', () => {
    const bad = 'javascript:alert(document.cookie)';
    const { provider, problems } = one({
      ...DERBY,
      phone: bad,
      sms: bad,
      textphone: bad,
      relayUk: bad,
      email: bad,
      website: bad,
      referralUrl: bad,
      mapUrl: bad,
    });
    const { problems: reported, ...fields } = provider;
    expect(JSON.stringify(fields)).not.to.contain('javascript');
    expect(reported.every((p) => p.code === 'no-contact' || p.value === bad)).to.equal(true);
    expect(problems).to.have.members([
      'phone:invalid-phone',
      'sms:invalid-phone',
      'textphone:invalid-phone',
      'relayUk:invalid-phone',
      'email:invalid-email',
      'website:unsafe-url',
      'referralUrl:unsafe-url',
      'mapUrl:unsafe-url',
      'phone:no-contact',
    ]);
  });
});

describe('readProviders: Open Referral UK', () => {
  const today = '2026-11-26';
  const service = {
    id: 'ac148810-d857-441c-9679-408f346de14b',
    name: 'Independent Mental Health Advocacy',
    url: 'https://mind.example/imha',
    email: 'imha@mind.example',
    status: 'active',
    alert: 'Referrals are slower over Christmas.',
    assured_date: '2026-11-01',
    organization: { id: 'o1', name: 'Derbyshire Mind', website: 'https://mind.example' },
    phones: [
      { id: 'p1', number: '01332 623732' },
      { id: 'p2', number: '07700 900123', description: 'Text us' },
      { id: 'p3', number: '0808 157 0000', description: 'Textphone' },
    ],
    service_areas: [{ id: 'a1', service_area: 'Derbyshire' }],
    languages: [{ id: 'l1', language: 'English' }],
    service_at_locations: [
      {
        id: 's1',
        location: {
          id: 'loc1',
          name: 'Mind Centre',
          physical_addresses: [
            { id: 'ad1', address_1: '1 Example Street', city: 'Derby', postal_code: 'DE1 1AA' },
          ],
        },
      },
    ],
    regular_schedules: [
      { id: 'r1', weekday: 'Monday', opens_at: '09:00', closes_at: '17:00' },
      { id: 'r2', weekday: 'Friday', opens_at: '09:00', closes_at: '16:30' },
    ],
  };
  const expected: Partial<Provider> = {
    id: 'ac148810-d857-441c-9679-408f346de14b',
    name: 'Independent Mental Health Advocacy',
    organisation: 'Derbyshire Mind',
    services: ['imha'],
    areas: ['Derbyshire'],
    phone: { display: '01332 623732', href: 'tel:+441332623732' },
    sms: { display: '07700 900123', href: 'tel:+447700900123' },
    textphone: { display: '0808 157 0000', href: 'tel:+448081570000' },
    email: 'imha@mind.example',
    website: 'https://mind.example/imha',
    address: { lines: ['Mind Centre', '1 Example Street', 'Derby'], postcode: 'DE1 1AA' },
    languages: ['English'],
    alert: 'Referrals are slower over Christmas.',
    lastChecked: '2026-11-01',
  };

  it('maps a full service record (v1 field names)', () => {
    const { providers, problems } = readProviders(service, { today, orukServices: ['imha'] });
    expect(problems).to.deep.equal([]);
    expect(providers[0]).to.include(
      Object.fromEntries(Object.entries(expected).filter(([, v]) => typeof v !== 'object')),
    );
    for (const [key, value] of Object.entries(expected))
      expect(providers[0]).to.have.deep.property(key, value);
    expect(providers[0].hours!.monday).to.deep.equal([['09:00', '17:00']]);
    expect(providers[0].hours!.friday).to.deep.equal([['09:00', '16:30']]);
    expect(providers[0].hours!.tuesday).to.deep.equal([]);
  });

  it('maps a v3 service (schedules, addresses, service area names, language codes)', () => {
    const v3 = {
      id: 'svc-3',
      name: 'Care Act advocacy',
      status: 'active',
      last_modified: '2026-10-01T10:30:45.123Z',
      organization: { id: 'o2', name: 'Example Advocacy', email: 'hello@advocacy.example' },
      contacts: [
        { id: 'c1', name: 'Reception', phones: [{ id: 'p', number: '+44 20 7946 0000' }] },
      ],
      service_areas: [{ id: 'a', name: 'Westminster' }],
      languages: [{ id: 'l', name: 'Welsh', code: 'cy' }],
      schedules: [
        { id: 's', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '10:00:00', closes_at: '18:00:00' },
      ],
      service_at_locations: [
        {
          id: 'sal',
          location: {
            id: 'l',
            addresses: [
              {
                id: 'x',
                address_1: 'PO Box 1',
                city: 'London',
                postal_code: 'W1A 1AA',
                address_type: 'postal',
              },
              {
                id: 'y',
                address_1: '2 Example Road',
                city: 'London',
                postal_code: 'SW1A 2AA',
                address_type: 'physical',
              },
            ],
          },
        },
      ],
    };
    const { providers, problems } = readProviders({ contents: [v3] }, { today });
    const p = providers[0];
    expect(problems).to.deep.equal([]);
    expect(p.phone?.display).to.equal('020 7946 0000');
    expect(p.email).to.equal('hello@advocacy.example');
    expect(p.areas).to.deep.equal(['Westminster']);
    expect(p.languages).to.deep.equal(['cy']);
    expect(p.address).to.deep.equal({ lines: ['2 Example Road', 'London'], postcode: 'SW1A 2AA' });
    expect(p.hours!.tuesday).to.deep.equal([['10:00', '18:00']]);
    expect(p.lastChecked).to.equal('2026-10-01');
    expect(p.services).to.deep.equal([]);
  });

  it('unwraps a service-at-location record', () => {
    const { providers } = readProviders(
      { id: 'sal', service, location: service.service_at_locations[0].location },
      { today },
    );
    expect(providers[0].name).to.equal('Independent Mental Health Advocacy');
    expect(providers[0].address!.postcode).to.equal('DE1 1AA');
  });

  it('reads a Relay UK number from its description', () => {
    const record = {
      ...service,
      phones: [{ id: 'r', number: '18001 01332 623732', description: 'Relay UK' }],
    };
    expect(readProviders(record, { today }).providers[0].relayUk?.display).to.equal(
      '18001 01332 623732',
    );
  });

  it('falls back to the organisation’s website, and its name when the service has none', () => {
    const record = {
      organization: { name: 'Derbyshire Mind', website: 'https://mind.example' },
      phones: [{ number: '01332 623732' }],
    };
    const p = readProviders(record, { today }).providers[0];
    expect(p.name).to.equal('Derbyshire Mind');
    expect(p).not.to.have.property('organisation');
    expect(p.website).to.equal('https://mind.example/');
  });

  it('checks Open Referral values like any other', () => {
    const record = {
      ...service,
      url: 'javascript:alert(1)',
      phones: [{ number: 'ring us' }],
      email: 'nope',
    };
    const problems = codes(readProviders(record, { today }).problems);
    expect(problems).to.include.members([
      'website:unsafe-url',
      'phone:invalid-phone',
      'email:invalid-email',
    ]);
  });

  it('reports unsupported and unreadable schedules', () => {
    const record = {
      ...service,
      regular_schedules: [
        { byday: '1MO', freq: 'MONTHLY', opens_at: '09:00', closes_at: '12:00' },
        { byday: 'TU', opens_at: '09:00', closes_at: '12:00' },
      ],
    };
    expect(codes(readProviders(record, { today }).problems)).to.deep.equal([
      'hours:unsupported-schedule',
    ]);
    const broken = {
      ...service,
      regular_schedules: [{ byday: 'TU', opens_at: 'soon', closes_at: '12:00' }],
    };
    const result = readProviders(broken, { today });
    expect(codes(result.problems)).to.deep.equal(['hours:invalid-hours']);
    expect(result.providers[0]).not.to.have.property('hours');
  });

  it('reads the demo Open Referral file with no problems', async () => {
    const json = await fetchJson('../../demo/providers.oruk.example.json');
    const { providers, problems } = readProviders(json, {
      orukServices: ['imca', 'imha', 'care-act'],
    });
    expect(problems).to.deep.equal([]);
    expect(providers[0]).to.deep.include({
      name: 'ONE Advocacy Derby',
      phone: { display: '01332 228748', href: 'tel:+441332228748' },
      address: {
        lines: ['Sinfin Library', 'Sinfin District Centre', 'Arleston Lane'],
        postcode: 'DE24 3DS',
      },
      areas: ['Derby'],
      lastChecked: '2026-11-26',
    });
  });
});

describe('readAttributes', () => {
  it('reads every attribute the element has', () => {
    const { providers, problems } = readAttributes({
      name: 'ONE Advocacy Derby',
      phone: '01332 228748',
      textphone: '0808 157 0000',
      email: 'help@derby.example',
      website: 'https://derby.example',
      'referral-url': 'https://derby.example/refer',
      address: 'Sinfin Library, Sinfin District Centre, Arleston Lane, DE24 3DS',
      hours: 'Mon-Fri 9:00-17:00',
      services: 'imca imha care-act',
      areas: 'Derby',
      languages: 'en, cy',
      'relay-uk': '',
      'referral-help-by-phone': '',
      'who-can-refer': 'self professional',
      'last-checked': '2026-11-26',
      class: 'ignored',
    });
    expect(problems).to.deep.equal([]);
    const p = providers[0];
    expect(p.referralUrl).to.equal('https://derby.example/refer');
    expect(p.address).to.deep.equal({
      lines: ['Sinfin Library', 'Sinfin District Centre', 'Arleston Lane'],
      postcode: 'DE24 3DS',
    });
    expect(p.services).to.deep.equal(['imca', 'imha', 'care-act']);
    expect(p.relayUk?.display).to.equal('18001 01332 228748');
    expect(p.referralHelpByPhone).to.equal(true);
    expect(p.whoCanRefer).to.deep.equal({ self: true, professional: true });
    expect(p.hours!.friday).to.deep.equal([['09:00', '17:00']]);
  });

  it('reports a missing name and leaves the provider out', () => {
    const { providers, problems } = readAttributes({ name: null, phone: '01332 228748' });
    expect(providers).to.deep.equal([]);
    expect(codes(problems)).to.deep.equal(['name:no-name']);
  });

  it('never throws on odd attribute values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.option(fc.string(), { nil: null })), (attrs) => {
        readAttributes(attrs);
      }),
    );
  });
});

describe('filterProviders', () => {
  const { providers } = readProviders([
    { name: 'A', phone: '01332 228748', services: ['imha'], areas: ['Derby', 'Ynys Môn'] },
    { name: 'B', phone: '01332 228748', services: ['imca'], areas: ['Derbyshire'] },
    { name: 'C', phone: '01332 228748', services: ['imha', 'imca'] },
  ]);
  const cases: { name: string; filter: { service?: string; area?: string }; expected: string[] }[] =
    [
      { name: 'no filter', filter: {}, expected: ['A', 'B', 'C'] },
      { name: 'a service', filter: { service: 'imca' }, expected: ['B', 'C'] },
      { name: 'an area, any case, trimmed', filter: { area: '  derby ' }, expected: ['A'] },
      { name: 'an area without its accent', filter: { area: 'ynys mon' }, expected: ['A'] },
      {
        name: 'a service and an area',
        filter: { service: 'imca', area: 'Derbyshire' },
        expected: ['B'],
      },
      { name: 'an area nobody serves', filter: { area: 'Leeds' }, expected: [] },
    ];
  for (const c of cases) {
    it(`filters by ${c.name}`, () => {
      expect(filterProviders(providers, c.filter).map((p) => p.name)).to.deep.equal(c.expected);
    });
  }
});

describe('readProviders: examples', () => {
  it('reads the schema’s example with no problems', async () => {
    const schema = (await fetchJson('../../docs/providers.schema.json')) as { examples: unknown[] };
    const { providers, problems } = readProviders(schema.examples[0]);
    expect(problems).to.deep.equal([]);
    const p = providers[0];
    for (const field of [
      'phone',
      'sms',
      'textphone',
      'relayUk',
      'email',
      'website',
      'referralUrl',
      'mapUrl',
      'address',
      'hours',
      'alert',
      'lastChecked',
    ]) {
      expect(p, field).to.have.property(field);
    }
  });

  it('reads the example in docs/providers.md with no problems', async () => {
    const markdown = await (
      await fetch(new URL('../../docs/providers.md', import.meta.url))
    ).text();
    const block = /```json\n([\s\S]*?)```/.exec(markdown)![1];
    const { providers, problems } = readProviders(block);
    expect(problems).to.deep.equal([]);
    expect(providers.length).to.be.greaterThan(0);
  });

  it('reads the demo file: only the provider with no contact details is reported', async () => {
    const json = (await fetchJson('../../demo/providers.example.json')) as { _note: string };
    expect(json._note).to.match(/example/i);
    const { providers, problems } = readProviders(json);
    expect(providers.map((p) => p.name)).to.deep.equal([
      'ONE Advocacy Derby',
      'Derbyshire Mind',
      'The Advocacy Project',
    ]);
    expect(problems).to.deep.equal([{ code: 'no-contact', field: 'phone', index: 2 }]);
    for (const p of providers) expect(p.lastChecked).to.match(/^\d{4}-\d\d-\d\d$/);
  });
});

describe('readProviders: never throws, and nothing unsafe survives', () => {
  const unsafe = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example',
      '&#106;avascript:alert(1)',
      'https://ok.example',
      'www.ok.example',
      'mailto:a@b.example',
      'tel:+441332228748',
    ),
  );
  const field = fc.oneof(unsafe, fc.jsonValue({ maxDepth: 2 }), fc.array(unsafe, { maxLength: 3 }));
  const keys = [...FIELDS];
  const provider = fc.record(Object.fromEntries(keys.map((k) => [k, field])), { requiredKeys: [] });
  const orukish = fc.record(
    {
      name: fc.string(),
      url: unsafe,
      email: unsafe,
      phones: fc.array(fc.record({ number: unsafe, description: fc.string() }), { maxLength: 2 }),
      regular_schedules: fc.array(
        fc.record({
          weekday: fc.jsonValue(),
          opens_at: fc.string(),
          closes_at: fc.string(),
          byday: fc.string(),
        }),
        { maxLength: 2 },
      ),
      organization: fc.jsonValue({ maxDepth: 2 }),
      service_at_locations: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: [] },
  );

  function checkSafe(p: Provider) {
    for (const key of ['website', 'referralUrl', 'mapUrl'] as const) {
      const value = p[key];
      if (value === undefined) continue;
      expect(['http:', 'https:', 'mailto:']).to.include(new URL(value).protocol);
    }
    for (const key of ['phone', 'sms', 'textphone', 'relayUk'] as const) {
      if (p[key]) expect(p[key].href).to.match(/^tel:\+?\d+$/);
    }
    if (p.email) expect(p.email).to.match(/^[\w.+'-]+@[a-z\d.-]+$/i);
    expect(ADVOCACY_KIND_IDS).to.include.members(p.services);
    // No control characters in any text, anywhere.
    const texts: string[] = [];
    JSON.stringify(p, (_key, value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      return value;
    });
    for (const text of texts) expect(text).not.to.match(/\p{Cc}/u);
  }

  it('for anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const result = readProviders(json);
        expect(result.providers).to.be.an('array');
        expect(result.problems).to.be.an('array');
      }),
      { numRuns: 500 },
    );
  });

  it('for providers in our format with hostile values in every field', () => {
    fc.assert(
      fc.property(fc.array(provider, { maxLength: 3 }), (list) => {
        const { providers, problems } = readProviders({ providers: list });
        providers.forEach(checkSafe);
        for (const problem of problems) expect(problem.code).to.be.a('string');
      }),
      { numRuns: 500 },
    );
  });

  it('for Open Referral records with hostile values', () => {
    fc.assert(
      fc.property(orukish, (record) => {
        readProviders(record).providers.forEach(checkSafe);
      }),
      { numRuns: 500 },
    );
  });

  it('for JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        readProviders(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readProviders: bidirectional controls', () => {
  const CONTROLS = [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ];
  for (const control of CONTROLS) {
    const code = `U+${control.charCodeAt(0).toString(16).toUpperCase()}`;
    it(`removes ${code} from every text field, in our format and in attributes`, () => {
      const value = `${control}Ynys Môn${control} 0123`;
      const input: Record<string, unknown> = {
        ...DERBY,
        name: `ONE${control} Advocacy`,
        organisation: `Trust${control}`,
        alert: value,
        singlePointOfAccessNote: value,
        areas: [value],
        languages: [value],
        address: { lines: [value], postcode: `DE24${control} 3DS` },
        phone: `01332${control} 228748`,
        email: `hello${control}@example.org`,
      };
      const { provider } = one(input);
      expect(provider.name).to.equal('ONE Advocacy');
      expect(provider.organisation).to.equal('Trust');
      for (const text of [
        provider.alert,
        provider.singlePointOfAccessNote,
        provider.areas[0],
        provider.languages[0],
        provider.address!.lines[0],
      ]) {
        expect(text).to.equal('Ynys Môn 0123');
      }
      expect(provider.address!.postcode).to.equal('DE24 3DS');
      expect(provider.phone!.display).to.equal('01332 228748');
      expect(provider.email).to.equal('hello@example.org');
      const attrs = readAttributes({
        name: `ONE${control} Advocacy`,
        phone: '01332 228748',
        address: `1 High St${control}, DE24 3DS`,
      });
      expect(attrs.providers[0].name).to.equal('ONE Advocacy');
      expect(attrs.providers[0].address!.lines).to.deep.equal(['1 High St']);
    });

    it(`refuses a link hiding ${code}, rather than changing where it goes`, () => {
      const { provider, problems } = one({
        ...DERBY,
        website: `https://example.org/${control}exe.gpj`,
      });
      expect(provider.website).to.equal(undefined);
      expect(problems).to.include('website:unsafe-url');
    });
  }

  it('removes them from Open Referral UK records too', () => {
    const { provider } = one({
      id: 'x',
      name: 'Derby\u202E Advocacy',
      organization: { name: 'Trust' },
      phones: [{ number: '01332 228748' }],
    });
    expect(provider.name).to.equal('Derby Advocacy');
  });

  it('keeps no control in a problem shown to the editor', () => {
    const { problems } = readProviders({ ...DERBY, phone: 'call\u202E 999' });
    expect(problems.map((p) => p.value).join('')).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('readProviders: documented limits', () => {
  it('refuses a file larger than LIMITS.fileSize, and says so', () => {
    const big = JSON.stringify({ ...DERBY, _note: 'x'.repeat(LIMITS.fileSize) });
    const result = readProviders(big);
    expect(result.providers).to.deep.equal([]);
    expect(codes(result.problems)).to.deep.equal([':too-large']);
    expect(
      readProviders(JSON.stringify({ ...DERBY, _note: 'x'.repeat(1000) })).providers,
    ).to.have.length(1);
  });

  it(`reads at most ${LIMITS.providers} providers and ${LIMITS.list} services, areas or languages`, () => {
    const many = Array.from({ length: LIMITS.providers + 5 }, (_, i) => ({
      ...DERBY,
      id: `p${i}`,
    }));
    const result = readProviders(many);
    expect(result.providers).to.have.length(LIMITS.providers);
    expect(codes(result.problems)).to.include(':too-many');
    const areas = Array.from({ length: LIMITS.list + 1 }, (_, i) => `Area ${i}`);
    const { provider, problems } = one({ ...DERBY, areas });
    expect(provider.areas).to.have.length(LIMITS.list);
    expect(problems).to.include('areas:too-many');
  });

  it('shortens long text, and leaves out a link that is too long instead of shortening it', () => {
    const { provider, problems } = one({
      ...DERBY,
      name: 'N'.repeat(LIMITS.name + 10),
      alert: 'A'.repeat(LIMITS.text + 10),
      website: `https://example.org/${'a'.repeat(LIMITS.url)}`,
    });
    expect(provider.name).to.have.length(LIMITS.name);
    expect(provider.alert).to.have.length(LIMITS.text);
    expect(provider.website).to.equal(undefined);
    expect(problems).to.include.members(['name:too-long', 'alert:too-long', 'website:too-long']);
  });

  it(`refuses opening hours with more than ${LIMITS.rangesPerDay} times on one day`, () => {
    const ranges = Array.from({ length: LIMITS.rangesPerDay + 1 }, (_, i) => [
      `${String(i).padStart(2, '0')}:00`,
      `${String(i).padStart(2, '0')}:30`,
    ]);
    const { provider, problems } = one({ ...DERBY, hours: { monday: ranges } });
    expect(provider.hours).to.equal(undefined);
    expect(problems).to.include('hours:invalid-hours');
    expect(
      one({ ...DERBY, hours: { monday: ranges.slice(1) } }).provider.hours!.monday,
    ).to.have.length(LIMITS.rangesPerDay);
  });
});
