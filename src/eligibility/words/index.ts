/** Every reason's words, by the id the rule records use. */
import { ALL_NATIONS_WORDS } from './all-nations.js';
import { CARE_WORDS } from './care.js';
import { DOLS_WORDS } from './dols.js';
import { PLACEMENT_WORDS } from './placement.js';
import { ENGLAND_AND_WALES_WORDS } from './england-and-wales.js';
import { ENGLAND_WORDS } from './england.js';
import { MENTAL_HEALTH_WORDS } from './mental-health.js';
import { NORTHERN_IRELAND_WORDS } from './northern-ireland.js';
import { SCOTLAND_WORDS } from './scotland.js';
import { WALES_WORDS } from './wales.js';
import type { PerspectiveText } from '../types.js';

export const WORDS: Readonly<Record<string, PerspectiveText>> = {
  ...MENTAL_HEALTH_WORDS,
  ...CARE_WORDS,
  ...ENGLAND_WORDS,
  ...WALES_WORDS,
  ...SCOTLAND_WORDS,
  ...NORTHERN_IRELAND_WORDS,
  ...ENGLAND_AND_WALES_WORDS,
  ...ALL_NATIONS_WORDS,
  ...DOLS_WORDS,
  ...PLACEMENT_WORDS,
};
