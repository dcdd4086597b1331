/**
 * Conditions as data: small builders, a pure evaluator, and the list of questions a condition
 * reads. Questions (`appliesWhen`) and rules (`when`) are both written with these.
 */
import type { Answers, Condition, OptionId, QuestionId } from './types.js';

/** The answer to `q` is one of (or, for several-answer questions, includes one of) `options`. */
export function is<Q extends QuestionId>(q: Q, ...options: OptionId<Q>[]): Condition {
  return { q, anyOf: options } as Condition;
}

export function all(...conditions: Condition[]): Condition {
  return { all: conditions };
}

export function any(...conditions: Condition[]): Condition {
  return { any: conditions };
}

export function not(condition: Condition): Condition {
  return { not: condition };
}

export const ALWAYS: Condition = { always: true };

/** The raw answer to a question as a list of option ids (empty when unanswered). */
export function answerList(answers: Answers, q: QuestionId): readonly string[] {
  const value: unknown = (answers as Readonly<Record<string, unknown>>)[q];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? (value as string[]) : [];
}

export function isAnswered(answers: Answers, q: QuestionId): boolean {
  return answerList(answers, q).length > 0;
}

/** Evaluates a condition against the answers. Pure. */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('always' in condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const given = answerList(answers, condition.q);
  return (condition.anyOf as readonly string[]).some((option) => given.includes(option));
}

/** Every question a condition reads, in no particular order. */
export function questionsRead(condition: Condition): Set<QuestionId> {
  const found = new Set<QuestionId>();
  const walk = (c: Condition): void => {
    if ('always' in c) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else found.add(c.q);
  };
  walk(condition);
  return found;
}
