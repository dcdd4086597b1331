/** England and Wales: when each kind of advocacy is a right, something to ask about, or neither. Records only; the words are in ../words/england-and-wales.ts. */
import { all, any, is, not } from '../conditions.js';
import {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND,
  ENGLAND_OR_WALES,
  NO_APPROPRIATE_PERSON,
  WALES,
} from '../when.js';
import { MCA, MHA, SRC } from '../sources.js';
import { SUPPORT_REASONS } from './shared.js';
import type { RuleRecord } from '../types.js';

export const ENGLAND_AND_WALES_RULES: readonly RuleRecord[] = [
  {
    id: 'imha-status-not-known',
    kind: 'imha',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(ENGLAND_OR_WALES, is('mh-status', 'not-sure')),
    reasons: ['imha-not-known', 'imha-not-known-ask'],
    basis: [
      { ...MHA('130C'), when: ENGLAND },
      { ...MHA('130D'), when: ENGLAND },
      { ...MHA('130I'), when: WALES },
      { ...MHA('130J'), when: WALES },
      { ...MHA('130K'), when: WALES },
    ],
  },
  // ----- Independent Mental Capacity Advocates: England and Wales (Mental Capacity Act 2005 s35–41)
  {
    id: 'imca-serious-medical-treatment',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'medical-treatment'),
      is('capacity', 'lacks'),
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      'imca-treatment',
      'lacks-capacity',
      ...SUPPORT_REASONS,
      'imca-right',
      'imca-who-asks',
      'imca-not-if-attorney',
    ],
    basis: [MCA('35'), MCA('37'), MCA('40')],
  },
  {
    id: 'imca-long-term-move',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'move'),
      is('capacity', 'lacks'),
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      'imca-move',
      'lacks-capacity',
      ...SUPPORT_REASONS,
      'imca-right',
      'imca-who-asks',
      'imca-not-if-attorney',
    ],
    basis: [MCA('35'), MCA('38'), MCA('39'), MCA('40')],
  },
  {
    id: 'imca-deprivation-of-liberty',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      ADULT,
      is('situation', 'liberty'),
      is('capacity', 'lacks'),
      is('support', 'family-friend', 'paid-only', 'no-one', 'not-suitable'),
    ),
    reasons: [
      'dols',
      'lacks-capacity',
      { id: 'dols-39a', when: NO_APPROPRIATE_PERSON },
      { id: 'dols-39d', when: is('support', 'family-friend') },
    ],
    basis: [MCA('39A'), MCA('39C'), MCA('39D'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-deprivation-of-liberty-check',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      ADULT,
      is('situation', 'liberty'),
      any(is('capacity', 'not-sure'), all(is('capacity', 'lacks'), is('support', 'not-sure'))),
    ),
    reasons: ['dols-check', 'dols-check-ask'],
    basis: [MCA('39A'), MCA('39D'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-care-review',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'social-care'),
      is('capacity', 'lacks'),
      NO_APPROPRIATE_PERSON,
    ),
    reasons: ['imca-review', 'lacks-capacity', ...SUPPORT_REASONS, 'ask-social-worker'],
    basis: [
      { ...SRC.imcaRegsEngland, when: ENGLAND },
      { ...SRC.imcaRegsWales, when: WALES },
    ],
  },
  {
    id: 'imca-safeguarding',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(ENGLAND_OR_WALES, ADULT, is('situation', 'safeguarding'), is('capacity', 'lacks')),
    reasons: ['imca-safeguarding', 'imca-safeguarding-family', 'lacks-capacity'],
    basis: [
      { ...SRC.imcaRegsEngland, when: ENGLAND },
      { ...SRC.imcaRegsWales, when: WALES },
    ],
  },
  {
    id: 'imca-check',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'medical-treatment', 'move'),
      any(
        all(is('capacity', 'not-sure'), not(is('support', 'family-friend'))),
        all(is('capacity', 'lacks'), is('support', 'not-sure')),
      ),
    ),
    reasons: ['imca-check', 'imca-check-ask'],
    basis: [MCA('35'), MCA('37'), MCA('38'), MCA('39')],
  },
];
