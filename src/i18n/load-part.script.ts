import { loadPack } from '../packs/load.script.js';
import type { LocalePart, LocaleTemplates } from './templates.js';

/** One part of a locale's words, from a file next to the drop-in script. */
export async function loadLocalePart(locale: string, part: LocalePart): Promise<LocaleTemplates> {
  const file = part === 'core' ? locale : `${part}.${locale}`;
  return (await loadPack<{ templates: LocaleTemplates }>(file, `locale:${locale}:${part}`)).templates;
}
