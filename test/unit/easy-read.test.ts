import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { flesch } from 'flesch';
import { KINDS, NATIONS, TOPICS, TOPIC_IDS, ADVOCACY_KIND_IDS } from '../../src/knowledge/index.js';
import { EASY_NATIONS } from '../../src/knowledge/easy-read.js';
import { QUESTIONS } from '../../src/eligibility/questions.js';
import { ANSWER_OPTIONS, type QuestionId } from '../../src/eligibility/types.js';
import {
  EASY_KINDS,
  EASY_TOPICS,
  PICTOGRAMS,
  PICTOGRAM_IDS,
  QUESTION_PICTOGRAMS,
  UI_EASY,
  UI_PICTOGRAMS,
  isPictogramId,
  pictogram,
} from '../../src/easy-read/index.js';

// ---------------------------------------------------------------------------------------------
// Every piece of English easy-read text, in groups a reader meets together (docs/easy-read.md).

/** Values for the placeholders of the elements' messages. */
const SAMPLE = {
  time: '5pm',
  day: 'Monday',
  first: 'Monday',
  last: 'Friday',
  open: '9am',
  close: '5pm',
  days: 'Monday to Friday',
  times: '9am to 5pm',
  organisation: 'Speak Up Leeds',
  lastChecked: '1 March 2026',
  checked: '1 March 2026',
  name: 'Speak Up Leeds',
  nation: 'Wales',
  number: 3,
};

interface Entry {
  /** Where the text is, for failure messages. */
  path: string;
  text: string;
}

function kindEntries(): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const kind of KINDS) {
    const t = kind.easyRead;
    if (!t) continue;
    const at = `kind ${kind.id}`;
    groups.set(at, [
      { path: `${at}.name`, text: t.name() },
      { path: `${at}.summary`, text: t.summary() },
      { path: `${at}.whoFor`, text: t.whoFor() },
      ...t.helpsWith.map((h, i) => ({ path: `${at}.helpsWith[${i}]`, text: h() })),
      { path: `${at}.howToGet`, text: t.howToGet() },
      { path: `${at}.referral`, text: t.referral() },
      ...nationEntries(kind),
    ]);
  }
  return groups;
}

/**
 * The easy read of a kind's nation routes: read with the kind, so in its group. A message shared
 * by several nations counts once.
 */
function nationEntries(kind: (typeof KINDS)[number]): Entry[] {
  const seen = new Set<unknown>();
  const entries: Entry[] = [];
  for (const nation of NATIONS) {
    const easy = kind.nations[nation].easyRead;
    for (const field of ['localName', 'route', 'note'] as const) {
      const text = easy?.[field];
      if (!text || seen.has(text)) continue;
      seen.add(text);
      entries.push({ path: `kind ${kind.id}.nations.${nation}.${field}`, text: text() });
    }
  }
  return entries;
}

function topicEntries(): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const topic of TOPICS) {
    const t = topic.easyRead;
    if (!t) continue;
    const at = `topic ${topic.id}`;
    const entries: Entry[] = [{ path: `${at}.title`, text: t.title() }];
    t.blocks.forEach((b, i) => {
      if (b.type === 'paragraph') entries.push({ path: `${at}.blocks[${i}]`, text: b.text() });
      else {
        entries.push({ path: `${at}.blocks[${i}].intro`, text: b.intro() });
        b.items.forEach((item, j) =>
          entries.push({ path: `${at}.blocks[${i}].items[${j}]`, text: item() }),
        );
      }
    });
    groups.set(at, entries);
  }
  return groups;
}

/** Calls an easy-read element message with the sample values it needs. */
function uiText(id: string): string {
  return (UI_EASY[id as keyof typeof UI_EASY] as (values: typeof SAMPLE) => string)(SAMPLE);
}

function uiEntries(): Map<string, Entry[]> {
  const names: Record<string, string> = {
    card: 'contact card',
    explainer: 'explainer',
    quiz: 'quiz',
    ui: 'every element',
  };
  const groups = new Map<string, Entry[]>();
  for (const id of Object.keys(UI_EASY)) {
    const group = `elements: ${names[id.split('.')[0]] ?? id.split('.')[0]}`;
    groups.set(group, [...(groups.get(group) ?? []), { path: id, text: uiText(id) }]);
  }
  return groups;
}

function questionEntries(): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const q of QUESTIONS) {
    const at = `question ${q.id}`;
    const seen = new Set<string>();
    const entries: Entry[] = [];
    const add = (where: string, wording: (typeof q)['legend'] | undefined) => {
      if (!wording) return;
      for (const p of ['self', 'other'] as const) {
        const text = wording[p]('easy-read');
        if (seen.has(text)) continue;
        seen.add(text);
        entries.push({ path: `${at}.${where}.${p}`, text });
      }
    };
    add('legend', q.legend);
    add('hint', q.hint);
    add('error', q.error);
    for (const o of q.options) {
      add(`${o.id}.label`, o.label);
      add(`${o.id}.hint`, o.hint);
    }
    groups.set(at, entries);
  }
  return groups;
}

const GROUPS = new Map<string, Entry[]>([
  ...kindEntries(),
  ...topicEntries(),
  ...uiEntries(),
  ...questionEntries(),
]);
const ALL = [...GROUPS.values()].flat();

/** The standard English of the knowledge, nation routes included, to compare with easy read. */
const STANDARD_KNOWLEDGE: string[] = [
  ...KINDS.flatMap((k) => {
    const t = k.standard;
    const routes = new Set(
      NATIONS.flatMap((n) => {
        const r = k.nations[n];
        return [r.localName, r.route, r.note].filter((f) => f !== undefined);
      }),
    );
    return [t.name, t.summary, t.whoFor, ...t.helpsWith, t.howToGet, t.referral, ...routes].map(
      (f) => f(),
    );
  }),
  ...TOPICS.flatMap((topic) => [
    topic.standard.title(),
    ...topic.standard.blocks.flatMap((b) =>
      b.type === 'paragraph' ? [b.text()] : [b.intro(), ...b.items.map((i) => i())],
    ),
  ]),
];

// ---------------------------------------------------------------------------------------------
// Sentences, words, syllables.

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words as Flesch counts them: letters and digits, with apostrophes and hyphens inside. */
function words(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Syllables in an English word: groups of vowels, less a silent final e, -es and -ed. The
 * `syllable` package cannot load in the test browser (it imports two CommonJS packages), so this
 * is its stand-in; see docs/easy-read.md for how closely the two agree.
 */
function syllables(word: string): number {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z]/g, '');
  if (!w) return 1; // A number, such as 16: one word, counted as 1 syllable.
  if (w.length <= 3) return 1;
  w = w
    .replace(/(?<![cszxg]|[cs]h|[^aeiouy]l)es$/, '')
    .replace(/(?<=[^aeiouytd])ed$/, '')
    .replace(/(?<=[^aeiouyl])e$/, '')
    .replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch Reading Ease of some texts, each label or sentence one sentence. */
function readingEase(texts: readonly string[]): number {
  let sentence = 0;
  let word = 0;
  let syllable = 0;
  for (const text of texts) {
    for (const s of sentences(text)) {
      sentence += 1;
      for (const w of words(s)) {
        word += 1;
        syllable += syllables(w);
      }
    }
  }
  return flesch({ sentence, word, syllable });
}

/**
 * Thresholds (docs/easy-read.md): all easy read together must be "easy" and well above the
 * standard text; each group a reader meets together at least "fairly easy".
 */
const READING_EASE = { overall: 85, group: 70, aboveStandard: 10 };
const MAX_WORDS = 15;
/** Acronyms better known than their words, allowed on their own (docs/easy-read.md). */
const KNOWN_ACRONYMS = new Set(['UK', 'NHS']);

/** Acronyms standing on their own: all capitals, not in brackets after words. */
function loneAcronyms(text: string): string[] {
  const found: string[] = [];
  // Brackets after words explain nothing on their own; the words before them must be there.
  const unbracketed = text.replace(/(\p{L}[^()]*?)\s\(([^()]*)\)/gu, '$1');
  for (const m of unbracketed.matchAll(/\b\p{Lu}{2,}\b/gu)) {
    if (!KNOWN_ACRONYMS.has(m[0])) found.push(m[0]);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('easy read', () => {
  describe('coverage', () => {
    it('every kind has easy read, rewritten, and a pictogram', () => {
      expect(KINDS.map((k) => k.id)).to.deep.equal([...ADVOCACY_KIND_IDS]);
      for (const kind of KINDS) {
        expect(kind.easyRead, kind.id).to.equal(EASY_KINDS[kind.id]);
        expect(kind.easyRead?.summary(), kind.id).not.to.equal(kind.standard.summary());
        expect(kind.easyRead?.name, kind.id).not.to.equal(kind.standard.name);
        expect(isPictogramId(kind.pictogram), kind.id).to.equal(true);
      }
    });

    it('every topic has easy read, with a pictogram beside each block', () => {
      expect(TOPICS.map((t) => t.id)).to.deep.equal([...TOPIC_IDS]);
      for (const topic of TOPICS) {
        expect(topic.easyRead, topic.id).to.equal(EASY_TOPICS[topic.id]);
        expect(topic.easyRead?.title(), topic.id).not.to.equal(topic.standard.title());
        for (const block of topic.easyRead?.blocks ?? []) {
          expect(block.pictogram && isPictogramId(block.pictogram), topic.id).to.equal(true);
        }
      }
    });

    it('easy read uses its own messages, never the standard ones', () => {
      const standard = new Set<unknown>();
      for (const k of KINDS) {
        const t = k.standard;
        for (const f of [t.name, t.summary, t.whoFor, ...t.helpsWith, t.howToGet, t.referral])
          standard.add(f);
        for (const n of NATIONS) {
          const r = k.nations[n];
          for (const f of [r.localName, r.route, r.note]) if (f) standard.add(f);
        }
      }
      for (const k of KINDS) {
        const t = k.easyRead!;
        for (const f of [t.name, t.summary, t.whoFor, ...t.helpsWith, t.howToGet, t.referral])
          expect(standard.has(f), k.id).to.equal(false);
        for (const n of NATIONS) {
          const e = k.nations[n].easyRead;
          for (const f of [e?.localName, e?.route, e?.note])
            if (f) expect(standard.has(f), `${k.id} ${n}`).to.equal(false);
        }
      }
    });

    it('every nation route has easy read for each field with standard text, from EASY_NATIONS', () => {
      const missing: string[] = [];
      for (const k of KINDS) {
        for (const n of NATIONS) {
          const route = k.nations[n];
          expect(route.easyRead, `${k.id} ${n}`).to.equal(EASY_NATIONS[k.id][n]);
          for (const field of ['localName', 'route', 'note'] as const) {
            if (Boolean(route[field]) !== Boolean(route.easyRead?.[field]))
              missing.push(`${k.id}.nations.${n}.${field}`);
          }
        }
      }
      expect(missing).to.deep.equal([]);
    });

    it('every message of the elements has easy read, except those for editors and nation names', async () => {
      const files = [
        'src/elements/advocacy-contact-card.ts',
        'src/elements/contact-card/provider.ts',
        'src/elements/contact-card/hours.ts',
        'src/elements/contact-card/hours-sentences.ts',
        'src/elements/advocacy-explainer.ts',
        'src/elements/advocacy-quiz.ts',
        'src/ui/base-element.ts',
        'src/kiosk/index.ts',
      ];
      const ids = new Set<string>();
      for (const file of files) {
        const source = await (await fetch(`/${file}`)).text();
        for (const m of source.matchAll(/\bid:\s*['"]([a-z][\w.-]*)['"]/g)) ids.add(m[1]);
      }
      const needed = [...ids].filter(
        (id) =>
          !id.includes('.editor.') &&
          !id.startsWith('editor.') &&
          !id.startsWith('nation.') &&
          /^(card|explainer|quiz|ui)\./.test(id) &&
          !id.startsWith('quiz.q.'),
      );
      expect(needed.length).to.be.greaterThan(60);
      expect(needed.filter((id) => !(id in UI_EASY))).to.deep.equal([]);
      const forEditors = Object.keys(UI_EASY).filter(
        (id) => id.includes('.editor.') || id.startsWith('editor.') || id.startsWith('nation.'),
      );
      expect(forEditors).to.deep.equal([]);
    });

    it('element messages fill in every placeholder', () => {
      for (const id of Object.keys(UI_EASY)) {
        const text = uiText(id);
        expect(text, id).to.be.a('string').and.not.be.empty;
        expect(text, id).not.to.match(/undefined|\$\{|\[object/);
      }
      expect(UI_EASY['card.hours.closed-opens.monday']({ time: '9am' })).to.contain('Monday');
      expect(UI_EASY['quiz.progress']({ number: 4 })).to.contain('4');
    });
  });

  describe('the writing rules', () => {
    it('finds the text: knowledge, elements and quiz questions', () => {
      expect(GROUPS.size).to.be.greaterThan(KINDS.length + TOPICS.length + 3);
      expect(ALL.length).to.be.greaterThan(300);
    });

    it(`every sentence has at most ${MAX_WORDS} words`, () => {
      const long = ALL.flatMap((e) =>
        sentences(e.text)
          .filter((s) => words(s).length > MAX_WORDS)
          .map((s) => `${e.path} (${words(s).length} words): ${s}`),
      );
      expect(long).to.deep.equal([]);
    });

    it('no acronym stands on its own: it follows its words, in brackets', () => {
      const bad = ALL.flatMap((e) => loneAcronyms(e.text).map((a) => `${e.path}: ${a}`));
      expect(bad).to.deep.equal([]);
    });

    it('the acronym check can fail', () => {
      expect(loneAcronyms('Ask for an IMHA.')).to.deep.equal(['IMHA']);
      expect(loneAcronyms('IMCA')).to.deep.equal(['IMCA']);
      expect(loneAcronyms('(ECT) is a treatment.')).to.deep.equal(['ECT']);
      expect(loneAcronyms('A treatment using electricity on the brain (ECT)')).to.deep.equal([]);
      expect(loneAcronyms('Ask the NHS in the UK.')).to.deep.equal([]);
    });

    it('numbers are digits', () => {
      const spelled = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/i;
      const bad = ALL.filter((e) => spelled.test(e.text)).map((e) => `${e.path}: ${e.text}`);
      expect(bad).to.deep.equal([]);
    });

    it('no capitals or pity words for emphasis, and "council" not "local authority"', () => {
      const bad = ALL.filter((e) =>
        /\bsuffer|\bvulnerable\b|\blocal authorit|\bshall\b|\be\.g\.|\bi\.e\./i.test(e.text),
      ).map((e) => `${e.path}: ${e.text}`);
      expect(bad).to.deep.equal([]);
    });

    it('every text is non-empty, trimmed, with single spaces and no HTML', () => {
      const bad = ALL.filter(
        (e) =>
          !e.text || e.text !== e.text.trim() || /\s{2}/.test(e.text) || /<[a-z/!]/i.test(e.text),
      ).map((e) => e.path);
      expect(bad).to.deep.equal([]);
    });
  });

  // CONTENT.md: easy read keeps the strength of the standard text. "may" never becomes "you get",
  // "must" never becomes "can", and no easy read adds a "must" the standard text does not have.
  describe('the same strength as the standard text', () => {
    const pairs: { at: string; standard: string; easy: string }[] = [];
    for (const kind of KINDS) {
      const e = kind.easyRead;
      if (e) {
        for (const f of ['summary', 'whoFor', 'howToGet', 'referral'] as const)
          pairs.push({ at: `${kind.id}.${f}`, standard: kind.standard[f](), easy: e[f]() });
      }
      for (const nation of NATIONS) {
        const route = kind.nations[nation];
        for (const f of ['route', 'note'] as const) {
          const standard = route[f];
          const easy = route.easyRead?.[f];
          if (standard && easy)
            pairs.push({ at: `${kind.id}.${nation}.${f}`, standard: standard(), easy: easy() });
        }
      }
    }
    const has = (re: RegExp, text: string) => re.test(text);
    const MUST = /\bmust\b/i;
    const MAY = /\bmay\b/i;
    const RIGHT = /\bright\b/i;
    const NOT_STARTED = /not (started|in force)/i;

    it('finds pairs to compare in every kind and nation', () => {
      expect(pairs.length).to.be.greaterThan(KINDS.length * 4);
    });

    it('"must" in the standard text is "must" in easy read, and easy read adds no "must"', () => {
      const bad = pairs
        .filter((p) => has(MUST, p.standard) !== has(MUST, p.easy))
        .map((p) => `${p.at}: "${p.standard}" / "${p.easy}"`);
      expect(bad).to.deep.equal([]);
    });

    it('"may" in the standard text stays "may" in easy read', () => {
      const bad = pairs
        .filter((p) => has(MAY, p.standard) && !has(MAY, p.easy))
        .map((p) => `${p.at}: "${p.standard}" / "${p.easy}"`);
      expect(bad).to.deep.equal([]);
    });

    it('a right in the standard text is a right in easy read, and easy read claims no right the standard does not', () => {
      const bad = pairs
        .filter((p) => has(RIGHT, p.standard) !== has(RIGHT, p.easy))
        .map((p) => `${p.at}: "${p.standard}" / "${p.easy}"`);
      expect(bad).to.deep.equal([]);
    });

    it('law that has not started is "not started" in both registers', () => {
      const bad = pairs
        .filter((p) => has(NOT_STARTED, p.standard) !== has(NOT_STARTED, p.easy))
        .map((p) => `${p.at}: "${p.standard}" / "${p.easy}"`);
      expect(bad).to.deep.equal([]);
    });

    it('the checks can fail: "you get" for "you may be able to get" is caught', () => {
      const p = { standard: 'You may be able to get an advocate.', easy: 'You get an advocate.' };
      expect(has(MAY, p.standard) && !has(MAY, p.easy)).to.equal(true);
    });
  });

  describe('readability (Flesch Reading Ease)', () => {
    const scores = [...GROUPS].map(([group, entries]) => ({
      group,
      score: readingEase(entries.map((e) => e.text)),
    }));

    it(`all easy read together scores at least ${READING_EASE.overall}`, () => {
      const overall = readingEase(ALL.map((e) => e.text));
      expect(overall).to.be.at.least(READING_EASE.overall);
    });

    it(`every group scores at least ${READING_EASE.group}`, () => {
      const low = scores
        .filter((s) => !(s.score >= READING_EASE.group))
        .map((s) => `${s.group}: ${s.score.toFixed(1)}`);
      expect(low).to.deep.equal([]);
    });

    it(`easy read scores at least ${READING_EASE.aboveStandard} points above the standard text`, () => {
      const easy = readingEase(
        [...kindEntries().values(), ...topicEntries().values()].flat().map((e) => e.text),
      );
      const standard = readingEase(STANDARD_KNOWLEDGE);
      expect(easy - standard).to.be.at.least(READING_EASE.aboveStandard);
    });

    it('the measure can fail: long words in long sentences score low', () => {
      const hard = readingEase([
        'Independent advocacy representation necessitates comprehensive understanding of administrative legislative frameworks.',
      ]);
      expect(hard).to.be.below(READING_EASE.group);
      expect(readingEase(['You can ask for help. It is free.'])).to.be.above(READING_EASE.overall);
    });

    it('counts syllables of everyday words', () => {
      const cases: [string, number][] = [
        ['advocate', 3],
        ['advocacy', 4],
        ['council', 2],
        ['free', 1],
        ['services', 3],
        ['choices', 2],
        ['decide', 2],
        ['treated', 2],
        ['helped', 1],
        ['people', 2],
        ['rules', 1],
        ['independent', 4],
        ['16', 1],
      ];
      for (const [word, n] of cases) expect(syllables(word), word).to.equal(n);
    });
  });

  describe('pictograms', () => {
    it('PICTOGRAM_IDS and the drawings match, with a label for each', () => {
      expect(Object.keys(PICTOGRAMS).sort()).to.deep.equal([...PICTOGRAM_IDS].sort());
      const labels = PICTOGRAM_IDS.map((id) => PICTOGRAMS[id].label());
      for (const label of labels) expect(label).to.be.a('string').and.not.be.empty;
      expect(new Set(labels).size, 'labels are unique').to.equal(labels.length);
    });

    it('every pictogram used anywhere exists', () => {
      const used: [string, string][] = [
        ...KINDS.map((k): [string, string] => [`kind ${k.id}`, k.pictogram]),
        ...TOPICS.flatMap((t) =>
          [...t.standard.blocks, ...(t.easyRead?.blocks ?? [])]
            .filter((b) => b.pictogram)
            .map((b): [string, string] => [`topic ${t.id}`, b.pictogram as string]),
        ),
        ...Object.entries(QUESTION_PICTOGRAMS).map(([q, p]): [string, string] => [
          `question ${q}`,
          p,
        ]),
        ...Object.entries(UI_PICTOGRAMS).map(([id, p]): [string, string] => [id, p]),
      ];
      expect(used.filter(([, p]) => !isPictogramId(p))).to.deep.equal([]);
      expect(Object.keys(QUESTION_PICTOGRAMS).sort()).to.deep.equal(
        (Object.keys(ANSWER_OPTIONS) as QuestionId[]).sort(),
      );
      for (const id of Object.keys(UI_PICTOGRAMS)) expect(id in UI_EASY, id).to.equal(true);
    });

    for (const id of PICTOGRAM_IDS) {
      it(`${id} renders a labelled picture, or a hidden one when decorative`, () => {
        const host = document.createElement('div');
        render(pictogram(id), host);
        const svg = host.querySelector('svg');
        expect(svg, id).to.exist;
        expect(svg!.getAttribute('viewBox')).to.equal('0 0 48 48');
        expect(svg!.getAttribute('width')).to.equal('48');
        expect(svg!.getAttribute('height')).to.equal('48');
        expect(svg!.getAttribute('focusable')).to.equal('false');
        expect(svg!.getAttribute('role')).to.equal('img');
        expect(svg!.getAttribute('aria-label')).to.equal(PICTOGRAMS[id].label());
        expect(svg!.hasAttribute('aria-hidden')).to.equal(false);
        expect(svg!.classList.contains('pictogram')).to.equal(true);
        expect(svg!.classList.contains('pictogram--directional')).to.equal(
          PICTOGRAMS[id].directional === true,
        );
        // A drawing: shapes in currentColor, no text, no colour of its own.
        const shapes = svg!.querySelectorAll(
          'path, circle, rect, ellipse, line, polyline, polygon',
        );
        expect(shapes.length, id).to.be.within(1, 8);
        expect(svg!.querySelector('text, image, foreignObject, script'), id).to.equal(null);
        for (const el of svg!.querySelectorAll('*')) {
          for (const attr of ['fill', 'stroke']) {
            const value = el.getAttribute(attr);
            if (value !== null) expect(['currentColor', 'none'], `${id} ${attr}`).to.include(value);
          }
        }
        // Something is drawn, inside the 48 × 48 square.
        document.body.append(host);
        const box = (svg as SVGSVGElement).getBBox();
        host.remove();
        expect(box.width * box.height, id).to.be.greaterThan(0);
        expect(
          box.x >= 0 && box.y >= 0 && box.x + box.width <= 48 && box.y + box.height <= 48,
          id,
        ).to.equal(true);

        render(pictogram(id, true), host);
        const hidden = host.querySelector('svg')!;
        expect(hidden.getAttribute('aria-hidden')).to.equal('true');
        expect(hidden.hasAttribute('role')).to.equal(false);
        expect(hidden.hasAttribute('aria-label')).to.equal(false);
      });
    }

    it('the drawings stay small', () => {
      const size = PICTOGRAM_IDS.map((id) => PICTOGRAMS[id].draw.strings.join('').length).reduce(
        (a, b) => a + b,
        0,
      );
      expect(size).to.be.below(7_000);
    });
  });
});
