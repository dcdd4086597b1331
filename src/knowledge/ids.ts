/**
 * Stable ids of the kinds of advocacy. They appear in attributes (`types`, `open`, `service`),
 * in page fragments (`#advocacy-imha`), in provider data and in events, so never rename one.
 */
export const ADVOCACY_KIND_IDS = [
  // A legal right in at least one nation.
  'imha',
  'imca',
  'care-act',
  'nhs-complaints',
  'children',
  // Other kinds of advocacy.
  'community',
  'learning-disability-autism',
  'mental-health',
  'citizen',
  'group',
  'peer',
  'self',
  'paid',
  'spot-purchase',
] as const;

export type AdvocacyKindId = (typeof ADVOCACY_KIND_IDS)[number];

export function isAdvocacyKindId(value: unknown): value is AdvocacyKindId {
  return typeof value === 'string' && (ADVOCACY_KIND_IDS as readonly string[]).includes(value);
}
