import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { QUESTIONS, RULES, assess } from '../../src/eligibility/index.js';
import type { Perspective, PerspectiveText, Register } from '../../src/eligibility/index.js';
import { NATIONS } from '../../src/knowledge/nations.js';
import { walk } from './eligibility-helpers.js';

// How we write (shared CONTENT.md), checked on every text the quiz can show.

const PERSPECTIVES: Perspective[] = ['self', 'other'];
const REGISTERS: Register[] = ['standard', 'easy-read'];
const MAX_WORDS: Record<Register, number> = { standard: 25, 'easy-read': 15 };
/** Acronyms people know without explanation. */
const KNOWN = new Set(['NHS', 'UK']);
const ACRONYM = /\b[A-Z][A-Za-z]*[A-Z]\b/g;

function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/).filter((s) => s.length > 0);
}

function words(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => w.length > 0).length;
}

/** A neutral citation such as "[2026] UKSC 16" is a reference to look up, not a word to explain. */
const CITATION = /\[\d{4}\] [A-Z]+ \d+/g;

function acronyms(text: string): string[] {
  return (text.replace(CITATION, '').match(ACRONYM) ?? []).filter((a) => !KNOWN.has(a));
}

interface Sample {
  where: string;
  perspective: Perspective;
  register: Register;
  text: string;
}

/** Every text of every question, in each perspective and register. */
function questionTexts(): Sample[][] {
  const groups: Sample[][] = [];
  for (const q of QUESTIONS) {
    for (const perspective of PERSPECTIVES) {
      for (const register of REGISTERS) {
        const group: Sample[] = [];
        const add = (where: string, t: PerspectiveText | undefined): void => {
          if (t)
            group.push({
              where: `${q.id} ${where}`,
              perspective,
              register,
              text: t[perspective](register),
            });
        };
        add('legend', q.legend);
        add('hint', q.hint);
        add('error', q.error);
        for (const o of q.options) {
          add(`option ${o.id}`, o.label);
          add(`option ${o.id} hint`, o.hint);
        }
        groups.push(group);
      }
    }
  }
  return groups;
}

/** Every reason of every rule, each rule's reasons as one group. */
function ruleTexts(): Sample[][] {
  const groups: Sample[][] = [];
  for (const rule of RULES) {
    for (const perspective of PERSPECTIVES) {
      for (const register of REGISTERS) {
        groups.push(
          rule.reasons.map((r, i) => ({
            where: `${rule.id} reason ${i + 1}`,
            perspective,
            register,
            text: r.text[perspective](register),
          })),
        );
      }
    }
  }
  return groups;
}

const ALL = [...questionTexts(), ...ruleTexts()].flat();

describe('eligibility: wording follows the content rules', () => {
  it('every text exists in both perspectives and both registers', () => {
    for (const s of ALL) {
      expect(s.text.trim(), `${s.where} ${s.perspective} ${s.register}`).to.not.equal('');
      expect(s.text, s.where).to.not.match(/undefined|\s{2}|^\s|\s$/);
    }
  });

  it(`standard sentences have at most ${MAX_WORDS.standard} words, easy read at most ${MAX_WORDS['easy-read']}`, () => {
    for (const s of ALL) {
      for (const sentence of sentences(s.text)) {
        expect(
          words(sentence),
          `${s.where} (${s.register}, ${s.perspective}): “${sentence}”`,
        ).to.be.at.most(MAX_WORDS[s.register]);
      }
    }
  });

  it('easy read never uses an acronym on its own, only in brackets after the words', () => {
    for (const s of ALL.filter((x) => x.register === 'easy-read')) {
      const outside = s.text.replace(/\([^)]*\)/g, '');
      expect(acronyms(outside), `${s.where}: “${s.text}”`).to.deep.equal([]);
    }
  });

  it('every acronym in a question is explained in brackets in that question', () => {
    for (const group of questionTexts()) {
      const all = group.map((s) => s.text).join(' ');
      for (const a of acronyms(all)) expect(all, `${group[0].where}: ${a}`).to.contain(`(${a})`);
    }
  });

  it('every acronym in a result is explained in brackets in that result', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(...NATIONS),
        (c, nation) => {
          for (const outcome of assess(walk(c, { nation }).answers, { nation })) {
            for (const register of REGISTERS) {
              const all = outcome.reasons.map((r) => r(register)).join(' ');
              for (const a of acronyms(all))
                expect(all, `${outcome.ruleId} (${register}): ${a}`).to.contain(`(${a})`);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('"you" texts never speak about "the person you support", and the other perspective always names the person', () => {
    for (const s of ALL) {
      if (s.perspective === 'self')
        expect(s.text, s.where).to.not.match(/the person you support|the person’s/i);
    }
    for (const q of QUESTIONS) {
      expect(q.legend.other(), q.id).to.satisfy(
        (t: string) => q.id === 'role' || /the person/.test(t),
      );
    }
  });

  it('questions are questions, and answers are short labels without a full stop', () => {
    for (const q of QUESTIONS) {
      for (const p of PERSPECTIVES)
        for (const r of REGISTERS) expect(q.legend[p](r), q.id).to.match(/\?$/);
      for (const o of q.options) {
        for (const p of PERSPECTIVES)
          for (const r of REGISTERS) expect(o.label[p](r), `${q.id}.${o.id}`).to.not.match(/\.$/);
      }
    }
  });

  it('asks nothing that identifies a person: every answer is one of a fixed list of options', () => {
    for (const q of QUESTIONS) {
      expect(['single', 'multiple']).to.include(q.type);
      expect(q.options.length, q.id).to.be.at.least(2);
      expect(q.topic.toLowerCase()).to.not.match(/name|birth|address|postcode|diagnosis/);
    }
  });
});
