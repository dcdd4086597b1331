/**
 * `assess(answers)`: which advocacy the person may be entitled to, strongest first, with plain
 * reasons in the right perspective and the law each outcome rests on. Pure.
 */
import { holds } from './conditions.js';
import { pruneAnswers, withPreset } from './flow.js';
import { RULES } from './rules.js';
import { perspectiveOf } from './text.js';
import { STRENGTHS } from './types.js';
import type {
  Answers,
  LegalSource,
  Outcome,
  PerspectiveText,
  Preset,
  Reason,
  Register,
  Rule,
} from './types.js';

/** The rules that hold for these answers, in rule order. Answers that no longer apply are ignored. */
export function matchingRules(answers: Answers, preset: Preset = {}): Rule[] {
  const context = withPreset(pruneAnswers(answers, preset), preset);
  const plain = RULES.filter((r) => !r.only && holds(r.when, context));
  const hasLegalRight = plain.some((r) => r.strength === 'legal-right');
  return RULES.filter((r) => {
    if (!r.only) return plain.includes(r);
    if (!holds(r.when, context)) return false;
    return r.only === 'with-legal-right' ? hasLegalRight : !hasLegalRight;
  });
}

/**
 * The outcomes for these answers (complete or not), one per kind of advocacy, ordered by
 * strength (legal right, may be able, ask about) and then by rule order. When several rules give
 * the same kind, the strongest decides the strength and rule id, and their reasons and sources
 * are joined without repeats. There is always at least one outcome that needs no legal right.
 */
export function assess(answers: Answers, preset: Preset = {}): Outcome[] {
  const context = withPreset(pruneAnswers(answers, preset), preset);
  const perspective = perspectiveOf(context);
  const rules = matchingRules(answers, preset);

  const byKind = new Map<string, Rule[]>();
  for (const rule of rules) {
    const list = byKind.get(rule.kind) ?? [];
    list.push(rule);
    byKind.set(rule.kind, list);
  }

  const rank = (r: Rule): number => STRENGTHS.indexOf(r.strength);
  const outcomes: { outcome: Outcome; order: number }[] = [];
  for (const group of byKind.values()) {
    const sorted = [...group].sort(
      (a, b) => rank(a) - rank(b) || RULES.indexOf(a) - RULES.indexOf(b),
    );
    const first = sorted[0];
    const texts: PerspectiveText[] = [];
    const basis: LegalSource[] = [];
    for (const rule of sorted) {
      for (const r of rule.reasons) {
        if ((!r.when || holds(r.when, context)) && !texts.includes(r.text)) texts.push(r.text);
      }
      for (const source of rule.basis) {
        if (
          (!source.when || holds(source.when, context)) &&
          !basis.some((b) => b.title === source.title)
        ) {
          basis.push(
            source.url ? { title: source.title, url: source.url } : { title: source.title },
          );
        }
      }
    }
    const reasons: Reason[] = texts.map(
      (t) =>
        (register?: Register): string =>
          t[perspective](register),
    );
    outcomes.push({
      outcome: { kind: first.kind, strength: first.strength, reasons, basis, ruleId: first.id },
      order: rank(first) * 1000 + RULES.indexOf(first),
    });
  }
  return outcomes.sort((a, b) => a.order - b.order).map((o) => o.outcome);
}

/** True when one of the outcomes is a legal right. */
export function hasLegalRight(outcomes: readonly Outcome[]): boolean {
  return outcomes.some((o) => o.strength === 'legal-right');
}
