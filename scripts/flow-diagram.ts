// Writes docs/eligibility-flow.md: the quiz's whole decision tree as Mermaid flowcharts and
// tables, generated from the same question and rule data the quiz runs on.
//
//   npx tsx scripts/flow-diagram.ts           write the file
//   npx tsx scripts/flow-diagram.ts --check   exit 1 if the file is out of date (for CI)
//
// Outside a browser @lit/localize's msg() returns the English source text, which is what we want.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { QUESTIONS, RULES } from '../src/eligibility/index.js';
import type { Condition, Rule } from '../src/eligibility/index.js';
import { ADVOCACY_KIND_IDS } from '../src/knowledge/ids.js';
import { NATION_NAMES, STRENGTH_NAMES, describe, kindName, lawDocuments } from './law-tables.js';
import { NATIONS } from '../src/knowledge/nations.js';
import type { Nation } from '../src/knowledge/nations.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const KIND_NAMES: Record<string, string> = Object.fromEntries(
  ADVOCACY_KIND_IDS.map((kind) => [kind, kindName(kind)]),
);

/** A condition for a Mermaid label: its top-level parts on separate lines. */
function describeChart(condition: Condition): string {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const joiner = 'all' in condition ? '<br/>and ' : '<br/>or ';
    return parts.map((c) => mermaid(describe(c, true))).join(joiner);
  }
  return mermaid(describe(condition));
}

/** The condition without its nation test, when the nation is shown by the diagram's structure. */
function withoutNation(condition: Condition): Condition {
  if ('all' in condition) {
    const rest = condition.all.filter((c) => !('q' in c && c.q === 'nation'));
    return rest.length === 1 ? rest[0] : { all: rest };
  }
  return condition;
}

/** Text safe inside a quoted Mermaid label. */
function mermaid(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The nation a condition is only about, if it is a plain nation test. */
function nationsOf(condition: Condition): readonly string[] | undefined {
  return 'q' in condition && condition.q === 'nation' ? condition.anyOf : undefined;
}

/** The legal basis of a rule; in one nation's chart, only the sources for that nation. */
function basisText(rule: Rule, nation?: Nation): string {
  const sources = rule.basis.filter((b) => {
    const only = b.when && nationsOf(b.when);
    return !nation || !only || only.includes(nation);
  });
  if (sources.length === 0) return 'No law requires this';
  return sources
    .map((b) => {
      if (!b.when || (nation && nationsOf(b.when))) return b.title;
      return `${b.title} (when ${describe(b.when)})`;
    })
    .join('; ');
}

function questionsChart(): string {
  const lines = ['```mermaid', 'flowchart TD'];
  const entry = (i: number): string => {
    if (i >= QUESTIONS.length) return 'result';
    return 'always' in QUESTIONS[i].when ? `q${i}` : `g${i}`;
  };
  lines.push('  start([Start]) --> ' + entry(0));
  QUESTIONS.forEach((q, i) => {
    lines.push(`  q${i}["${i + 1}. ${mermaid(q.legend.self())}"]`);
    if (!('always' in q.when)) {
      lines.push(`  g${i}{"${describeChart(q.when)}?"}`);
      lines.push(`  g${i} -->|yes| q${i}`);
      lines.push(`  g${i} -->|no| ${entry(i + 1)}`);
    }
    lines.push(`  q${i} --> ${entry(i + 1)}`);
  });
  lines.push('  result([Results: assess the answers])');
  lines.push('```');
  return lines.join('\n');
}

function questionsTable(): string {
  const rows = [
    '| # | Question (as asked of “you”) | Asked when | Answers |',
    '| --- | --- | --- | --- |',
  ];
  QUESTIONS.forEach((q, i) => {
    const options = q.options
      .map((o) => {
        const shown = o.shownWhen ? ` (only when ${describe(o.shownWhen)})` : '';
        return `‘${o.label.self()}’${shown}`;
      })
      .join('; ');
    const kind = q.type === 'multiple' ? 'Choose one or more: ' : 'Choose one: ';
    rows.push(
      `| ${i + 1} | ${cell(q.legend.self())} | ${cell(describe(q.when))} | ${cell(kind + options)} |`,
    );
  });
  return rows.join('\n');
}

function nationChart(nation: Nation): string {
  const rules = RULES.filter((r) => r.nations.includes(nation));
  const lines = ['```mermaid', 'flowchart LR', `  n(["${NATION_NAMES[nation]}"])`];
  rules.forEach((rule, i) => {
    lines.push(`  c${i}{"${describeChart(withoutNation(rule.when))}"}`);
    lines.push(
      `  o${i}["${mermaid(`${kindName(rule.kind, nation)}: ${STRENGTH_NAMES[rule.strength]}`)}"]`,
    );
    lines.push(`  n --> c${i}`);
    lines.push(`  c${i} -->|"${mermaid(basisText(rule, nation))}"| o${i}`);
  });
  lines.push('```');
  return lines.join('\n');
}

function rulesTable(rules: readonly Rule[], nation?: Nation): string {
  const rows = ['| When | Result | Legal basis | Rule id |', '| --- | --- | --- | --- |'];
  for (const rule of rules) {
    const when = describe(nation ? withoutNation(rule.when) : rule.when);
    const only =
      rule.only === 'with-legal-right'
        ? ', only alongside a legal right'
        : rule.only === 'without-legal-right'
          ? ', only when no legal right applies'
          : '';
    const result = `${nation ? kindName(rule.kind, nation) : KIND_NAMES[rule.kind]}: **${STRENGTH_NAMES[rule.strength]}**`;
    rows.push(
      `| ${cell(when + only)} | ${cell(result)} | ${cell(basisText(rule, nation))} | \`${rule.id}\` |`,
    );
  }
  return rows.join('\n');
}

function everywhereChart(rules: readonly Rule[]): string {
  const lines = ['```mermaid', 'flowchart LR', '  a(["Every nation"])'];
  rules.forEach((rule, i) => {
    const only =
      rule.only === 'with-legal-right'
        ? ' and a legal right applies'
        : rule.only === 'without-legal-right'
          ? ' and no legal right applies'
          : '';
    lines.push(`  c${i}{"${describeChart(rule.when)}${mermaid(only)}"}`);
    lines.push(
      `  o${i}["${mermaid(`${KIND_NAMES[rule.kind]}: ${STRENGTH_NAMES[rule.strength]}`)}"]`,
    );
    lines.push(`  a --> c${i}`);
    lines.push(`  c${i} -->|"No law requires this"| o${i}`);
  });
  lines.push('```');
  return lines.join('\n');
}

function document(): string {
  const everywhere = RULES.filter((r) => r.nations.length === 0);
  const parts: string[] = [];
  parts.push(`<!-- Generated by scripts/flow-diagram.ts from src/eligibility. Do not edit by hand: run \`npx tsx scripts/flow-diagram.ts\`. -->

# How the advocacy quiz decides

This page shows every question the \`<advocacy-quiz>\` element can ask and every result it can
give, with the law behind each one. It is made from the same data the quiz runs on, so it is
always up to date with the code. You do not need to read TypeScript to check it.

## How to read this

- **The quiz asks one question at a time.** It only asks a question when the answer could change
  the result. For example, it only asks about the Mental Health Act in England and Wales, because
  in Scotland the right to advocacy does not depend on it, and Northern Ireland has no such right.
- **Nothing it asks identifies a person.** Every answer is picked from a list. It asks for an age
  group, never a date of birth, and for a broad group such as “a learning disability”, never a
  diagnosis. People can choose “I’m not sure, or I’d rather not say”.
- **Each result has one of three strengths:**
  - **legal right**: the law clearly says the person can have this advocate;
  - **may be able to get**: the law allows it, or it is often offered, but it is not a clear right;
  - **ask about**: it depends on things the quiz cannot know, so the result says who to ask.
- **Advocacy that no law requires** (community, self, peer, group and other advocacy) is always
  offered alongside. When no legal right applies, paid advocacy is mentioned too.
- **Each result lists its legal basis**: the Act, section, regulations or code of practice. Where
  the law differs between England, Wales, Scotland and Northern Ireland, there is a separate rule.
- **This is not legal advice.** Where the law was unclear to us, the rule says “ask about” and
  names who to ask. If you think a rule is wrong, please open an issue and quote the law.

To change a rule, edit its record in \`src/eligibility/rights/\` (its words are in
\`src/eligibility/words/\`, the questions in \`src/eligibility/questions/\`), run the tests
(\`npx wtr --files 'test/unit/eligibility-*.test.ts'\`), then run \`npm run flow:diagram\` to
update this page and the per-nation law tables in \`docs/law/\`.

## The questions

The diamonds show when a question is asked. “Topic is ‘answer’” means the person chose that
answer; “includes” is for questions where people can choose more than one answer.

${questionsChart()}

${questionsTable()}`);

  for (const nation of NATIONS) {
    const rules = RULES.filter((r) => r.nations.includes(nation));
    parts.push(`## Results in ${NATION_NAMES[nation]}

Each branch is labelled with the law it rests on.

${nationChart(nation)}

${rulesTable(rules, nation)}`);
  }

  parts.push(`## Offered in every nation

This advocacy is not a legal right anywhere. What is available depends on local funding.

${everywhereChart(everywhere)}

${rulesTable(everywhere)}

## How results are put together

1. The quiz drops any answer that no longer applies (for example a Mental Health Act answer after
   the nation changes to Scotland).
2. Every rule whose condition holds gives a result.
3. When several rules give the same kind of advocacy, the strongest one decides its strength, and
   their reasons and legal sources are joined.
4. Results are listed strongest first: legal rights, then “may be able to get”, then “ask about”.
`);
  return parts.join('\n\n');
}

// Formatted as the repository formats Markdown, so that `npm run format` leaves them alone.
const outputs = [{ path: 'docs/eligibility-flow.md', text: document() }, ...lawDocuments()];
const formatted = await Promise.all(
  outputs.map(async (o) => ({
    path: o.path,
    text: await format(o.text, {
      ...(await resolveConfig(join(ROOT, o.path))),
      parser: 'markdown',
    }),
  })),
);
if (process.argv.includes('--check')) {
  const stale = formatted.filter((o) => {
    try {
      return readFileSync(join(ROOT, o.path), 'utf8') !== o.text;
    } catch {
      return true; // Missing counts as out of date.
    }
  });
  if (stale.length > 0) {
    console.error(
      `${stale.map((o) => o.path).join(', ')} out of date: run \`npm run flow:diagram\`.`,
    );
    process.exit(1);
  }
  console.log(`${formatted.map((o) => o.path).join(', ')} up to date.`);
} else {
  mkdirSync(join(ROOT, 'docs', 'law'), { recursive: true });
  for (const o of formatted) writeFileSync(join(ROOT, o.path), o.text);
  console.log(`Wrote ${formatted.map((o) => o.path).join(', ')}`);
}
