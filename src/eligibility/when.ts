/**
 * Conditions that several questions and rules share, as data. No words here: the rules'
 * records and the strength module read these without pulling in any msg().
 */
import { all, any, is } from './conditions.js';

export const ENGLAND_OR_WALES = is('nation', 'england', 'wales');
export const AGED_16_OR_OVER = is('age', '16-17', '18-24', '25-or-over');
export const ADULT = is('age', '18-24', '25-or-over');
export const UNDER_18 = is('age', 'under-16', '16-17');
export const UNDER_25 = is('age', 'under-16', '16-17', '18-24');
/** Care Act 2014 s67/s68 and the Welsh Part 10 Code: assessments, plans, reviews, safeguarding. */
export const SOCIAL_CARE_PROCESS = any(
  is('situation', 'social-care'),
  all(ADULT, is('situation', 'safeguarding')),
);
/** Some substantial difficulty, or the person is not sure. */
export const SOME_DIFFICULTY = is(
  'difficulty',
  'understanding',
  'remembering',
  'weighing',
  'communicating',
  'not-sure',
);
/**
 * When a family member or friend matters for an Independent Mental Capacity Advocate (Mental
 * Capacity Act 2005 s37–s39D and the IMCA regulations): the person lacks capacity for one of these
 * decisions, or it is not known and the decision is serious treatment or a long-term move.
 */
export const IMCA_NEEDS_SUPPORT_ANSWER = any(
  all(
    is('capacity', 'lacks'),
    any(
      is('situation', 'medical-treatment', 'move', 'social-care'),
      all(ADULT, is('situation', 'liberty')),
    ),
  ),
  all(is('capacity', 'not-sure'), is('situation', 'medical-treatment', 'move')),
);

export const ENGLAND = is('nation', 'england');
export const WALES = is('nation', 'wales');
export const SCOTLAND = is('nation', 'scotland');
export const NORTHERN_IRELAND = is('nation', 'northern-ireland');
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
