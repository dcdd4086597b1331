// Short message ids for the built files. Translators and the source keep readable ids
// ("quiz.q.role.legend"); the browser only needs a lookup key, so the build swaps each for a
// short one ("3f"), the same in the scripts and in the locale files. The table is made by
// scripts/build-locales.mjs from the extracted messages; an id not in it stays as it is.
import { readFileSync } from 'node:fs';

/** Ids that are message ids: a known prefix and a dot. Data ids (kinds, rules) have no dot. */
export const MESSAGE_ID = /^(?:knowledge|quiz|card|explainer|editor|nation|ui)\.[\w.-]+$/;

export const TABLE_PATH = new URL('../src/i18n/generated/id-table.json', import.meta.url);

/** Short ids for a sorted list of ids: base 36 of the position, so 1 or 2 characters. */
export function makeTable(ids) {
  return Object.fromEntries([...new Set(ids)].sort().map((id, i) => [id, `~${i.toString(36)}`]));
}

let table;
/** The short id of a message id, or the id itself when the table does not have it. */
export function shortId(id) {
  table ??= JSON.parse(readFileSync(TABLE_PATH, 'utf8'));
  return table[id] ?? id;
}
