/**
 * The one place for the strength of each kind of advocacy in each nation. The explainer's
 * per-nation status and the quiz's outcomes both come from the rule records, so they cannot
 * disagree. Records only: this module must never import words or msg() (the explainer's pack
 * imports it).
 */
import type { AdvocacyKindId } from '../knowledge/ids.js';
import type { Nation } from '../knowledge/nations.js';
import { RULE_RECORDS } from './rights/index.js';
import { STRENGTHS } from './types.js';
import type { LegalSource, RuleRecord } from './types.js';

export type NationStrength = 'legal-right' | 'may-be-able' | 'ask-about' | 'no-right';

/** The statutory rules for a kind that can hold in a nation (a rule with no nations holds in all four). */
export function statutoryRules(kind: AdvocacyKindId, nation: Nation): RuleRecord[] {
  return RULE_RECORDS.filter(
    (r) =>
      r.kind === kind && !r.nonStatutory && (r.nations.length === 0 || r.nations.includes(nation)),
  );
}

/**
 * The strongest thing the quiz can say about a kind in a nation, in some situation: the
 * strongest statutory rule for it there. Kinds no law requires there are 'no-right'.
 */
export function nationStrength(kind: AdvocacyKindId, nation: Nation): NationStrength {
  let best: NationStrength = 'no-right';
  for (const rule of statutoryRules(kind, nation)) {
    if (best === 'no-right' || STRENGTHS.indexOf(rule.strength) < STRENGTHS.indexOf(best)) {
      best = rule.strength;
    }
  }
  return best;
}

/** The law those rules rest on, without repeats (conditions dropped: any situation counts). */
export function nationBasis(kind: AdvocacyKindId, nation: Nation): LegalSource[] {
  const found: LegalSource[] = [];
  for (const rule of statutoryRules(kind, nation)) {
    for (const source of rule.basis) {
      if (!found.some((f) => f.title === source.title)) {
        found.push(source.url ? { title: source.title, url: source.url } : { title: source.title });
      }
    }
  }
  return found;
}
