/** Stable ids of the explainer's topics, in the order it shows them. */
export const TOPIC_IDS = [
  'what-is-advocacy',
  'how-advocates-work',
  'what-advocates-do',
  'independence',
  'cost',
  'confidentiality',
  'deprivation-of-liberty',
  'single-point-of-access',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
