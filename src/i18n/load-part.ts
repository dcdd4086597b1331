import { LOCALE_PARTS } from './generated/loaders.js';
import type { LocalePart, LocaleTemplates } from './templates.js';

/** One part of a locale's words. The drop-in script swaps this file for `load-part.script.ts`. */
export async function loadLocalePart(locale: string, part: LocalePart): Promise<LocaleTemplates> {
  const load = LOCALE_PARTS[locale]?.[part];
  if (!load) throw new Error(`No ${part} messages for ${locale}`);
  return (await load()).templates;
}
