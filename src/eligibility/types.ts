/**
 * Types of the eligibility rules: the questions the quiz asks, the answers it keeps and the
 * outcomes `assess()` returns. Plain data, no DOM, no Lit; wording is always a function so that
 * `msg()` runs when the text is read, never at import time.
 */
import type { AdvocacyKindId } from '../knowledge/ids.js';
import { NATIONS } from '../knowledge/nations.js';
import type { Nation } from '../knowledge/nations.js';

/** The two registers every text has (see shared CONTENT.md). */
export type Register = 'standard' | 'easy-read';

/**
 * A piece of wording, read when it is rendered so that a change of locale re-renders.
 * Called without an argument it gives the standard register.
 */
export type Text = (register?: Register) => string;

/**
 * Whose situation the quiz is about: the person answering ("you") or someone they support
 * ("the person you support"). Each perspective has its own whole sentences.
 */
export type Perspective = 'self' | 'other';

/** Whole sentences for each perspective. Both may be the same function when no "you" appears. */
export interface PerspectiveText {
  readonly self: Text;
  readonly other: Text;
}

/**
 * The stable ids of every question and of its options. They are kept in saved answers and
 * events, so never rename one; add new ids instead.
 */
export const ANSWER_OPTIONS = {
  role: ['self', 'family-friend', 'professional'],
  nation: NATIONS,
  age: ['under-16', '16-17', '18-24', '25-or-over'],
  situation: [
    'mental-health-care',
    'medical-treatment',
    'move',
    'liberty',
    'social-care',
    'safeguarding',
    'nhs-complaint',
    'children-services',
    'transition',
    'social-security',
    'none',
  ],
  'placed-by': ['here', 'england', 'wales', 'scotland', 'northern-ireland', 'not-sure'],
  'mh-status': [
    'detained',
    'short-hold',
    'place-of-safety',
    'cto',
    'guardianship',
    'conditional-discharge',
    'informal-inpatient',
    'aftercare',
    'community',
    'not-sure',
  ],
  'special-treatment': ['ect', 'neurosurgery', 'neither'],
  condition: [
    'mental-health',
    'dementia',
    'learning-disability',
    'autism',
    'brain-injury',
    'none',
    'not-saying',
  ],
  'children-status': [
    'looked-after',
    'care-leaver',
    'child-protection',
    'child-in-need',
    'childrens-hearing',
    'none',
  ],
  'children-complaint': ['yes', 'no'],
  capacity: ['lacks', 'can-decide', 'not-sure'],
  'liberty-setting': ['care-home-hospital', 'elsewhere', 'not-sure'],
  'dols-stage': ['not-requested', 'requested', 'in-force', 'not-sure'],
  representative: ['unpaid', 'paid', 'ended', 'not-sure'],
  difficulty: ['understanding', 'remembering', 'weighing', 'communicating', 'none', 'not-sure'],
  support: ['family-friend', 'paid-only', 'no-one', 'not-suitable', 'not-sure'],
} as const;

export type QuestionId = keyof typeof ANSWER_OPTIONS;
export type OptionId<Q extends QuestionId> = (typeof ANSWER_OPTIONS)[Q][number];

/** Questions answered with one option (radios). */
export type SingleQuestionId =
  | 'role'
  | 'nation'
  | 'age'
  | 'mh-status'
  | 'special-treatment'
  | 'children-complaint'
  | 'capacity'
  | 'placed-by'
  | 'liberty-setting'
  | 'dols-stage'
  | 'representative'
  | 'support';
/** Questions answered with one or more options (checkboxes). */
export type MultipleQuestionId = Exclude<QuestionId, SingleQuestionId>;

export const MULTIPLE_QUESTION_IDS: readonly MultipleQuestionId[] = [
  'situation',
  'condition',
  'children-status',
  'difficulty',
];

export function isMultipleQuestionId(id: QuestionId): id is MultipleQuestionId {
  return (MULTIPLE_QUESTION_IDS as readonly QuestionId[]).includes(id);
}

/** What the person has answered so far: option ids only, never free text. */
export type Answers = { readonly [Q in SingleQuestionId]?: OptionId<Q> } & {
  readonly [Q in MultipleQuestionId]?: readonly OptionId<Q>[];
};

/** The value of one answer, as the element hands it over. */
export type AnswerValue = string | readonly string[];

/** What the host page has fixed in advance, so the quiz does not ask it. */
export interface Preset {
  readonly nation?: Nation;
}

/**
 * A condition as data, so that the same object drives the quiz and the generated flow diagram.
 * `{ q, anyOf }` holds when the answer to `q` is one of `anyOf` (one-answer questions) or
 * includes one of them (several-answer questions). An unanswered question matches nothing.
 */
export type Match = {
  readonly [Q in QuestionId]: { readonly q: Q; readonly anyOf: readonly OptionId<Q>[] };
}[QuestionId];

export type Condition =
  | Match
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly always: true };

export interface QuestionOption {
  readonly id: string;
  readonly label: PerspectiveText;
  readonly hint?: PerspectiveText;
  /** "None of these" in a list of checkboxes: it cannot be combined with other options. */
  readonly exclusive?: boolean;
  /** Shown only when this holds (for example an option only for children). */
  readonly shownWhen?: Condition;
}

export interface Question {
  readonly id: QuestionId;
  readonly type: 'single' | 'multiple';
  /** A short English name, used in the generated docs and in test names. Not shown to people. */
  readonly topic: string;
  /** The question itself, shown as the legend of the fieldset (GOV.UK question page). */
  readonly legend: PerspectiveText;
  readonly hint?: PerspectiveText;
  /** The error message when nothing is selected. */
  readonly error: PerspectiveText;
  readonly options: readonly QuestionOption[];
  /** When the question is asked, as data (the diagram reads this). */
  readonly when: Condition;
  /** When the question is asked: only when its answer can change the result. Pure. */
  appliesWhen(answers: Answers): boolean;
}

export type Strength = 'legal-right' | 'may-be-able' | 'ask-about';

/** Strongest first: the order outcomes are returned in. */
export const STRENGTHS: readonly Strength[] = ['legal-right', 'may-be-able', 'ask-about'];

/** Where a rule comes from: the official name of the Act, section, regulation or guidance. */
export interface LegalSource {
  /** Official name, for example "Mental Health Act 1983, section 130A". Never translated. */
  readonly title: string;
  /** legislation.gov.uk (or the official publisher) where there is one. */
  readonly url?: string;
}

/** One plain-language reason for an outcome, already in the right perspective. */
export type Reason = Text;

export interface Outcome {
  readonly kind: AdvocacyKindId;
  readonly strength: Strength;
  readonly reasons: readonly Reason[];
  readonly basis: readonly LegalSource[];
  /** The id of the rule that gave this outcome (the first one, when several agree). */
  readonly ruleId: string;
}

/** A reason inside a rule: shown when its condition holds (always, when it has none). */
export interface RuleReason {
  readonly when?: Condition;
  readonly text: PerspectiveText;
}

/** A legal source inside a rule: listed only when its condition holds (for example only in Wales). */
export interface RuleSource extends LegalSource {
  readonly when?: Condition;
}

/**
 * A reason in a rule record: the id of its words (../words/), shown always, or only when its
 * condition holds.
 */
export type ReasonRef = string | { readonly id: string; readonly when: Condition };

/**
 * A rule as a lawyer reads it: when, which kind, how strong, on what basis, and the ids of the
 * reasons shown. The sentences live apart (../words/); `rules.ts` joins the two.
 */
export interface RuleRecord extends Omit<Rule, 'reasons'> {
  readonly reasons: readonly ReasonRef[];
}

export interface Rule {
  /** Stable id, for tests, analytics-free debugging and the generated docs. */
  readonly id: string;
  readonly kind: AdvocacyKindId;
  readonly strength: Strength;
  /** The nations this rule is about; empty for rules that hold in all four. */
  readonly nations: readonly Nation[];
  readonly when: Condition;
  /**
   * `with-legal-right`: only offered alongside a legal right (spot-purchase advocacy).
   * `without-legal-right`: only offered when no legal right applies (paid advocacy).
   */
  readonly only?: 'with-legal-right' | 'without-legal-right';
  /** True for advocacy that no law requires (community, peer, group, self, paid, …). */
  readonly nonStatutory?: boolean;
  readonly reasons: readonly RuleReason[];
  readonly basis: readonly RuleSource[];
}
