/**
 * Wales: when each kind of advocacy is a legal right, something a person may be able to get,
 * or something to ask about. Records only, no sentences: the words are in ../words/wales.ts.
 */
import { all, any, is, not } from '../conditions.js';
import {
  CHILDREN_STATUSES,
  DEFINITE_DIFFICULTY,
  NO_APPROPRIATE_PERSON,
  SOME_DIFFICULTY,
  SPECIAL_TREATMENT,
  WALES,
} from '../when.js';
import { CARE_LAW_WALES, S117_AFTERCARE, WALES_CARE_PROCESS } from '../when.js';
import { MHA, SRC } from '../sources.js';
import { CARE_SITUATION, DIFFICULTY_REASONS, SPECIAL_REASONS, SUPPORT_REASONS } from './shared.js';
import type { RuleRecord } from '../types.js';

export const WALES_RULES: readonly RuleRecord[] = [
  // ----- Independent Mental Health Advocates: Wales (MHA 1983 s130E–130L, Mental Health (Wales) Measure 2010 Part 4)
  {
    id: 'wales-imha-compulsory',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(
      WALES,
      is('mh-status', 'detained', 'short-hold', 'cto', 'guardianship', 'conditional-discharge'),
    ),
    reasons: [
      { id: 'status.detained', when: is('mh-status', 'detained') },
      { id: 'status.short-hold', when: is('mh-status', 'short-hold') },
      { id: 'status.cto', when: is('mh-status', 'cto') },
      { id: 'status.guardianship', when: is('mh-status', 'guardianship') },
      { id: 'status.conditional-discharge', when: is('mh-status', 'conditional-discharge') },
      'wales-imha-right',
      { id: 'wales-short-hold', when: is('mh-status', 'short-hold') },
      'staff-must-tell',
    ],
    basis: [
      MHA('130E'),
      MHA('130I'),
      SRC.walesMeasurePart4,
      { ...SRC.mhaCodeWales, when: is('mh-status', 'conditional-discharge') },
    ],
  },
  {
    id: 'wales-imha-informal',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('mh-status', 'informal-inpatient')),
    reasons: ['status.informal-inpatient', 'wales-informal', 'staff-must-tell'],
    basis: [MHA('130E'), MHA('130J'), SRC.walesMeasurePart4],
  },
  {
    id: 'wales-imha-special-treatment',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('mh-status', 'community'), SPECIAL_TREATMENT),
    reasons: [...SPECIAL_REASONS, 'imha-right-not-detained'],
    basis: [MHA('130E'), MHA('130I'), MHA('57'), MHA('58A')],
  },
  {
    id: 'wales-imha-place-of-safety',
    kind: 'imha',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(WALES, is('mh-status', 'place-of-safety')),
    reasons: ['status.place-of-safety', 'wales-place-of-safety', 'ask-staff-held'],
    basis: [MHA('130E'), MHA('130I')],
  },
  // ----- Wales: Social Services and Well-being (Wales) Act 2014, Part 10 Code of Practice (Advocacy)
  {
    id: 'wales-social-care-advocacy',
    kind: 'care-act',
    strength: 'legal-right',
    nations: ['wales'],
    // Part 10 Code of Practice (Advocacy): an independent professional advocate where the person
    // can only overcome the barriers to taking part with an appropriate individual, and there is none.
    when: all(WALES_CARE_PROCESS, DEFINITE_DIFFICULTY, NO_APPROPRIATE_PERSON),
    reasons: [
      { id: 'placed-by-wales', when: all(not(WALES), is('placed-by', 'wales')) },
      ...CARE_SITUATION,
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      'wales-ipa-test',
      'wales-ipa',
    ],
    basis: [SRC.walesPart10Code, SRC.walesSswbaPart10],
  },
  {
    id: 'wales-social-care-with-family',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(WALES_CARE_PROCESS, SOME_DIFFICULTY, is('support', 'family-friend')),
    reasons: ['wales-ipa-family', 'ask-social-worker'],
    basis: [SRC.walesPart10Code, SRC.walesSswbaPart10],
  },
  {
    id: 'wales-social-care-check',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(
      WALES_CARE_PROCESS,
      any(
        all(is('difficulty', 'not-sure'), not(is('support', 'family-friend'))),
        all(DEFINITE_DIFFICULTY, is('support', 'not-sure')),
      ),
    ),
    reasons: ['wales-ipa-check', 'ask-social-worker'],
    basis: [SRC.walesPart10Code, SRC.walesSswbaPart10],
  },
  {
    id: 'wales-s117-aftercare',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(CARE_LAW_WALES, is('situation', 'social-care'), S117_AFTERCARE),
    reasons: ['wales-s117-aftercare', 'wales-s117-ask'],
    basis: [MHA('117'), SRC.walesMeasurePart2, SRC.walesPart10Code],
  },
  {
    id: 'wales-nhs-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('situation', 'nhs-complaint')),
    reasons: ['nhs-complaint', 'wales-llais'],
    basis: [SRC.walesNhsComplaints, SRC.walesLlais],
  },
  {
    id: 'wales-children-active-offer',
    kind: 'children',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('children-status', 'looked-after', 'child-protection')),
    reasons: ['wales-active-offer', 'wales-active-offer-choice'],
    basis: [SRC.walesPart10Code],
  },
  {
    id: 'wales-children-complaint',
    kind: 'children',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, CHILDREN_STATUSES, is('children-complaint', 'yes')),
    reasons: ['children-complaint', 'wales-children-complaint'],
    basis: [SRC.walesSswba178, SRC.walesRepresentationsRegs],
  },
  {
    id: 'wales-children-other',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['wales'],
    when: all(
      WALES,
      is('children-status', 'care-leaver', 'child-in-need'),
      is('children-complaint', 'no'),
    ),
    reasons: ['wales-children-other', 'ask-social-worker'],
    basis: [],
  },
];
