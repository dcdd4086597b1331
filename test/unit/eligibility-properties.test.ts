import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  QUESTIONS,
  RULES,
  answer,
  assess,
  isComplete,
  nextQuestion,
  previousQuestion,
  pruneAnswers,
  questionsRead,
  questionsToAsk,
} from '../../src/eligibility/index.js';
import type { Answers, Condition, Preset } from '../../src/eligibility/index.js';
import { NATIONS } from '../../src/knowledge/nations.js';
import type { Nation } from '../../src/knowledge/nations.js';
import { answersBefore, canChangeResult, walk } from './eligibility-helpers.js';

const NON_STATUTORY_KINDS = ['community', 'group', 'peer', 'self', 'paid', 'citizen'];

const choices = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 });
const preset: fc.Arbitrary<Preset> = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...NATIONS).map((nation) => ({ nation })),
);

describe('eligibility: properties over every path through the quiz', () => {
  it('every sequence of answers ends, and reaches a result with at least one outcome', () => {
    fc.assert(
      fc.property(choices, preset, (c, p) => {
        const { answers, asked } = walk(c, p);
        expect(isComplete(answers, p)).to.equal(true);
        expect(asked.length).to.be.at.most(QUESTIONS.length);
        expect(new Set(asked.map((q) => q.id)).size, 'no question is asked twice').to.equal(
          asked.length,
        );
        expect(assess(answers, p).length).to.be.greaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('offers at least one option that needs no legal right, always when no legal right applies', () => {
    fc.assert(
      fc.property(choices, preset, (c, p) => {
        const { answers } = walk(c, p);
        const outcomes = assess(answers, p);
        const kinds = outcomes.map((o) => o.kind);
        expect(kinds.some((k) => NON_STATUTORY_KINDS.includes(k))).to.equal(true);
        if (!outcomes.some((o) => o.strength === 'legal-right')) {
          expect(kinds).to.include.members(['community', 'self', 'peer', 'group', 'paid']);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('orders outcomes by strength and gives each kind once, with reasons', () => {
    const rank = { 'legal-right': 0, 'may-be-able': 1, 'ask-about': 2 };
    fc.assert(
      fc.property(choices, preset, (c, p) => {
        const outcomes = assess(walk(c, p).answers, p);
        const ranks = outcomes.map((o) => rank[o.strength]);
        expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
        expect(new Set(outcomes.map((o) => o.kind)).size).to.equal(outcomes.length);
        for (const o of outcomes) expect(o.reasons.length, o.ruleId).to.be.greaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('going back and then forward with the same answer returns the same state', () => {
    fc.assert(
      fc.property(choices, preset, (c, p) => {
        const { answers } = walk(c, p);
        const path = questionsToAsk(answers, p);
        for (const [index, question] of path.entries()) {
          // Back: the question before is the one before it on the path.
          expect(previousQuestion(answers, question.id, p)?.id).to.equal(path[index - 1]?.id);
          // Forward again with the answer it already had.
          const value = (answers as Record<string, string | string[]>)[question.id];
          const again = answer(answers, question.id, value, p);
          expect(again).to.deep.equal(answers);
          expect(nextQuestion(again, p)).to.equal(undefined);
          expect(questionsToAsk(again, p).map((q) => q.id)).to.deep.equal(path.map((q) => q.id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('asks no question whose answer cannot change the result', () => {
    fc.assert(
      fc.property(choices, preset, (c, p) => {
        const { answers } = walk(c, p);
        const path = questionsToAsk(answers, p);
        for (const question of path) {
          const before = answersBefore(answers, path, question);
          expect(
            canChangeResult(before, question, p),
            `${question.id} after ${JSON.stringify(before)}`,
          ).to.equal(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('pruning is idempotent and never keeps an answer that no longer applies', () => {
    fc.assert(
      fc.property(choices, choices, preset, (a, b, p) => {
        // Two complete walks mixed together: stale answers must be dropped.
        const mixed = { ...walk(b, p).answers, ...walk(a, p).answers } as Answers;
        const pruned = pruneAnswers(mixed, p);
        expect(pruneAnswers(pruned, p)).to.deep.equal(pruned);
        const asked = questionsToAsk(pruned, p).map((q) => q.id);
        for (const id of Object.keys(pruned)) expect(asked).to.include(id);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on answers from outside the quiz, and ignores what it does not know', () => {
    const junk = fc.dictionary(
      fc.constantFrom(...QUESTIONS.map((q) => q.id), 'name', 'postcode'),
      fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(null)),
    );
    fc.assert(
      fc.property(junk, preset, (raw, p) => {
        const answers = raw as unknown as Answers;
        const pruned = pruneAnswers(answers, p);
        expect(Object.keys(pruned)).to.not.include.members(['name', 'postcode']);
        expect(assess(answers, p).length).to.be.greaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('eligibility: the data is well formed', () => {
  it('each question and option condition reads only questions asked before it', () => {
    QUESTIONS.forEach((question, index) => {
      const earlier = new Set(QUESTIONS.slice(0, index).map((q) => q.id));
      for (const id of questionsRead(question.when))
        expect(earlier.has(id), `${question.id} reads ${id}`).to.equal(true);
      for (const o of question.options) {
        if (!o.shownWhen) continue;
        for (const id of questionsRead(o.shownWhen)) {
          expect(earlier.has(id), `${question.id}.${o.id} reads ${id}`).to.equal(true);
        }
      }
    });
  });

  it('question and rule ids are unique', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).to.equal(QUESTIONS.length);
    expect(new Set(RULES.map((r) => r.id)).size).to.equal(RULES.length);
  });

  it('every legal right rests on at least one source, and every statutory rule names its nations', () => {
    for (const rule of RULES) {
      if (rule.strength === 'legal-right') expect(rule.basis.length, rule.id).to.be.greaterThan(0);
      if (!rule.nonStatutory) expect(rule.nations.length, rule.id).to.be.greaterThan(0);
      for (const source of rule.basis) {
        if (source.url)
          expect(source.url, rule.id).to.match(
            /^https:\/\/(www\.legislation\.gov\.uk|www\.gov\.uk)\//,
          );
      }
    }
  });

  it('a rule for some nations can only hold in those nations', () => {
    // The nations in which a condition can hold, worked out from the condition itself.
    const possible = (c: Condition): Set<string> => {
      if ('all' in c) {
        return c.all
          .map(possible)
          .reduce((a, b) => new Set([...a].filter((n) => b.has(n))), new Set(NATIONS));
      }
      if ('any' in c) return new Set(c.any.flatMap((x) => [...possible(x)]));
      if ('q' in c && c.q === 'nation') return new Set(c.anyOf as readonly string[]);
      // Care arranged by a council in another nation follows that council's law, so a rule's
      // nations are the nations whose law it applies.
      if ('q' in c && c.q === 'placed-by') {
        const named = (c.anyOf as readonly string[]).filter((o) => NATIONS.includes(o as Nation));
        return named.length === c.anyOf.length ? new Set(named) : new Set(NATIONS);
      }
      return new Set(NATIONS);
    };
    for (const rule of RULES) {
      if (rule.nations.length === 0) continue;
      expect([...possible(rule.when)], rule.id).to.have.members([...rule.nations]);
    }
  });
});
