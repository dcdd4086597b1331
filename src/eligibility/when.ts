/**
 * Conditions that several questions and rules share, as data. No words here: the rules'
 * records and the strength module read these without pulling in any msg().
 */
import { all, any, is, not } from './conditions.js';

export const ENGLAND = is('nation', 'england');
export const WALES = is('nation', 'wales');
export const SCOTLAND = is('nation', 'scotland');
export const NORTHERN_IRELAND = is('nation', 'northern-ireland');

export const ENGLAND_OR_WALES = is('nation', 'england', 'wales');
export const AGED_16_OR_OVER = is('age', '16-17', '18-24', '25-or-over');
export const ADULT = is('age', '18-24', '25-or-over');
export const UNDER_18 = is('age', 'under-16', '16-17');
export const UNDER_25 = is('age', 'under-16', '16-17', '18-24');
/**
 * Care arranged by a council in another nation (Care Act 2014 Schedule 1 and the matching
 * provisions of the other nations): the placing council keeps its duties, advocacy in its
 * assessments and reviews included. Detention and safeguarding follow the law of the place.
 */
export const PLACED_FROM_ELSEWHERE = is(
  'placed-by',
  'england',
  'wales',
  'scotland',
  'northern-ireland',
);
/** Whose law governs the council's assessments and reviews: the placing council's. */
export const CARE_LAW_ENGLAND = any(
  all(ENGLAND, not(PLACED_FROM_ELSEWHERE)),
  is('placed-by', 'england'),
);
export const CARE_LAW_WALES = any(all(WALES, not(PLACED_FROM_ELSEWHERE)), is('placed-by', 'wales'));
/** Aftercare under Mental Health Act 1983 s117: planned under that Act, not as a Care Act assessment. */
export const S117_AFTERCARE = is('mh-status', 'aftercare');
/** Care Act 2014 s67/s68 (with ss58–64 for young carers and young people nearing 18). */
export const ENGLAND_CARE_PROCESS = any(
  all(CARE_LAW_ENGLAND, is('situation', 'social-care'), not(S117_AFTERCARE)),
  all(ENGLAND, ADULT, is('situation', 'safeguarding')),
  all(ENGLAND, is('situation', 'transition')),
);
/** The Welsh Part 10 Code of Practice (Advocacy): assessments, plans, reviews, safeguarding. */
export const WALES_CARE_PROCESS = any(
  all(CARE_LAW_WALES, is('situation', 'social-care'), not(S117_AFTERCARE)),
  all(WALES, ADULT, is('situation', 'safeguarding')),
);
export const SOCIAL_CARE_PROCESS = any(ENGLAND_CARE_PROCESS, WALES_CARE_PROCESS);
/** Some substantial difficulty, or the person is not sure. */
export const SOME_DIFFICULTY = is(
  'difficulty',
  'understanding',
  'remembering',
  'weighing',
  'communicating',
  'not-sure',
);
/** Restrictions on liberty in England or Wales for an adult who may lack capacity: where are they? */
export const LIBERTY_ENGLAND_OR_WALES = all(
  ENGLAND_OR_WALES,
  ADULT,
  is('situation', 'liberty'),
  is('capacity', 'lacks', 'not-sure'),
);
/**
 * Deprivation of Liberty Safeguards (Mental Capacity Act 2005 Schedule A1, England and Wales,
 * 18 or over, in a hospital or care home only: Sch A1 para 1(2); elsewhere the Court of
 * Protection authorises, ss.4A and 16). Whether care amounts to a deprivation of liberty is decided by the supervisory body
 * (after [2026] UKSC 16, on the whole situation); the quiz asks only the stage reached.
 */
export const DOLS = all(LIBERTY_ENGLAND_OR_WALES, is('liberty-setting', 'care-home-hospital'));
export const DOLS_IN_FORCE = all(DOLS, is('dols-stage', 'in-force'));
/** s39A: a standard authorisation requested or an urgent one given. */
export const DOLS_39A_STAGE = all(DOLS, is('dols-stage', 'requested'));
/** s39C: an authorisation is in force and the representative's appointment has ended. */
export const DOLS_39C_STAGE = all(DOLS_IN_FORCE, is('representative', 'ended'));

/**
 * When a family member or friend matters for an Independent Mental Capacity Advocate (Mental
 * Capacity Act 2005 s37–s39C and the IMCA regulations): the person lacks capacity for one of these
 * decisions, or it is not known and the decision is serious treatment or a long-term move; or
 * a DoLS stage where s39A or s39C turns on whether anyone can be consulted.
 */
export const IMCA_NEEDS_SUPPORT_ANSWER = any(
  all(is('capacity', 'lacks'), is('situation', 'medical-treatment', 'move', 'social-care')),
  all(is('capacity', 'not-sure'), is('situation', 'medical-treatment', 'move')),
  DOLS_39A_STAGE,
  DOLS_39C_STAGE,
);

export const NO_APPROPRIATE_PERSON = is('support', 'paid-only', 'no-one', 'not-suitable');
export const DEFINITE_DIFFICULTY = is(
  'difficulty',
  'understanding',
  'remembering',
  'weighing',
  'communicating',
);
export const SPECIAL_TREATMENT = any(
  is('special-treatment', 'neurosurgery'),
  all(UNDER_18, is('special-treatment', 'ect')),
);
export const CHILDREN_STATUSES = is(
  'children-status',
  'looked-after',
  'care-leaver',
  'child-protection',
  'child-in-need',
);
