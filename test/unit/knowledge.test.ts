import { expect } from '@open-wc/testing';
import {
  ADVOCACY_KIND_IDS,
  ALL_SOURCES,
  KINDS,
  NATIONS,
  TOPICS,
  TOPIC_IDS,
  getKind,
  getTopic,
  kindsFor,
  sourcesOf,
  type AdvocacyKind,
  type KindText,
  type NationStatus,
  type Source,
  type Text,
  type Topic,
  type TopicText,
} from '../../src/knowledge/index.js';
import { checkKind, checkKnowledge, checkTopic, isIsoDate } from '../../src/knowledge/check.js';

// ---------------------------------------------------------------------------------------------
// Helpers: walk every piece of text, split sentences, count words.

type Register = 'standard' | 'easyRead';
/** `sentence`: a whole sentence or paragraph; `label`: a name or title; `intro`: a list's lead-in (either). */
interface Entry {
  path: string;
  register: Register;
  kind: 'sentence' | 'label' | 'intro';
  text: Text;
}

function kindTextEntries(prefix: string, register: Register, t: KindText): Entry[] {
  return [
    { path: `${prefix}.name`, register, kind: 'label', text: t.name },
    { path: `${prefix}.summary`, register, kind: 'sentence', text: t.summary },
    { path: `${prefix}.whoFor`, register, kind: 'sentence', text: t.whoFor },
    ...t.helpsWith.map((text, i): Entry => ({
      path: `${prefix}.helpsWith[${i}]`,
      register,
      kind: 'sentence',
      text,
    })),
    { path: `${prefix}.howToGet`, register, kind: 'sentence', text: t.howToGet },
    { path: `${prefix}.referral`, register, kind: 'sentence', text: t.referral },
  ];
}

function topicTextEntries(prefix: string, register: Register, t: TopicText): Entry[] {
  const entries: Entry[] = [{ path: `${prefix}.title`, register, kind: 'label', text: t.title }];
  t.blocks.forEach((block, b) => {
    if (block.type === 'paragraph') {
      entries.push({
        path: `${prefix}.blocks[${b}]`,
        register,
        kind: 'sentence',
        text: block.text,
      });
    } else {
      entries.push({
        path: `${prefix}.blocks[${b}].intro`,
        register,
        kind: 'intro',
        text: block.intro,
      });
      block.items.forEach((text, i) =>
        entries.push({
          path: `${prefix}.blocks[${b}].items[${i}]`,
          register,
          kind: 'sentence',
          text,
        }),
      );
    }
  });
  return entries;
}

function kindEntries(kind: AdvocacyKind): Entry[] {
  const entries = kindTextEntries(`${kind.id}.standard`, 'standard', kind.standard);
  if (kind.easyRead)
    entries.push(...kindTextEntries(`${kind.id}.easyRead`, 'easyRead', kind.easyRead));
  for (const nation of NATIONS) {
    const route = kind.nations[nation];
    const at = `${kind.id}.nations.${nation}`;
    if (route.localName)
      entries.push({
        path: `${at}.localName`,
        register: 'standard',
        kind: 'label',
        text: route.localName,
      });
    if (route.route)
      entries.push({
        path: `${at}.route`,
        register: 'standard',
        kind: 'sentence',
        text: route.route,
      });
    if (route.note)
      entries.push({
        path: `${at}.note`,
        register: 'standard',
        kind: 'sentence',
        text: route.note,
      });
    const easy = route.easyRead;
    if (easy?.localName)
      entries.push({
        path: `${at}.easyRead.localName`,
        register: 'easyRead',
        kind: 'label',
        text: easy.localName,
      });
    if (easy?.route)
      entries.push({
        path: `${at}.easyRead.route`,
        register: 'easyRead',
        kind: 'sentence',
        text: easy.route,
      });
    if (easy?.note)
      entries.push({
        path: `${at}.easyRead.note`,
        register: 'easyRead',
        kind: 'sentence',
        text: easy.note,
      });
  }
  return entries;
}

function topicEntries(topic: Topic): Entry[] {
  const entries = topicTextEntries(`topic ${topic.id}.standard`, 'standard', topic.standard);
  if (topic.easyRead)
    entries.push(...topicTextEntries(`topic ${topic.id}.easyRead`, 'easyRead', topic.easyRead));
  return entries;
}

const ALL_ENTRIES: Entry[] = [...KINDS.flatMap(kindEntries), ...TOPICS.flatMap(topicEntries)];

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}

/** Words per sentence, by register (docs: /work/shared/CONTENT.md). */
const MAX_WORDS: Record<Register, number> = { standard: 25, easyRead: 15 };

/** A deep copy of a kind with some fields replaced, for the broken-data cases. */
function brokenKind(
  base: AdvocacyKind,
  change: (k: Record<string, unknown>) => void,
): AdvocacyKind {
  const copy = {
    ...base,
    nations: Object.fromEntries(NATIONS.map((n) => [n, { ...base.nations[n] }])),
  } as unknown as Record<string, unknown>;
  change(copy);
  return copy as unknown as AdvocacyKind;
}

const imha = getKind('imha');
const sectorOnly: Source = {
  id: 'a-charity-page',
  title: 'A charity page',
  type: 'sector',
  checked: '2026-11-26',
};

// ---------------------------------------------------------------------------------------------

describe('knowledge', () => {
  describe('kinds', () => {
    it('has one kind per id, in the order of ADVOCACY_KIND_IDS', () => {
      const ids = KINDS.map((k) => k.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids).to.deep.equal([...ADVOCACY_KIND_IDS]);
    });

    for (const kind of KINDS) {
      describe(kind.id, () => {
        it('has a route for all four nations, and nothing else', () => {
          expect(Object.keys(kind.nations).sort()).to.deep.equal([...NATIONS].sort());
        });

        it('says who can refer', () => {
          const { self, family, professional } = kind.referral;
          expect(self || family || professional, 'at least one referral route').to.equal(true);
        });

        it('has a group that matches the law in its nations', () => {
          const rightSomewhere = NATIONS.some((n) => kind.nations[n].status === 'legal-right');
          expect(kind.group).to.equal(rightSomewhere ? 'legal-right' : 'other');
        });

        if (kind.acronym) {
          it(`expands its acronym ${kind.acronym} in the summary`, () => {
            expect(kind.standard.summary()).to.contain(`${kind.standard.name()} (${kind.acronym})`);
            expect(kind.standard.name()).not.to.contain(`(${kind.acronym})`);
          });
        }
      });
    }

    it('every legal-right kind has a nation where it is a legal right, resting on an Act', () => {
      const legal = KINDS.filter((k) => k.group === 'legal-right');
      expect(legal.map((k) => k.id)).to.include.members([
        'imha',
        'imca',
        'care-act',
        'nhs-complaints',
        'children',
      ]);
      for (const kind of legal) {
        const backed = NATIONS.filter(
          (n) =>
            kind.nations[n].status === 'legal-right' &&
            kind.nations[n].sources.some((s) => s.type === 'act'),
        );
        expect(backed, kind.id).not.to.be.empty;
      }
    });
  });

  // A table of facts a reviewer checked against the law: a change to any of them should be a
  // deliberate edit of this table too.
  describe('the law, nation by nation', () => {
    const cases: {
      id: string;
      nation: (typeof NATIONS)[number];
      status: NationStatus;
      cites?: string;
    }[] = [
      { id: 'imha', nation: 'england', status: 'legal-right', cites: 'mha-1983-s130c' },
      { id: 'imha', nation: 'wales', status: 'legal-right', cites: 'mh-wales-measure-2010-part-4' },
      { id: 'imha', nation: 'scotland', status: 'legal-right', cites: 'mhcts-2003-s259' },
      {
        id: 'imha',
        nation: 'northern-ireland',
        status: 'not-a-legal-right',
        cites: 'mh-ni-order-1986',
      },
      { id: 'imca', nation: 'england', status: 'legal-right', cites: 'mca-2005-s39a-39d' },
      { id: 'imca', nation: 'wales', status: 'legal-right', cites: 'mca-2005-s35-41' },
      { id: 'imca', nation: 'northern-ireland', status: 'partly', cites: 'mca-ni-2016-s35-36' },
      { id: 'care-act', nation: 'england', status: 'legal-right', cites: 'care-act-2014-s67-68' },
      { id: 'care-act', nation: 'wales', status: 'legal-right', cites: 'wales-part-10-code' },
      { id: 'care-act', nation: 'northern-ireland', status: 'not-a-legal-right' },
      {
        id: 'nhs-complaints',
        nation: 'england',
        status: 'legal-right',
        cites: 'lgpiha-2007-s223a',
      },
      {
        id: 'nhs-complaints',
        nation: 'wales',
        status: 'legal-right',
        cites: 'hscqe-wales-2020-s16',
      },
      {
        id: 'nhs-complaints',
        nation: 'scotland',
        status: 'legal-right',
        cites: 'patient-rights-scotland-2011-s17-18',
      },
      {
        id: 'nhs-complaints',
        nation: 'northern-ireland',
        status: 'legal-right',
        cites: 'hsc-reform-ni-2009-s17',
      },
      { id: 'children', nation: 'england', status: 'legal-right', cites: 'children-act-1989-s26a' },
      { id: 'children', nation: 'wales', status: 'legal-right', cites: 'sswba-2014-s178' },
      {
        id: 'children',
        nation: 'scotland',
        status: 'partly',
        cites: 'childrens-hearings-scotland-2011-s122',
      },
      { id: 'mental-health', nation: 'scotland', status: 'legal-right', cites: 'mhcts-2003-s259' },
      { id: 'self', nation: 'scotland', status: 'not-a-legal-right' },
      { id: 'paid', nation: 'england', status: 'not-a-legal-right' },
      { id: 'spot-purchase', nation: 'england', status: 'not-a-legal-right' },
    ];
    for (const c of cases) {
      it(`${c.id} in ${c.nation}: ${c.status}${c.cites ? `, citing ${c.cites}` : ''}`, () => {
        const route = getKind(c.id)?.nations[c.nation];
        expect(route?.status).to.equal(c.status);
        if (c.cites) expect(route?.sources.map((s) => s.id)).to.include(c.cites);
      });
    }

    it('says in England that short-term holding powers do not bring an IMHA', () => {
      const note = imha.nations.england.note?.() ?? '';
      for (const section of ['4', '5(2)', '5(4)', '135', '136']) expect(note).to.contain(section);
    });

    it('names the four areas of substantial difficulty for Care Act advocacy in England', () => {
      const route = getKind('care-act').nations.england.route?.() ?? '';
      for (const word of ['understand', 'remember', 'weigh', 'tell'])
        expect(route).to.contain(word);
    });
  });

  describe('sources and dates', () => {
    it('every fact has a source and a valid last-checked date', () => {
      expect(checkKnowledge(KINDS, TOPICS)).to.deep.equal([]);
    });

    it('source ids are unique across the catalogue', () => {
      const ids = ALL_SOURCES.map((s) => s.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('every source a kind or topic cites is in the catalogue, unchanged', () => {
      const catalogue = new Map(ALL_SOURCES.map((s) => [s.id, s]));
      const cited = [...KINDS.flatMap((k) => sourcesOf(k)), ...TOPICS.flatMap((t) => t.sources)];
      for (const s of cited) expect(catalogue.get(s.id), s.id).to.equal(s);
    });

    it('legislation links go to legislation.gov.uk', () => {
      for (const s of ALL_SOURCES.filter(
        (x) => (x.type === 'act' || x.type === 'regulations') && x.url,
      )) {
        expect(new URL(s.url ?? '').host, s.id).to.equal('www.legislation.gov.uk');
      }
    });

    describe('isIsoDate', () => {
      const cases: { value: unknown; ok: boolean }[] = [
        { value: '2026-11-26', ok: true },
        { value: '2024-02-29', ok: true },
        { value: '2026-02-30', ok: false },
        { value: '2026-13-01', ok: false },
        { value: '26/11/2026', ok: false },
        { value: '2026-11-26T10:00:00Z', ok: false },
        { value: '1999-12-31', ok: false },
        { value: '', ok: false },
        { value: undefined, ok: false },
      ];
      for (const c of cases) {
        it(`${JSON.stringify(c.value) ?? 'undefined'} is ${c.ok ? 'valid' : 'not valid'}`, () => {
          expect(isIsoDate(c.value)).to.equal(c.ok);
        });
      }
    });

    // The checker must be able to fail: feed it deliberately broken copies of real data.
    describe('the checker catches broken data', () => {
      const cases: { name: string; kind: AdvocacyKind; expect: string }[] = [
        {
          name: 'a kind with no sources',
          kind: brokenKind(imha, (k) => (k.sources = [])),
          expect: 'imha.sources: no source',
        },
        {
          name: 'a kind with no checked date',
          kind: brokenKind(imha, (k) => delete k.checked),
          expect: 'imha: no valid checked date',
        },
        {
          name: 'a kind checked on an impossible date',
          kind: brokenKind(imha, (k) => (k.checked = '2026-02-30')),
          expect: 'imha: no valid checked date',
        },
        {
          name: 'a nation route with no sources',
          kind: brokenKind(
            imha,
            (k) => ((k.nations as Record<string, { sources: Source[] }>).wales.sources = []),
          ),
          expect: 'imha.nations.wales: no source',
        },
        {
          name: 'a missing nation',
          kind: brokenKind(
            imha,
            (k) => delete (k.nations as Record<string, unknown>)['northern-ireland'],
          ),
          expect: 'imha.nations.northern-ireland: missing',
        },
        {
          name: 'a source with a bad date',
          kind: brokenKind(imha, (k) => (k.sources = [{ ...sectorOnly, checked: 'last week' }])),
          expect: 'has no valid checked date',
        },
        {
          name: 'a legal right that cites no Act',
          kind: brokenKind(
            imha,
            (k) =>
              ((k.nations as Record<string, { sources: Source[] }>).scotland.sources = [
                sectorOnly,
              ]),
          ),
          expect: 'imha.nations.scotland: a legal right must cite an Act',
        },
        {
          name: 'a legal-right kind with no nation where it is a right',
          kind: brokenKind(imha, (k) => {
            for (const n of NATIONS)
              (k.nations as Record<string, { status: string }>)[n].status = 'partly';
          }),
          expect: 'imha: group is legal-right but no nation has status legal-right',
        },
      ];
      for (const c of cases) {
        it(`fails on ${c.name}`, () => {
          const problems = checkKind(c.kind);
          expect(problems.join('\n')).to.contain(c.expect);
          expect(checkKnowledge([c.kind], [])).not.to.be.empty;
        });
      }

      it('fails on a topic that states the law but cites only a charity page', () => {
        const topic: Topic = { ...TOPICS[0], legalClaim: true, sources: [sectorOnly] };
        expect(checkTopic(topic).join('\n')).to.contain('cites no law');
      });

      it('fails on a topic with no sources and no date', () => {
        const topic = { ...TOPICS[0], sources: [], checked: undefined } as unknown as Topic;
        const problems = checkTopic(topic).join('\n');
        expect(problems).to.contain('no source');
        expect(problems).to.contain('no valid checked date');
      });

      it('passes the untouched originals', () => {
        expect(checkKind(imha)).to.deep.equal([]);
        expect(checkTopic(TOPICS[0])).to.deep.equal([]);
      });
    });
  });

  describe('text', () => {
    it('finds text to check in every kind, nation and topic', () => {
      expect(ALL_ENTRIES.length).to.be.greaterThan(KINDS.length * 8 + TOPICS.length * 3);
    });

    it('every text is non-empty, with no leading or trailing spaces, no double spaces and no HTML', () => {
      const bad = ALL_ENTRIES.filter(({ text }) => {
        const s = text();
        return (
          typeof s !== 'string' ||
          s.length === 0 ||
          s !== s.trim() ||
          /\s{2}/.test(s) ||
          /<[a-z/!]/i.test(s)
        );
      }).map((e) => e.path);
      expect(bad).to.deep.equal([]);
    });

    it('every sentence has at most 25 words in standard text (15 in easy read)', () => {
      const long = ALL_ENTRIES.flatMap((e) =>
        sentences(e.text())
          .filter((s) => wordCount(s) > MAX_WORDS[e.register])
          .map((s) => `${e.path} (${wordCount(s)} words): ${s}`),
      );
      expect(long).to.deep.equal([]);
    });

    it('the knowledge text stays within its budget of 35,000 characters', () => {
      // Every message once: shared messages are the same function wherever they are used. All
      // of this ships in the drop-in script and is translated twice (standard and easy read).
      // Raised from 28,000 by 7,000: easy read of every nation route is required content.
      const unique = new Map(ALL_ENTRIES.map((e) => [e.text, e.text().length]));
      const total = [...unique.values()].reduce((sum, n) => sum + n, 0);
      expect(total).to.be.at.most(35_000);
    });

    it('every nation route with standard text has easy read for the same fields, and only those', () => {
      const fields = ['localName', 'route', 'note'] as const;
      const bad: string[] = [];
      for (const kind of KINDS) {
        for (const nation of NATIONS) {
          const route = kind.nations[nation];
          const at = `${kind.id}.nations.${nation}`;
          for (const f of fields) {
            const standard = route[f];
            const easy = route.easyRead?.[f];
            if (Boolean(standard) !== Boolean(easy))
              bad.push(`${at}.${f}: ${standard ? 'no easy read' : 'easy read without standard'}`);
            else if (standard && easy === standard)
              bad.push(`${at}.${f}: easy read is the standard message`);
            else if (standard && easy && easy() === standard())
              bad.push(`${at}.${f}: not rewritten`);
          }
        }
      }
      expect(bad).to.deep.equal([]);
    });

    it('each kind helps with at most 3 things', () => {
      for (const kind of KINDS) {
        expect(kind.standard.helpsWith.length, kind.id).to.be.within(1, 3);
        if (kind.easyRead) expect(kind.easyRead.helpsWith.length, kind.id).to.be.within(1, 3);
      }
    });

    it('summaries are one or two sentences', () => {
      for (const kind of KINDS) {
        const n = sentences(kind.standard.summary()).length;
        expect(n, kind.id).to.be.within(1, 2);
      }
    });

    it('sentences end with a full stop; names and titles do not', () => {
      const bad = ALL_ENTRIES.filter((e) => {
        const s = e.text();
        if (e.kind === 'intro') return false;
        return e.kind === 'sentence' ? !/[.?!]$/.test(s) : /[.]$/.test(s);
      }).map((e) => `${e.path}: ${e.text()}`);
      expect(bad).to.deep.equal([]);
    });

    it('uses our words: British spelling, "council" and no pity words', () => {
      const banned = [
        /\borgani[sz]ation\b.*z|organiz/i,
        /recogniz|realiz|apologiz|prioritiz/i,
        /\bcolor|\bbehavior|\bcenter\b|\bfavor\b|\blabor\b|\bneighbor/i,
        /\blocal authorit/i,
        /\bsuffer/i,
        /\bvulnerable\b/i,
        /\bshall\b/i,
        /\be\.g\.|\bi\.e\.|\betc\./i,
      ];
      const bad = ALL_ENTRIES.flatMap((e) =>
        banned.filter((re) => re.test(e.text())).map((re) => `${e.path} matches ${re}`),
      );
      expect(bad).to.deep.equal([]);
    });

    it('reads the current text each time it is called (so a locale change re-renders)', () => {
      for (const e of ALL_ENTRIES) expect(e.text, e.path).to.be.a('function');
    });
  });

  describe('topics', () => {
    it('has one topic per id, in order', () => {
      expect(TOPICS.map((t) => t.id)).to.deep.equal([...TOPIC_IDS]);
    });

    it('explains instructed and non-instructed advocacy with the four capacity points', () => {
      const topic = getTopic('how-advocates-work');
      const list = topic.standard.blocks.find((b) => b.type === 'list');
      expect(list?.type === 'list' ? list.items.length : 0).to.equal(4);
      expect(topic.sources.map((s) => s.id)).to.include('mca-2005-s3');
    });

    it('says advocacy the law gives you is free and confidential, and where confidentiality ends', () => {
      const all = (id: string) =>
        getTopic(id)
          ?.standard.blocks.map((b) =>
            b.type === 'paragraph' ? b.text() : b.items.map((i) => i()).join(' '),
          )
          .join(' ') ?? '';
      expect(all('what-is-advocacy')).to.match(/free, confidential/);
      expect(all('confidentiality')).to.contain('serious harm');
    });

    it('getTopic returns undefined for an unknown id', () => {
      expect(getTopic('nonsense')).to.equal(undefined);
    });
  });

  describe('getKind', () => {
    for (const id of ADVOCACY_KIND_IDS) {
      it(`finds ${id}`, () => expect(getKind(id).id).to.equal(id));
    }
    it('returns undefined for an unknown id', () => {
      expect(getKind('imhaa')).to.equal(undefined);
      expect(getKind('')).to.equal(undefined);
    });
  });

  describe('kindsFor', () => {
    const rank: Record<NationStatus, number> = {
      'legal-right': 0,
      partly: 1,
      'not-a-legal-right': 2,
    };

    it('without a nation: every kind, legal-right group first, ties in id order', () => {
      const kinds = kindsFor();
      expect(kinds).to.have.length(KINDS.length);
      const groups = kinds.map((k) => k.group);
      expect(groups.indexOf('other')).to.equal(groups.lastIndexOf('legal-right') + 1);
      const legal = kinds.filter((k) => k.group === 'legal-right').map((k) => k.id);
      expect(legal).to.deep.equal(
        ADVOCACY_KIND_IDS.filter((id) => getKind(id).group === 'legal-right'),
      );
    });

    for (const nation of NATIONS) {
      it(`in ${nation}: every kind, legal rights first, then partly, then the rest`, () => {
        const kinds = kindsFor(nation);
        expect(new Set(kinds.map((k) => k.id)).size).to.equal(KINDS.length);
        const ranks = kinds.map((k) => rank[k.nations[nation].status]);
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
      });
    }

    it('puts Scotland’s mental health advocacy before paid advocacy, and not in Northern Ireland', () => {
      const order = (nation: (typeof NATIONS)[number]) => kindsFor(nation).map((k) => k.id);
      expect(order('scotland').indexOf('mental-health')).to.be.lessThan(
        order('scotland').indexOf('care-act'),
      );
      expect(order('northern-ireland').indexOf('mental-health')).to.be.greaterThan(
        order('northern-ireland').indexOf('nhs-complaints'),
      );
    });

    it('does not change KINDS', () => {
      kindsFor('scotland');
      expect(KINDS.map((k) => k.id)).to.deep.equal([...ADVOCACY_KIND_IDS]);
    });
  });

  describe('sourcesOf', () => {
    it('gives the kind’s sources and one nation’s, each once', () => {
      const ids = sourcesOf(imha, 'england').map((s) => s.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids).to.include.members(['mha-1983-s130a-130d', 'mha-1983-s130c']);
      expect(ids).not.to.include('mh-wales-measure-2010-part-4');
    });

    it('without a nation, gives the sources of every nation', () => {
      const ids = sourcesOf(imha).map((s) => s.id);
      expect(ids).to.include.members([
        'mha-1983-s130c',
        'mh-wales-measure-2010-part-4',
        'mh-ni-order-1986',
      ]);
      expect(new Set(ids).size).to.equal(ids.length);
    });
  });
});
