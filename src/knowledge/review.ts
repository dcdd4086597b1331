/**
 * The legal review report: every fact with its sources, when they were re-read and when they must
 * be re-read again, soonest first. Pure, so `npm run content:review` and the tests share it. It
 * reports; it never fails because time passed (docs/legal-review.md).
 */
import { NATIONS } from './nations.js';
import type { AdvocacyKind, Dated, Source, Topic } from './types.js';

export interface ReviewRow extends Dated {
  /** Where the fact is: "imca / england", "imca (the kind)", "topic deprivation-of-liberty". */
  readonly fact: string;
  readonly sources: readonly Source[];
  /** reviewBy is before today. */
  readonly overdue: boolean;
  /** reviewBy is today or within the next 30 days. */
  readonly dueSoon: boolean;
}

const DAY = 86_400_000;

/** Every fact, soonest review first; ties by fact name, so the report is stable. */
export function reviewReport(
  kinds: readonly AdvocacyKind[],
  topics: readonly Topic[],
  today: string,
): ReviewRow[] {
  const soon = new Date(Date.parse(today) + 30 * DAY).toISOString().slice(0, 10);
  const row = (fact: string, dated: Dated, sources: readonly Source[]): ReviewRow => ({
    fact,
    checked: dated.checked,
    reviewBy: dated.reviewBy,
    sources,
    overdue: dated.reviewBy < today,
    dueSoon: dated.reviewBy >= today && dated.reviewBy <= soon,
  });
  const rows: ReviewRow[] = [];
  for (const kind of kinds) {
    rows.push(row(`${kind.id} (the kind)`, kind, kind.sources));
    for (const nation of NATIONS) {
      const route = kind.nations[nation];
      rows.push(row(`${kind.id} / ${nation} (${route.strength})`, route, route.sources));
    }
  }
  for (const topic of topics) rows.push(row(`topic ${topic.id}`, topic, topic.sources));
  return rows.sort((a, b) =>
    a.reviewBy === b.reviewBy ? a.fact.localeCompare(b.fact) : a.reviewBy < b.reviewBy ? -1 : 1,
  );
}

/** The report as plain text, one block per fact. */
export function formatReport(rows: readonly ReviewRow[], today: string): string {
  const overdue = rows.filter((r) => r.overdue).length;
  const lines = [
    `Legal review, ${today}: ${rows.length} facts, ${overdue} overdue. Soonest review first.`,
    '',
  ];
  for (const r of rows) {
    const mark = r.overdue ? 'OVERDUE ' : r.dueSoon ? 'DUE SOON ' : '';
    lines.push(`${mark}${r.fact}: checked ${r.checked}, review by ${r.reviewBy}`);
    for (const s of r.sources) {
      const late = s.reviewBy < today ? ' OVERDUE' : '';
      lines.push(`  - ${s.title} (checked ${s.checked}, review by ${s.reviewBy}${late})`);
    }
  }
  return lines.join('\n');
}
