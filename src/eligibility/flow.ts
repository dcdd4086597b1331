/**
 * The path through the questions, as pure functions of the answers. The element keeps the
 * answers and asks these functions what to show next; going back and forward never loses an
 * answer that still applies.
 */
import { answerList, isAnswered } from './conditions.js';
import { QUESTIONS, getQuestion, shownOptions } from './questions.js';
import type { AnswerValue, Answers, Preset, Question, QuestionId } from './types.js';

/** The answers with what the host fixed (the nation) filled in. The preset wins. */
export function withPreset(answers: Answers, preset: Preset = {}): Answers {
  return preset.nation ? { ...answers, nation: preset.nation } : answers;
}

/** True when the host has fixed the answer to this question, so it is never asked. */
export function isPreset(id: QuestionId, preset: Preset = {}): boolean {
  return id === 'nation' && preset.nation !== undefined;
}

/**
 * Whether a value is a valid answer to a question, given the answers before it: only ids of
 * options shown now; one for a one-answer question; for several, at least one, no repeats, and
 * an exclusive option ("None of these") only on its own.
 */
export function isValidAnswer(question: Question, value: unknown, answers: Answers): boolean {
  const shown = shownOptions(question, answers);
  const ids = new Set(shown.map((o) => o.id));
  if (question.type === 'single') return typeof value === 'string' && ids.has(value);
  if (!Array.isArray(value) || value.length === 0) return false;
  const list = value as unknown[];
  if (!list.every((v) => typeof v === 'string' && ids.has(v))) return false;
  if (new Set(list).size !== list.length) return false;
  const exclusive = shown.filter((o) => o.exclusive).map((o) => o.id);
  return list.length === 1 || !list.some((v) => exclusive.includes(v as string));
}

/**
 * Drops every answer that no longer applies, in question order: answers to questions that are
 * not asked any more, options that are not shown any more, and anything invalid. Keeps every
 * later answer that still applies, so changing an early answer loses as little as possible.
 */
export function pruneAnswers(answers: Answers, preset: Preset = {}): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const question of QUESTIONS) {
    if (isPreset(question.id, preset)) continue;
    const context = withPreset(kept, preset);
    if (!question.appliesWhen(context)) continue;
    const raw: unknown = (answers as Readonly<Record<string, unknown>>)[question.id];
    if (raw === undefined) continue;
    let value: unknown = raw;
    if (question.type === 'multiple' && Array.isArray(raw)) {
      // Keep the options that are still shown, in the order the question lists them.
      const shown = shownOptions(question, context).map((o) => o.id);
      value = shown.filter((id) => (raw as unknown[]).includes(id));
    }
    if (isValidAnswer(question, value, context)) kept[question.id] = value as AnswerValue;
  }
  return kept;
}

/**
 * The current path: the questions that apply, in order, up to and including the first one not
 * yet answered. Questions after that depend on answers not given yet.
 */
export function questionsToAsk(answers: Answers, preset: Preset = {}): Question[] {
  const pruned = pruneAnswers(answers, preset);
  const context = withPreset(pruned, preset);
  const path: Question[] = [];
  for (const question of QUESTIONS) {
    if (isPreset(question.id, preset) || !question.appliesWhen(context)) continue;
    path.push(question);
    if (!isAnswered(pruned, question.id)) break;
  }
  return path;
}

/** The next question to ask, or undefined when every question that applies is answered. */
export function nextQuestion(answers: Answers, preset: Preset = {}): Question | undefined {
  const pruned = pruneAnswers(answers, preset);
  return questionsToAsk(pruned, preset).find((q) => !isAnswered(pruned, q.id));
}

/** True when there is nothing left to ask. */
export function isComplete(answers: Answers, preset: Preset = {}): boolean {
  return nextQuestion(answers, preset) === undefined;
}

/** The question before this one on the current path (for a "Back" link), if any. */
export function previousQuestion(
  answers: Answers,
  current: QuestionId | undefined,
  preset: Preset = {},
): Question | undefined {
  const path = questionsToAsk(answers, preset);
  const index = current === undefined ? path.length : path.findIndex((q) => q.id === current);
  if (index === -1) {
    // `current` is not on the path (for example the results page): go to the last question.
    return path.at(-1);
  }
  return index > 0 ? path[index - 1] : undefined;
}

/**
 * Records an answer and prunes what no longer applies. An invalid value leaves the answers as
 * they were (the element shows the question's error message instead).
 */
export function answer(
  answers: Answers,
  id: QuestionId,
  value: AnswerValue,
  preset: Preset = {},
): Answers {
  const pruned = pruneAnswers(answers, preset);
  const question = getQuestion(id);
  const context = withPreset(pruned, preset);
  if (isPreset(id, preset) || !question.appliesWhen(context)) return pruned;
  const normalised =
    question.type === 'multiple' && Array.isArray(value)
      ? question.options.map((o) => o.id).filter((o) => (value as readonly string[]).includes(o))
      : value;
  if (!isValidAnswer(question, normalised, context)) return pruned;
  return pruneAnswers({ ...pruned, [id]: normalised }, preset);
}

/** The answer to a question as a list of option ids (empty when unanswered). */
export function selectedOptions(answers: Answers, id: QuestionId): readonly string[] {
  return answerList(answers, id);
}
