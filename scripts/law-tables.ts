// The per-nation law tables (docs/law/<nation>.md) that a solicitor can mark up: each situation,
// the outcome, the law it rests on and the day that law was last re-read. Generated from the
// rule records (src/eligibility/rights) and the source catalogue (src/knowledge/sources.ts), and
// written or checked by scripts/flow-diagram.ts.
import { RULES, getQuestion } from '../src/eligibility/index.js';
import type { Condition, LegalSource, Question, Rule, Strength } from '../src/eligibility/index.js';
import { nationStrength } from '../src/eligibility/strength.js';
import { ADVOCACY_KIND_IDS } from '../src/knowledge/ids.js';
import type { AdvocacyKindId } from '../src/knowledge/ids.js';
import { NATIONS } from '../src/knowledge/nations.js';
import type { Nation } from '../src/knowledge/nations.js';
import { ALL_SOURCES } from '../src/knowledge/sources.js';

export const NATION_NAMES: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** English names for the generated docs only. The names people see come from src/knowledge. */
export function kindName(kind: AdvocacyKindId, nation?: Nation): string {
  if (kind === 'care-act' && nation === 'wales') return 'Independent professional advocate';
  if (kind === 'care-act' && nation) return 'Care Act advocacy';
  const names: Record<AdvocacyKindId, string> = {
    imha: 'Independent Mental Health Advocate (IMHA)',
    imca: 'Independent Mental Capacity Advocate (IMCA)',
    'care-act': 'Care Act advocacy (in Wales: independent professional advocate)',
    'nhs-complaints': 'NHS (health and social care) complaints advocacy',
    children: 'Children and young people’s advocacy',
    community: 'Community (independent) advocacy',
    'learning-disability-autism': 'Learning disability and autism advocacy',
    'mental-health': 'Mental health advocacy',
    citizen: 'Citizen advocacy',
    group: 'Group advocacy',
    peer: 'Peer advocacy',
    self: 'Self-advocacy',
    paid: 'Paid advocacy',
    'spot-purchase': 'Spot-purchase advocacy',
  };
  return names[kind];
}

export const STRENGTH_NAMES: Record<Strength | 'no-right', string> = {
  'legal-right': 'legal right',
  'may-be-able': 'may be able to get',
  'ask-about': 'ask about',
  'no-right': 'no right',
};

function optionLabel(question: Question, id: string): string {
  const option = question.options.find((o) => o.id === id);
  return option ? option.label.self() : id;
}

/** A condition in plain English, for people who do not read TypeScript. */
export function describe(condition: Condition, nested = false): string {
  if ('always' in condition) return 'always';
  if ('not' in condition) return `not (${describe(condition.not, true)})`;
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const text = parts.map((c) => describe(c, true)).join('all' in condition ? ' and ' : ' or ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  const question = getQuestion(condition.q);
  const labels = (condition.anyOf as readonly string[]).map(
    (id) => `‘${optionLabel(question, id)}’`,
  );
  const verb = question.type === 'multiple' ? 'includes' : 'is';
  if (labels.length === 1) return `${question.topic} ${verb} ${labels[0]}`;
  return `${question.topic} ${verb} one of: ${labels.join(' / ')}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * When a source was last re-read, from the knowledge catalogue: the same address, or the same
 * title. A source the catalogue does not list says so, so that a reviewer adds it there.
 */
function reread(source: LegalSource): string {
  const found = ALL_SOURCES.find(
    (s) => (source.url && s.url === source.url) || s.title === source.title,
  );
  return found ? found.checked : 'not in the source catalogue';
}

function basisCell(rule: Rule): { basis: string; dates: string } {
  if (rule.basis.length === 0) return { basis: 'No law requires this', dates: '' };
  const basis = rule.basis
    .map((b) => (b.when ? `${b.title} (when ${describe(b.when)})` : b.title))
    .join('; ');
  const dates = rule.basis.map((b) => `${b.title}: ${reread(b)}`).join('; ');
  return { basis, dates };
}

function nationDocument(nation: Nation): string {
  const name = NATION_NAMES[nation];
  const rules = RULES.filter((r) => r.nations.includes(nation));
  const rows = [
    '| Situation | Outcome | Basis | Date re-read | Rule id |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const rule of rules) {
    const { basis, dates } = basisCell(rule);
    rows.push(
      `| ${cell(describe(rule.when))} | ${cell(`${kindName(rule.kind, nation)}: **${STRENGTH_NAMES[rule.strength]}**`)} | ${cell(basis)} | ${cell(dates)} | \`${rule.id}\` |`,
    );
  }
  const summary = ['| Kind of advocacy | Strongest outcome in ' + name + ' |', '| --- | --- |'];
  for (const kind of ADVOCACY_KIND_IDS) {
    summary.push(`| ${kindName(kind, nation)} | ${STRENGTH_NAMES[nationStrength(kind, nation)]} |`);
  }
  return `<!-- Generated by scripts/flow-diagram.ts from src/eligibility/rights. Do not edit by hand: run \`npm run flow:diagram\`. -->

# The law in ${name}, as the quiz applies it

One row for each rule the quiz applies under the law of ${name}: the situation (the answers that
make it hold), the outcome and its strength, the law it rests on, and the day each source was
last re-read (from \`src/knowledge/sources.ts\`). It is made from the same records the quiz and the
explainer use, so marking up this page marks up what people are told.

A rule’s words (what the person reads) are in \`src/eligibility/words/\`; the records are in
\`src/eligibility/rights/\`. This is not legal advice. To propose a change, quote the law and the
rule id in an issue.

## Strongest outcome for each kind of advocacy

The explainer shows this strength for ${name}; it is derived from the rules below
(\`nationStrength()\` in \`src/eligibility/strength.ts\`).

${summary.join('\n')}

## Rules

${rows.join('\n')}
`;
}

/** Every law table, by path relative to the repository root. */
export function lawDocuments(): { path: string; text: string }[] {
  return NATIONS.map((nation) => ({ path: `docs/law/${nation}.md`, text: nationDocument(nation) }));
}
