/**
 * Easy read for every kind of advocacy, every nation route and every topic, gathered from ./easy/
 * (one file per group of kinds, and per group of topics). Written from scratch for people with a
 * learning disability, low literacy, or who are tired and stressed; never a shorter standard text,
 * and always with the standard text's strength. The rules are in ./easy/shared.ts.
 */
import type { AdvocacyKindId } from './ids.js';
import type { Nation } from './nations.js';
import type { KindText, NationEasyRead, TopicText } from './types.js';
import type { TopicId } from './topics/ids.js';
import type { EasyKind } from './easy/types.js';
import { EASY_MENTAL_HEALTH } from './easy/mental-health.js';
import { EASY_CAPACITY } from './easy/capacity.js';
import { EASY_CARE } from './easy/care.js';
import { EASY_COMPLAINTS } from './easy/complaints.js';
import { EASY_CHILDREN } from './easy/children.js';
import { EASY_OTHER } from './easy/other.js';
import { EASY_PAID } from './easy/paid.js';
import { EASY_TOPICS_ABOUT } from './easy/topics-about.js';
import { EASY_TOPICS_RIGHTS } from './easy/topics-rights.js';
import { EASY_LIBERTY } from './topics/liberty.js';

const ALL: Readonly<Record<AdvocacyKindId, EasyKind>> = {
  ...EASY_MENTAL_HEALTH,
  ...EASY_CAPACITY,
  ...EASY_CARE,
  ...EASY_COMPLAINTS,
  ...EASY_CHILDREN,
  ...EASY_OTHER,
  ...EASY_PAID,
};

const mapKinds = <T>(pick: (e: EasyKind) => T): Readonly<Record<AdvocacyKindId, T>> =>
  Object.fromEntries(Object.entries(ALL).map(([id, e]) => [id, pick(e)])) as Record<
    AdvocacyKindId,
    T
  >;

/** The easy read of each kind's own text. */
export const EASY_KINDS: Readonly<Record<AdvocacyKindId, KindText>> = mapKinds((e) => e.text);

/** The easy read of each kind's route in each nation: the same fields as its standard route. */
export const EASY_NATIONS: Readonly<
  Record<AdvocacyKindId, Readonly<Record<Nation, NationEasyRead>>>
> = mapKinds((e) => e.nations);

export const EASY_TOPICS: Readonly<Record<TopicId, TopicText>> = {
  ...EASY_TOPICS_ABOUT,
  ...EASY_TOPICS_RIGHTS,
  'deprivation-of-liberty': EASY_LIBERTY,
};
