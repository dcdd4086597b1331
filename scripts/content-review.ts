/**
 * `npm run content:review`: every fact the widgets state, with its sources, the day they were
 * re-read and the day they must be re-read by, soonest first; overdue ones are marked. A report
 * for maintainers: it exits 0 however late the review is (docs/legal-review.md).
 *
 *   npm run content:review                  today's report
 *   npm run content:review -- --today 2027-06-01   as it will look that day
 *   npm run content:review -- --json        the same rows as JSON
 */
import { KINDS, TOPICS } from '../src/knowledge/index.js';
import { formatReport, reviewReport } from '../src/knowledge/review.js';

const args = process.argv.slice(2);
const at = args.indexOf('--today');
const today = at >= 0 ? (args[at + 1] ?? '') : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('content:review: --today needs a date such as 2027-06-01');
  process.exit(2);
}
const rows = reviewReport(KINDS, TOPICS, today);
if (args.includes('--json')) {
  const plain = rows.map((r) => ({ ...r, sources: r.sources.map((s) => ({ ...s })) }));
  console.log(JSON.stringify(plain, null, 2));
} else {
  console.log(formatReport(rows, today));
}
