/**
 * The rules: the records of ./rights/ (when each kind of advocacy is a legal right, something a
 * person may be able to get, or something to ask about, nation by nation, with the law each
 * rests on) joined with the words of ./words/.
 *
 * Legal accuracy comes before coverage. A rule says `legal-right` only where the law is clear;
 * where it is not, it says `may-be-able` or `ask-about`, and its reasons say who to ask.
 * Read docs/eligibility-flow.md and docs/law/ (generated from the records) for the whole picture.
 */
import { RULE_RECORDS } from './rights/index.js';
import { WORDS } from './words/index.js';
import type { ReasonRef, Rule, RuleReason, RuleRecord } from './types.js';

function reasonOf(ref: ReasonRef, rule: string): RuleReason {
  const id = typeof ref === 'string' ? ref : ref.id;
  const text = WORDS[id];
  if (!text) throw new Error(`Rule ${rule}: no words for reason ${id}`);
  return typeof ref === 'string' ? { text } : { text, when: ref.when };
}

function withWords(record: RuleRecord): Rule {
  return { ...record, reasons: record.reasons.map((r) => reasonOf(r, record.id)) };
}

export const RULES: readonly Rule[] = RULE_RECORDS.map(withWords);

/** The rule with this id. */
export function getRule(id: string): Rule {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`Unknown rule id: ${id}`);
  return found;
}

/** Kinds of advocacy no law requires: at least one is always offered when no legal right applies. */
export const NON_STATUTORY_RULE_IDS: readonly string[] = RULES.filter((r) => r.nonStatutory).map(
  (r) => r.id,
);
