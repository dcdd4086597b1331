/**
 * Northern Ireland: when each kind of advocacy is a legal right, something a person may be able to get,
 * or something to ask about. Records only, no sentences: the words are in ../words/northern-ireland.ts.
 */
import { all, any, is } from '../conditions.js';
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
    reasons: ['ni-no-imha', 'ni-mho-ask', 'ni-mental-health-ask'],
    basis: [SRC.niMho1986],
  },
  {
    id: 'northern-ireland-deprivation-of-liberty',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['northern-ireland'],
    // MCA (NI) 2016 ss35–36: an IMCA for every intervention that needs authorisation, family or
    // not; not in an emergency or after a declaration declining one (ss90, 93).
    when: all(
      NORTHERN_IRELAND,
      AGED_16_OR_OVER,
      is('situation', 'liberty'),
      is('capacity', 'lacks'),
    ),
    reasons: [
      'ni-dol-if-authorisation',
      'ni-dol-who-decides',
      'ni-dol-exceptions',
      'ni-dol-1986-order',
    ],
    basis: [SRC.niMca35to36, SRC.niDolsCode, SRC.niCommencement2019, SRC.uksc2026],
  },
  {
    id: 'northern-ireland-deprivation-of-liberty-capacity-not-sure',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    // Whether the person lacks capacity is not known, so the s35 right may or may not apply.
    when: all(
      NORTHERN_IRELAND,
      AGED_16_OR_OVER,
      is('situation', 'liberty'),
      is('capacity', 'not-sure'),
    ),
    reasons: ['ni-dol-may', 'ni-dol-who-decides', 'ni-dol-1986-order'],
    basis: [SRC.niMca35to36, SRC.niDolsCode, SRC.niCommencement2019, SRC.uksc2026],
  },
  {
    id: 'northern-ireland-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['northern-ireland'],
    // The Patient and Client Council helps with complaints about health and social care,
    // children's social services included.
    when: all(
      NORTHERN_IRELAND,
      any(is('situation', 'nhs-complaint'), is('children-complaint', 'yes')),
    ),
    reasons: [
      { id: 'ni-complaint', when: is('situation', 'nhs-complaint') },
      { id: 'children-complaint', when: is('children-complaint', 'yes') },
      'ni-pcc',
      { id: 'ni-pcc-children', when: is('children-complaint', 'yes') },
    ],
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
