/**
 * The ids of the pictograms that sit beside each chunk of easy-read text. Plain data, no DOM: the
 * drawings are in src/easy-read/pictograms.ts, which must draw every id listed here.
 *
 * Ids are stable (knowledge data and provider pages may name them), so never rename one.
 */
export const PICTOGRAM_IDS = [
  'advocate',
  'person',
  'family',
  'child',
  'group',
  'speak-up',
  'listen',
  'decide',
  'mind',
  'rights',
  'hospital',
  'health',
  'care',
  'home',
  'council',
  'complaint',
  'phone',
  'text-message',
  'email',
  'website',
  'address',
  'clock',
  'calendar',
  'form',
  'free',
  'money',
  'private',
  'question',
  'tick',
  'warning',
  'language',
  'arrow-forward',
] as const;

/** A pictogram's id. */
export type PictogramId = (typeof PICTOGRAM_IDS)[number];

export function isPictogramId(value: unknown): value is PictogramId {
  return typeof value === 'string' && (PICTOGRAM_IDS as readonly string[]).includes(value);
}
