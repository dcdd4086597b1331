/**
 * The questions the quiz asks, in order, as data. Each one is asked only when its answer can
 * change the result (`when` / `appliesWhen`). Wording is in two perspectives ("you" and "the
 * person you support") and two registers (standard and easy read), always as whole sentences.
 *
 * Nothing here asks for anything that identifies a person: no names, dates of birth, addresses
 * or named diagnoses. Age is asked as a band, health as a broad group the person may skip.
 */
import { ALWAYS, holds } from './conditions.js';
import { role, nation, age } from './questions/who.js';
import { situation } from './questions/situation.js';
import { mhStatus } from './questions/mental-health.js';
import { specialTreatment } from './questions/special-treatment.js';
import { condition, childrenStatus, childrenComplaint } from './questions/children.js';
import { capacity, difficulty, support } from './questions/capacity.js';
import { dolsStage, libertySetting, representative } from './questions/liberty.js';
import { placedBy } from './questions/placement.js';
import type { Condition, Question, QuestionId, QuestionOption } from './types.js';

export {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND_OR_WALES,
  IMCA_NEEDS_SUPPORT_ANSWER,
  SOCIAL_CARE_PROCESS,
  SOME_DIFFICULTY,
  UNDER_18,
  UNDER_25,
} from './when.js';
/** Every question, in the order the quiz asks them. A condition only reads earlier questions. */
export const QUESTIONS: readonly Question[] = [
  role,
  nation,
  age,
  situation,
  placedBy,
  mhStatus,
  specialTreatment,
  condition,
  childrenStatus,
  childrenComplaint,
  capacity,
  libertySetting,
  dolsStage,
  representative,
  difficulty,
  support,
];

export function getQuestion(id: QuestionId): Question {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question id: ${id}`);
  return found;
}

/** The options of a question that are shown given the earlier answers. */
export function shownOptions(
  question: Question,
  answers: Parameters<Question['appliesWhen']>[0],
): QuestionOption[] {
  return question.options.filter((o) => !o.shownWhen || holds(o.shownWhen, answers));
}

/** The condition under which an option is shown (always, when it has none). */
export function optionCondition(o: QuestionOption): Condition {
  return o.shownWhen ?? ALWAYS;
}
