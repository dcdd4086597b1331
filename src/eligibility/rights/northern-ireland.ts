/** Northern Ireland: when each kind of advocacy is a right, something to ask about, or neither. Records only; the words are in ../words/northern-ireland.ts. */
import { all, is } from '../conditions.js';
import { AGED_16_OR_OVER, CHILDREN_STATUSES, NORTHERN_IRELAND } from '../when.js';
import { SRC } from '../sources.js';
import type { RuleRecord } from '../types.js';

export const NORTHERN_IRELAND_RULES: readonly RuleRecord[] = [
  // ----- Northern Ireland
  {
    id: 'northern-ireland-mental-health',
    kind: 'mental-health',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    when: all(NORTHERN_IRELAND, is('situation', 'mental-health-care')),
    reasons: ['ni-no-imha', 'ni-mental-health-ask'],
    basis: [],
  },
  {
    id: 'northern-ireland-deprivation-of-liberty',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    when: all(
      NORTHERN_IRELAND,
      AGED_16_OR_OVER,
      is('situation', 'liberty'),
      is('capacity', 'lacks', 'not-sure'),
    ),
    reasons: ['ni-dol', 'ni-dol-ask'],
    basis: [SRC.niMca, SRC.niDolsCode],
  },
  {
    id: 'northern-ireland-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['northern-ireland'],
    when: all(NORTHERN_IRELAND, is('situation', 'nhs-complaint')),
    reasons: ['ni-complaint', 'ni-pcc'],
    basis: [SRC.niPcc],
  },
  {
    id: 'northern-ireland-children',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    when: all(NORTHERN_IRELAND, CHILDREN_STATUSES),
    reasons: ['ni-children', 'ask-social-worker'],
    basis: [],
  },
];
