// Shared by the eligibility tests: walk the quiz as a person would, and compare results.
import {
  QUESTIONS,
  answer,
  assess,
  nextQuestion,
  pruneAnswers,
  shownOptions,
  withPreset,
} from '../../src/eligibility/index.js';
import type {
  AnswerValue,
  Answers,
  Outcome,
  Preset,
  Question,
} from '../../src/eligibility/index.js';

/** The values a person could give to a question now: each option alone, and all non-exclusive ones. */
export function candidateValues(
  question: Question,
  answers: Answers,
  preset: Preset = {},
): AnswerValue[] {
  const shown = shownOptions(question, withPreset(answers, preset));
  if (question.type === 'single') return shown.map((o) => o.id);
  const values: AnswerValue[] = shown.map((o) => [o.id]);
  const combinable = shown.filter((o) => !o.exclusive).map((o) => o.id);
  if (combinable.length > 1) values.push(combinable);
  return values;
}

/**
 * Answers every question that comes up, choosing with `choices` (a stream of numbers, as
 * fast-check generates them), until the quiz is complete. Returns the answers and the path.
 */
export function walk(
  choices: readonly number[],
  preset: Preset = {},
): { answers: Answers; asked: Question[] } {
  let answers: Answers = {};
  const asked: Question[] = [];
  let i = 0;
  for (let step = 0; step <= QUESTIONS.length; step += 1) {
    const question = nextQuestion(answers, preset);
    if (!question) return { answers, asked };
    asked.push(question);
    const shown = shownOptions(question, withPreset(answers, preset));
    const pick = (): number => choices[i++ % Math.max(choices.length, 1)] ?? 0;
    let value: AnswerValue;
    if (question.type === 'single') {
      value = shown[pick() % shown.length].id;
    } else {
      const exclusive = shown.filter((o) => o.exclusive);
      const combinable = shown.filter((o) => !o.exclusive);
      if (exclusive.length > 0 && pick() % 4 === 0) {
        value = [exclusive[pick() % exclusive.length].id];
      } else {
        const chosen = combinable.filter(() => pick() % 2 === 0);
        value =
          chosen.length > 0 ? chosen.map((o) => o.id) : [combinable[pick() % combinable.length].id];
      }
    }
    answers = answer(answers, question.id, value, preset);
  }
  throw new Error('The quiz did not end after asking every question once.');
}

/** Everything a person would see in a result, as one string: kinds, strengths, reasons and law. */
export function signature(outcomes: readonly Outcome[]): string {
  return JSON.stringify(
    outcomes.map((o) => [
      o.kind,
      o.strength,
      o.ruleId,
      o.reasons.map((r) => r()),
      o.basis.map((b) => b.title),
    ]),
  );
}

/** Every complete set of answers that extends `answers`, depth first, at most `budget.left` of them. */
export function* completions(
  answers: Answers,
  preset: Preset,
  budget: { left: number },
): Generator<Answers> {
  if (budget.left <= 0) return;
  const question = nextQuestion(answers, preset);
  if (!question) {
    budget.left -= 1;
    yield answers;
    return;
  }
  for (const value of candidateValues(question, answers, preset)) {
    yield* completions(answer(answers, question.id, value, preset), preset, budget);
    if (budget.left <= 0) return;
  }
}

/**
 * Whether the answer to `question` can change the result, given the answers before it: two
 * answers to it and one way of answering the questions after it that give different results.
 */
export function canChangeResult(before: Answers, question: Question, preset: Preset = {}): boolean {
  const values = candidateValues(question, before, preset);
  const budget = { left: 5000 };
  for (const first of values) {
    for (const complete of completions(
      answer(before, question.id, first, preset),
      preset,
      budget,
    )) {
      const result = signature(assess(complete, preset));
      for (const second of values) {
        if (second === first) continue;
        const changed = pruneAnswers({ ...complete, [question.id]: second }, preset);
        if (signature(assess(changed, preset)) !== result) return true;
      }
    }
  }
  return false;
}

/** The answers to the questions before `question` on the path. */
export function answersBefore(
  answers: Answers,
  path: readonly Question[],
  question: Question,
): Answers {
  const before: Record<string, unknown> = {};
  for (const q of path) {
    if (q === question) break;
    const value = (answers as Record<string, unknown>)[q.id];
    if (value !== undefined) before[q.id] = value;
  }
  return before;
}
