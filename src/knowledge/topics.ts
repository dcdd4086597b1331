/**
 * What the explainer says about advocacy in general, gathered from ./topics/ (standard text) and
 * ./easy/ (easy read), with each topic's dates from its sources.
 */
import type { Topic } from './types.js';
import { datesOf } from './dates.js';
import { EASY_TOPICS } from './easy-read.js';
import { TOPIC_IDS, type TopicId } from './topics/ids.js';
import type { TopicData } from './topics/types.js';
import { howAdvocatesWork, whatAdvocatesDo, whatIsAdvocacy } from './topics/about.js';
import { confidentiality, cost, independence, singlePointOfAccess } from './topics/rights.js';
import { deprivationOfLiberty } from './topics/liberty.js';

export { TOPIC_IDS, type TopicId };

/** A topic whose id is one of {@link TOPIC_IDS}. */
export interface KnownTopic extends Topic {
  readonly id: TopicId;
}

const BY_ID: Readonly<Record<TopicId, TopicData>> = {
  'what-is-advocacy': whatIsAdvocacy,
  'how-advocates-work': howAdvocatesWork,
  'what-advocates-do': whatAdvocatesDo,
  independence,
  cost,
  confidentiality,
  'deprivation-of-liberty': deprivationOfLiberty,
  'single-point-of-access': singlePointOfAccess,
};

/** Every topic, in the order the explainer shows them. */
export const TOPICS: readonly KnownTopic[] = TOPIC_IDS.map((id) => {
  const data = BY_ID[id];
  return { ...data, easyRead: EASY_TOPICS[id], ...datesOf(data.sources) };
});
