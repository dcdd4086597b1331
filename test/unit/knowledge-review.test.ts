import { expect } from '@open-wc/testing';
import { KINDS, NATIONS, TOPICS } from '../../src/knowledge/index.js';
import { formatReport, reviewReport } from '../../src/knowledge/review.js';

describe('knowledge review report (npm run content:review)', () => {
  const today = '2026-12-05';
  const rows = reviewReport(KINDS, TOPICS, today);

  it('lists every fact: each kind, each kind in each nation, each topic', () => {
    expect(rows).to.have.length(KINDS.length * (1 + NATIONS.length) + TOPICS.length);
    const ni = KINDS.find((k) => k.id === 'imca')?.nations['northern-ireland'].strength;
    expect(rows.map((r) => r.fact)).to.include(`imca / northern-ireland (${ni})`);
    expect(rows.map((r) => r.fact)).to.include('topic deprivation-of-liberty');
  });

  it('puts the soonest review first', () => {
    const dates = rows.map((r) => r.reviewBy);
    expect(dates).to.deep.equal([...dates].sort());
  });

  it('marks nothing overdue today, and everything overdue once every review date has passed', () => {
    expect(rows.filter((r) => r.overdue)).to.deep.equal([]);
    const late = reviewReport(KINDS, TOPICS, '2028-01-01');
    expect(late.every((r) => r.overdue)).to.equal(true);
    expect(formatReport(late, '2028-01-01')).to.match(/^OVERDUE /m);
  });

  it('marks facts due within 30 days, and only those', () => {
    const soon = reviewReport(KINDS, TOPICS, '2027-05-10');
    const due = soon.filter((r) => r.dueSoon);
    expect(due.length).to.be.greaterThan(0);
    for (const r of due)
      expect(r.reviewBy >= '2027-05-10' && r.reviewBy <= '2027-06-09').to.equal(true);
  });

  it('prints each source with its own dates, and a source overdue on its own is marked', () => {
    const text = formatReport(reviewReport(KINDS, TOPICS, '2027-05-27'), '2027-05-27');
    expect(text).to.contain('Mental Health Act 1983, section 130C');
    expect(text).to.match(/section 130C \([^\n]*review by 2027-05-26 OVERDUE/);
    expect(text).to.match(/section 39D[^\n]*review by 2027-06-05\)/);
  });
});
