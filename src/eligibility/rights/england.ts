/**
 * England: when each kind of advocacy is a legal right, something a person may be able to get,
 * or something to ask about. Records only, no sentences: the words are in ../words/england.ts.
 */
import { all, any, is, not } from '../conditions.js';
import {
  ADULT,
  CHILDREN_STATUSES,
  DEFINITE_DIFFICULTY,
  ENGLAND,
  NO_APPROPRIATE_PERSON,
  SOME_DIFFICULTY,
  SPECIAL_TREATMENT,
  UNDER_18,
} from '../when.js';
import { CARE_LAW_ENGLAND, ENGLAND_CARE_PROCESS, S117_AFTERCARE } from '../when.js';
import { MHA, SRC } from '../sources.js';
import { CARE_SITUATION, DIFFICULTY_REASONS, SPECIAL_REASONS, SUPPORT_REASONS } from './shared.js';
import type { RuleRecord } from '../types.js';

export const ENGLAND_RULES: readonly RuleRecord[] = [
  // ----- Independent Mental Health Advocates: England (Mental Health Act 1983 s130A–130D)
  {
    id: 'england-imha-detained',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'detained')),
    reasons: ['status.detained', 'imha-right', 'staff-must-tell'],
    basis: [MHA('130A'), MHA('130C'), MHA('130D')],
  },
  {
    id: 'england-imha-cto',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'cto')),
    reasons: ['status.cto', 'imha-right', 'staff-must-tell'],
    basis: [MHA('130A'), MHA('130C'), MHA('130D')],
  },
  {
    id: 'england-imha-guardianship',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'guardianship')),
    reasons: ['status.guardianship', 'imha-right', 'staff-must-tell'],
    basis: [MHA('130A'), MHA('130C'), MHA('130D')],
  },
  {
    id: 'england-imha-conditional-discharge',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'conditional-discharge')),
    reasons: ['status.conditional-discharge', 'imha-right', 'staff-must-tell'],
    basis: [MHA('130A'), MHA('130C'), SRC.mhaCodeEngland],
  },
  {
    id: 'england-imha-special-treatment',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'informal-inpatient', 'community'), SPECIAL_TREATMENT),
    reasons: [...SPECIAL_REASONS, 'imha-right-not-detained'],
    basis: [MHA('130C'), MHA('57'), MHA('58A')],
  },
  {
    id: 'england-no-imha-short-term-powers',
    kind: 'imha',
    strength: 'ask-about',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'short-hold', 'place-of-safety')),
    reasons: [
      { id: 'status.short-hold', when: is('mh-status', 'short-hold') },
      { id: 'status.place-of-safety', when: is('mh-status', 'place-of-safety') },
      'no-imha-right-england',
      'england-short-hold-later',
    ],
    basis: [MHA('130C')],
  },
  {
    id: 'england-imha-informal',
    kind: 'imha',
    strength: 'ask-about',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'informal-inpatient'), not(SPECIAL_TREATMENT)),
    reasons: ['status.informal-inpatient', 'no-imha-right-england', 'england-informal-ask'],
    basis: [MHA('130C')],
  },
  // ----- Care Act advocacy: England (Care Act 2014 s67 and s68)
  {
    id: 'england-care-act',
    kind: 'care-act',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ADULT, ENGLAND_CARE_PROCESS, DEFINITE_DIFFICULTY, NO_APPROPRIATE_PERSON),
    reasons: [
      { id: 'placed-by-england', when: all(not(ENGLAND), is('placed-by', 'england')) },
      ...CARE_SITUATION,
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      'care-act-right',
    ],
    basis: [
      { ...SRC.careAct67, when: is('situation', 'social-care') },
      { ...SRC.careAct68, when: is('situation', 'safeguarding') },
      { ...SRC.careActSchedule1, when: is('placed-by', 'england') },
      SRC.careActGuidance,
    ],
  },
  {
    id: 'england-care-act-young-people',
    kind: 'care-act',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('situation', 'transition'), DEFINITE_DIFFICULTY, NO_APPROPRIATE_PERSON),
    reasons: [
      'care-act-transition',
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      'care-act-transition-right',
    ],
    basis: [SRC.careAct67, SRC.careAct58to64, SRC.careActGuidance],
  },
  {
    id: 'england-s117-aftercare',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['england'],
    when: all(CARE_LAW_ENGLAND, is('situation', 'social-care'), S117_AFTERCARE),
    reasons: ['s117-aftercare', 's117-ask'],
    basis: [MHA('117')],
  },
  {
    id: 'england-care-act-under-18',
    // Care Act s67(3) covers a child only in transition assessments; other children's social care
    // is under the Children Act 1989, where the advocacy right (s26A) is for representations.
    kind: 'children',
    strength: 'ask-about',
    nations: ['england'],
    when: all(
      ENGLAND,
      UNDER_18,
      is('situation', 'social-care'),
      DEFINITE_DIFFICULTY,
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      ...CARE_SITUATION,
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      'care-act-under-18',
      'ask-social-worker',
    ],
    basis: [SRC.careAct67, SRC.childrenAct26A],
  },
  {
    id: 'england-care-act-with-family',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['england'],
    when: all(ENGLAND_CARE_PROCESS, SOME_DIFFICULTY, is('support', 'family-friend')),
    reasons: ['care-act-family', 'care-act-family-but', 'ask-social-worker'],
    basis: [SRC.careActRegs, SRC.careActGuidance],
  },
  {
    id: 'england-care-act-check',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['england'],
    when: all(
      ENGLAND_CARE_PROCESS,
      any(
        all(is('difficulty', 'not-sure'), not(is('support', 'family-friend'))),
        all(DEFINITE_DIFFICULTY, is('support', 'not-sure')),
      ),
    ),
    reasons: ['care-act-check', 'ask-social-worker'],
    basis: [SRC.careAct67, SRC.careActGuidance],
  },
  // ----- NHS complaints advocacy
  {
    id: 'england-nhs-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('situation', 'nhs-complaint')),
    reasons: [
      'nhs-complaint',
      'england-nhs-complaints',
      { id: 'nhs-complaints-reg-5', when: is('role', 'family-friend', 'professional') },
    ],
    basis: [SRC.englandNhsComplaints, SRC.nhsComplaintsRegs5],
  },
  // ----- Children and young people
  {
    id: 'england-children-complaint',
    kind: 'children',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, CHILDREN_STATUSES, is('children-complaint', 'yes')),
    reasons: ['children-complaint', 'england-children-complaint'],
    basis: [SRC.childrenAct26A, SRC.childrenRepresentationsRegs, SRC.childrenAdvocacyRegs],
  },
  {
    id: 'england-children-in-care',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['england'],
    when: all(ENGLAND, CHILDREN_STATUSES, is('children-complaint', 'no')),
    reasons: ['england-children-care', 'england-children-ask'],
    basis: [],
  },
];
