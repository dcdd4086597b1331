// Checks the translations in locales/*.xlf: every message has a target, placeholders are kept,
// and nothing is left identical to English unless listed, with a reason, in
// locales/<locale>.allowed.json ({ "ids": { "<message id>": "<reason>" } }); and every message
// keeps the locale's glossary (locales/glossary/<locale>.json; see scripts/glossary.mjs).
//   node scripts/check-xliff.mjs [locale …]
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import { checkGlossary, describe } from './glossary.mjs';

const root = new URL('..', import.meta.url);
const meta = JSON.parse(await readFile(new URL('locales/locales.json', root), 'utf8'));
/** Message ids a locale may leave identical to English (names, Acts, acronyms), with reasons. */
async function allowedFor(locale) {
  try {
    return JSON.parse(await readFile(new URL(`locales/${locale}.allowed.json`, root), 'utf8')).ids ?? {};
  } catch {
    return {};
  }
}
const locales = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(meta).filter((l) => !l.startsWith('_') && meta[l].status !== 'source');

// Text of a node with placeholders written as {0}, {1}…, to compare source and target.
function flatten(node) {
  let out = '';
  for (let child = node?.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue;
    else if (child.nodeName === 'x') out += `{${child.getAttribute('id')}}`;
    else out += flatten(child);
  }
  return out;
}
const placeholders = (text) => (text.match(/\{\d+\}/g) ?? []).sort().join(',');
const hasWords = (text) => /\p{L}{2,}/u.test(text.replace(/\{\d+\}/g, ''));

let problems = 0;
for (const locale of locales) {
  const xml = await readFile(new URL(`locales/${locale}.xlf`, root), 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const units = Array.from(doc.getElementsByTagName('trans-unit'));
  const missing = [];
  const broken = [];
  const identical = [];
  const allowed = await allowedFor(locale);
  const messages = [];
  for (const unit of units) {
    const id = unit.getAttribute('id');
    const source = flatten(unit.getElementsByTagName('source')[0]);
    const targetNode = unit.getElementsByTagName('target')[0];
    if (!targetNode) {
      missing.push(id);
      continue;
    }
    const target = flatten(targetNode);
    messages.push({ id, source, target });
    if (!target.trim()) missing.push(id);
    else if (placeholders(source) !== placeholders(target)) broken.push(id);
    else if (target.trim() === source.trim() && hasWords(source) && !allowed[id]) identical.push(id);
  }
  const total = units.length;
  console.log(`${locale}: ${total - missing.length}/${total} translated, ${broken.length} with placeholders changed, ${identical.length} identical to English`);
  for (const [label, list] of [['missing', missing], ['placeholders changed', broken], ['identical to English', identical]]) {
    if (list.length) console.log(`  ${label}: ${list.slice(0, 20).join(', ')}${list.length > 20 ? ` … and ${list.length - 20} more` : ''}`);
  }
  problems += missing.length + broken.length + identical.length;
  let glossary;
  try {
    glossary = JSON.parse(await readFile(new URL(`locales/glossary/${locale}.json`, root), 'utf8'));
  } catch (error) {
    console.log(`  no glossary: locales/glossary/${locale}.json (${error.message})`);
    problems += 1;
    continue;
  }
  const terms = checkGlossary(glossary, messages);
  console.log(`  glossary: ${terms.length} message${terms.length === 1 ? '' : 's'} against it`);
  for (const problem of terms) console.log(`    ${describe(problem)}`);
  problems += terms.length;
}
process.exit(problems ? 1 : 0);
