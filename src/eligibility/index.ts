/**
 * Eligibility: the quiz's questions and rules as data, and pure functions over them.
 * No DOM, no Lit elements; `msg()` runs only when a text is read.
 */
export type {
  AnswerValue,
  Answers,
  Condition,
  LegalSource,
  Match,
  MultipleQuestionId,
  OptionId,
  Outcome,
  Perspective,
  PerspectiveText,
  Preset,
  Question,
  QuestionId,
  QuestionOption,
  Reason,
  Register,
  Rule,
  RuleReason,
  RuleSource,
  SingleQuestionId,
  Strength,
  Text,
} from './types.js';
export { ANSWER_OPTIONS, MULTIPLE_QUESTION_IDS, STRENGTHS, isMultipleQuestionId } from './types.js';
export {
  ALWAYS,
  all,
  any,
  answerList,
  holds,
  is,
  isAnswered,
  not,
  questionsRead,
} from './conditions.js';
export { perspectiveOf, read } from './text.js';
export { QUESTIONS, getQuestion, shownOptions } from './questions.js';
export { RULES, NON_STATUTORY_RULE_IDS, getRule } from './rules.js';
export { assess, hasLegalRight, matchingRules } from './assess.js';
export {
  answer,
  isComplete,
  isPreset,
  isValidAnswer,
  nextQuestion,
  previousQuestion,
  pruneAnswers,
  questionsToAsk,
  selectedOptions,
  withPreset,
} from './flow.js';
