/** Groups of reasons several rules show, each under its own condition. */
import { all, is } from '../conditions.js';
import { ADULT } from '../when.js';
import type { ReasonRef } from '../types.js';

export const SPECIAL_REASONS: readonly ReasonRef[] = [
  { id: 'neurosurgery', when: is('special-treatment', 'neurosurgery') },
  { id: 'ect', when: is('special-treatment', 'ect') },
];

export const SUPPORT_REASONS: readonly ReasonRef[] = [
  { id: 'no-one', when: is('support', 'no-one') },
  { id: 'paid-only', when: is('support', 'paid-only') },
  { id: 'not-suitable', when: is('support', 'not-suitable') },
];

export const CARE_SITUATION: readonly ReasonRef[] = [
  { id: 'care-situation.social-care', when: is('situation', 'social-care') },
  { id: 'care-situation.safeguarding', when: all(ADULT, is('situation', 'safeguarding')) },
];

export const DIFFICULTY_REASONS: readonly ReasonRef[] = [
  { id: 'difficulty.understanding', when: is('difficulty', 'understanding') },
  { id: 'difficulty.remembering', when: is('difficulty', 'remembering') },
  { id: 'difficulty.weighing', when: is('difficulty', 'weighing') },
  { id: 'difficulty.communicating', when: is('difficulty', 'communicating') },
];

/** Every DoLS outcome says who decides and that the quiz cannot ([2026] UKSC 16). */
export const DOLS_REASONS: readonly ReasonRef[] = [
  'dols-who-decides',
  'dols-uksc-2026',
  { id: 'lacks-capacity', when: is('capacity', 'lacks') },
];
