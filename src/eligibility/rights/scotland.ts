/**
 * Scotland: when each kind of advocacy is a legal right, something a person may be able to get,
 * or something to ask about. Records only, no sentences: the words are in ../words/scotland.ts.
 */
import { all, any, is, not } from '../conditions.js';
import { AGED_16_OR_OVER, CHILDREN_STATUSES, SCOTLAND } from '../when.js';
import { SRC } from '../sources.js';
import type { RuleRecord } from '../types.js';

export const SCOTLAND_RULES: readonly RuleRecord[] = [
  // ----- Scotland: a right of access to independent advocacy for everyone with a mental disorder
  {
    id: 'scotland-mental-disorder',
    kind: 'mental-health',
    strength: 'legal-right',
    nations: ['scotland'],
    when: all(
      SCOTLAND,
      any(is('situation', 'mental-health-care'), is('condition', 'mental-health', 'dementia')),
    ),
    reasons: [
      { id: 'mental-health-care', when: is('situation', 'mental-health-care') },
      {
        id: 'condition.mental-health',
        when: all(is('condition', 'mental-health'), not(is('situation', 'mental-health-care'))),
      },
      { id: 'condition.dementia', when: is('condition', 'dementia') },
      'scotland-259',
      'scotland-not-hospital',
    ],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-learning-disability-autism',
    kind: 'learning-disability-autism',
    strength: 'legal-right',
    nations: ['scotland'],
    when: all(SCOTLAND, is('condition', 'learning-disability', 'autism')),
    reasons: ['scotland-ld-autism', 'scotland-not-hospital'],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-mental-disorder-not-said',
    kind: 'mental-health',
    strength: 'ask-about',
    nations: ['scotland'],
    when: all(SCOTLAND, is('condition', 'not-saying'), not(is('situation', 'mental-health-care'))),
    reasons: ['scotland-259', 'scotland-ask-service'],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-brain-injury',
    kind: 'mental-health',
    strength: 'ask-about',
    nations: ['scotland'],
    // s.328 defines mental disorder as mental illness, personality disorder or learning
    // disability: a brain injury is covered only where it causes one of these.
    when: all(
      SCOTLAND,
      is('condition', 'brain-injury'),
      not(is('situation', 'mental-health-care')),
    ),
    reasons: ['condition.brain-injury', 'scotland-ask-service'],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-adult-protection',
    kind: 'community',
    strength: 'may-be-able',
    nations: ['scotland'],
    // ASP (Scotland) Act 2007 s6: a duty to consider advocacy once the council decides to
    // intervene; never a right.
    when: all(SCOTLAND, AGED_16_OR_OVER, is('situation', 'safeguarding')),
    reasons: ['scotland-asp-intervene', 'ask-social-worker'],
    basis: [SRC.scotlandAsp6],
  },
  {
    id: 'scotland-childrens-hearing',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['scotland'],
    when: all(SCOTLAND, is('children-status', 'childrens-hearing')),
    reasons: ['scotland-hearing', 'scotland-hearing-chair'],
    basis: [SRC.scotlandHearings122],
  },
  {
    id: 'scotland-children-care',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['scotland'],
    when: all(SCOTLAND, CHILDREN_STATUSES),
    reasons: [
      'scotland-children-care',
      {
        id: 'scotland-care-experienced-coming',
        when: is('children-status', 'looked-after', 'care-leaver'),
      },
      'ask-social-worker',
    ],
    basis: [],
  },
  {
    id: 'scotland-social-security',
    kind: 'community',
    strength: 'legal-right',
    nations: ['scotland'],
    when: all(SCOTLAND, is('situation', 'social-security')),
    reasons: ['scotland-social-security', 'scotland-social-security-ask'],
    basis: [SRC.scotlandSocialSecurity10],
  },
  {
    id: 'scotland-nhs-complaints',
    kind: 'nhs-complaints',
    strength: 'may-be-able',
    nations: ['scotland'],
    when: all(SCOTLAND, is('situation', 'nhs-complaint')),
    reasons: ['nhs-complaint', 'scotland-pass', 'scotland-pass-advocacy'],
    basis: [SRC.scotlandPass],
  },
];
