// Checks translated messages against a locale's glossary (locales/glossary/<locale>.json).
// Pure: no file or DOM access, so the unit test runs the same code in the browser.
//
// A message is { id, source, target }, with placeholders written {0}, {1}… in both texts.
// Patterns in a glossary are regular expressions matched case-insensitively on Unicode text;
// `\b` in them means a boundary between a letter and a non-letter in any script, and `\w` any
// letter (JavaScript's own only know ASCII, so they would fail on ă, ŵ, Urdu or Panjabi).

/** English wording that says a thing may happen: the target has to say "may" too. */
export const SOURCE_MAY = /\b(?:may|might)\b|\bcould be able\b/;
/**
 * English wording of certainty. Where no sentence of a "may" message states one (outside its
 * "may" sentences), no sentence of the target may state one without a "may" marker.
 */
export const SOURCE_CERTAIN =
  /\b(?:must|will|ha(?:ve|s) to|ha(?:ve|s) (?:a|this|that|the) (?:legal )?right|gives? (?:you|them|the person[a-z ]*) a (?:legal )?right|you get|they get|entitled)\b/i;

const LETTER = '[\\p{L}\\p{M}]';
/** Where a sentence ends, in the scripts of our locales (Latin, Arabic, Urdu, Gurmukhi). */
const SENTENCE_END = /[.?!؟۔।]\s+/u;
const BOUNDARY = `(?:(?<!${LETTER})(?=${LETTER})|(?<=${LETTER})(?!${LETTER}))`;
const cache = new Map();

/** A glossary pattern as a RegExp: case-insensitive, Unicode, with a script-aware `\b`. */
export function pattern(source) {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source.replaceAll('\\b', BOUNDARY).replaceAll('\\w', LETTER), 'iu');
    cache.set(source, re);
  }
  return re;
}

const any = (patterns, text) => (patterns ?? []).some((p) => pattern(p).test(text));
const firstMatch = (patterns, text) => {
  for (const p of patterns ?? []) {
    const m = pattern(p).exec(text);
    if (m) return m[0];
  }
  return null;
};
/** Placeholders stand for names, numbers and times; they never count as words. */
const words = (text) => text.replace(/\{\d+\}/g, ' ');
/** English proper names (Scottish Independent Advocacy Alliance), two words or more. */
const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|the|\(?\p{Lu}[\p{L}'’-]*\)?))+/gu;
/** The source without the English names that the target keeps as they are: their words are not the glossary's. */
/** File names and attributes (advocacy-widgets.js, data-base): code, kept as written. */
const CODE = /[\p{L}\d]+(?:[-.][\p{L}\d]+)+/gu;
const withoutKeptNames = (source, target) =>
  source.replace(CODE, (token) => (target.includes(token) ? ' ' : token)).replace(NAME, (name) => {
    // The match may begin with a sentence's first word ("Ask the Scottish …"): try each start.
    const starts = [...name.matchAll(/(?:^|\s)(?=\p{Lu})/gu)].map((m) => m.index + m[0].length);
    for (const start of starts) {
      const core = name.slice(start);
      if (/\s/.test(core) && target.includes(core)) return `${name.slice(0, start)} `;
    }
    return name;
  });
/**
 * Every way the messages break the glossary.
 * @param {import('./glossary.d.mts').Glossary} glossary
 * @param {Iterable<import('./glossary.d.mts').Message>} messages
 * @returns {import('./glossary.d.mts').GlossaryProblem[]}
 */
export function checkGlossary(glossary, messages) {
  const problems = [];
  for (const { id, source, target } of messages) {
    if (!target || !target.trim()) continue;
    const src = words(source);
    const tgt = words(target);
    for (const rule of glossary.forbidden ?? []) {
      if (rule.exceptIds?.[id]) continue;
      const found = firstMatch(rule.patterns, tgt);
      if (found)
        problems.push({ id, rule: 'forbidden', term: rule.term, found, reason: rule.reason });
    }
    const srcTerms = withoutKeptNames(src, tgt);
    for (const rule of glossary.required ?? []) {
      if (rule.exceptIds?.[id] || !rule.source) continue;
      if (pattern(rule.source).test(srcTerms) && !any(rule.accept, tgt)) {
        problems.push({
          id,
          rule: 'required',
          term: rule.en,
          found: null,
          reason: `the English says "${rule.en}": use "${rule.target}"`,
        });
      }
    }
    for (const name of glossary.names ?? []) {
      if (!name.target || name.exceptIds?.[id]) continue;
      if (src.includes(name.en) && !tgt.includes(name.target)) {
        problems.push({
          id,
          rule: 'name',
          term: name.en,
          found: null,
          reason: `official ${glossary.language ?? ''} name: "${name.target}"`.replace('  ', ' '),
        });
      }
    }
    const may = glossary.may;
    if (may && !may.exceptIds?.[id] && SOURCE_MAY.test(src)) {
      if (!any(may.markers, tgt)) {
        problems.push({
          id,
          rule: 'may',
          term: 'may',
          found: null,
          reason: 'the English says "may": the translation must say it too, not state a certainty',
        });
      } else if (
        !src.split(SENTENCE_END).some((s) => !SOURCE_MAY.test(s) && SOURCE_CERTAIN.test(s))
      ) {
        // A certainty is allowed beside a "may" in the same sentence ("być może dostaniesz").
        for (const sentence of tgt.split(SENTENCE_END)) {
          const found = any(may.markers, sentence) ? null : firstMatch(may.certainty, sentence);
          if (found)
            problems.push({
              id,
              rule: 'may',
              term: 'may',
              found,
              reason: 'the English says only "may": this wording states a certainty',
            });
        }
      }
    }
  }
  return problems;
}

/** One line per problem, for the console. */
export function describe(problem) {
  const found = problem.found ? ` "${problem.found}"` : '';
  return `${problem.id}: ${problem.rule} ${problem.term}${found} (${problem.reason})`;
}
