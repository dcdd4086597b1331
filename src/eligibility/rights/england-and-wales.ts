/**
 * England and Wales, where both nations share the law (the Mental Capacity Act 2005): when each
 * kind of advocacy is a legal right, something a person may be able to get, or something to ask
 * about. Records only, no sentences: the words are in ../words/england-and-wales.ts and
 * ../words/dols.ts.
 */
import { all, any, is, not } from '../conditions.js';
import {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND,
  ENGLAND_OR_WALES,
  NO_APPROPRIATE_PERSON,
  WALES,
} from '../when.js';
import {
  DOLS,
  DOLS_39A_STAGE,
  DOLS_39C_STAGE,
  DOLS_IN_FORCE,
  LIBERTY_ENGLAND_OR_WALES,
} from '../when.js';
import { MCA, MHA, SRC } from '../sources.js';
import { SUPPORT_REASONS, DOLS_REASONS } from './shared.js';
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
  // ----- Deprivation of Liberty Safeguards (MCA 2005 Schedule A1): three IMCA rights, each with its own condition.
  // The supervisory body decides whether there is a deprivation of liberty ([2026] UKSC 16).
  {
    id: 'imca-dols-39a',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(DOLS_39A_STAGE, NO_APPROPRIATE_PERSON),
    reasons: [...DOLS_REASONS, ...SUPPORT_REASONS, 'dols-39a'],
    basis: [MCA('39A'), SRC.mcaScheduleA1, SRC.uksc2026],
  },
  {
    id: 'imca-dols-39c',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(DOLS_39C_STAGE, NO_APPROPRIATE_PERSON),
    reasons: [...DOLS_REASONS, ...SUPPORT_REASONS, 'dols-39c'],
    basis: [MCA('39C'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-dols-39d',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(DOLS_IN_FORCE, is('representative', 'unpaid')),
    reasons: [...DOLS_REASONS, 'dols-39d-unpaid', 'dols-39d-without-asking'],
    basis: [MCA('39D'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-dols-paid-representative',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    when: all(DOLS_IN_FORCE, is('representative', 'paid')),
    reasons: [...DOLS_REASONS, 'dols-paid-representative'],
    basis: [MCA('39D'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-dols-family-consulted',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    // s39A and s39C need nobody appropriate to consult; a family member may become the representative (then s39D).
    when: any(
      all(DOLS_39A_STAGE, is('support', 'family-friend')),
      all(DOLS_39C_STAGE, is('support', 'family-friend')),
    ),
    reasons: [...DOLS_REASONS, 'dols-family-consulted'],
    basis: [MCA('39A'), MCA('39C'), MCA('39D')],
  },
  {
    id: 'imca-dols-not-requested',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    when: all(DOLS, is('dols-stage', 'not-requested')),
    reasons: [...DOLS_REASONS, 'dols-not-requested'],
    basis: [SRC.mcaScheduleA1, SRC.uksc2026],
  },
  // Outside a hospital or care home, DoLS does not apply: the Court of Protection authorises.
  {
    id: 'liberty-court-of-protection',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    when: all(LIBERTY_ENGLAND_OR_WALES, is('liberty-setting', 'elsewhere')),
    reasons: ['dols-uksc-2026', 'liberty-court'],
    basis: [MCA('4A'), MCA('16'), SRC.uksc2026],
  },
  {
    id: 'liberty-setting-not-sure',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    when: all(LIBERTY_ENGLAND_OR_WALES, is('liberty-setting', 'not-sure')),
    reasons: ['dols-uksc-2026', 'liberty-setting-not-sure'],
    basis: [SRC.mcaScheduleA1, MCA('4A'), MCA('16')],
  },
  {
    id: 'imca-dols-check',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: any(
      all(DOLS, is('dols-stage', 'not-sure')),
      all(DOLS_IN_FORCE, is('representative', 'not-sure')),
      all(DOLS_39A_STAGE, is('support', 'not-sure')),
      all(DOLS_39C_STAGE, is('support', 'not-sure')),
    ),
    reasons: [...DOLS_REASONS, 'dols-check-2026', 'dols-check-ask', 'lps-not-in-force'],
    basis: [MCA('39A'), MCA('39C'), MCA('39D'), SRC.mcaScheduleA1],
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
