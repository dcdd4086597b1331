/**
 * Every rule record, nation by nation. Records only, no words: the strength module and the
 * generated law tables read this without pulling in any msg().
 */
import { ALL_NATIONS_RULES } from './all-nations.js';
import { ENGLAND_AND_WALES_RULES } from './england-and-wales.js';
import { ENGLAND_RULES } from './england.js';
import { NORTHERN_IRELAND_RULES } from './northern-ireland.js';
import { SCOTLAND_RULES } from './scotland.js';
import { WALES_RULES } from './wales.js';
import type { RuleRecord } from '../types.js';

/**
 * In display order: within a strength, earlier records come first. Statutory rules by nation,
 * then the ones every nation shares.
 */
export const RULE_RECORDS: readonly RuleRecord[] = [
  ...ENGLAND_RULES,
  ...WALES_RULES,
  ...SCOTLAND_RULES,
  ...NORTHERN_IRELAND_RULES,
  ...ENGLAND_AND_WALES_RULES,
  ...ALL_NATIONS_RULES,
];
