/**
 * Re-reading dates. A source's `checked` is the day someone actually re-read it; `reviewBy` is at
 * most 6 months later. A fact's dates come from its sources, so they cannot be set by hand.
 */
import type { Dated, Source } from './types.js';

/** The longest a source may go without being re-read. */
export const REVIEW_MONTHS = 6;

/** The date `months` calendar months after an ISO date (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Dates for a source re-read on `checked`, due again in 6 months. */
export function reread(checked: string): Dated {
  return { checked, reviewBy: addMonths(checked, REVIEW_MONTHS) };
}

/** A fact's dates: its oldest re-read and its earliest review-by, over all its sources. */
export function datesOf(sources: readonly Source[]): Dated {
  const [first, ...rest] = sources;
  if (!first) return { checked: '', reviewBy: '' };
  let { checked, reviewBy } = first;
  for (const s of rest) {
    if (s.checked < checked) checked = s.checked;
    if (s.reviewBy < reviewBy) reviewBy = s.reviewBy;
  }
  return { checked, reviewBy };
}
