/**
 * The documented range of every number attribute (README, docs/kiosk.md, docs/contact-card.md).
 * A value outside it is brought to the nearest end, and a value that is not a number gives the
 * default, with a warning for the editor: a huge `timeout` would overflow setTimeout and abort at
 * once, and a huge `idle-seconds` would make the idle timer spin.
 */
export interface NumberRange {
  min: number;
  max: number;
  fallback: number;
}

export const RANGES = {
  /** `<advocacy-contact-card timeout>`: milliseconds to wait for `src`. */
  timeout: { min: 100, max: 60000, fallback: 8000 },
  /** `idle-seconds`: seconds without a touch before "Are you still there?". */
  'idle-seconds': { min: 10, max: 3600, fallback: 120 },
  /** `idle-countdown`: seconds that question waits (at least 20: WCAG 2.2.1). */
  'idle-countdown': { min: 20, max: 600, fallback: 30 },
} satisfies Record<string, NumberRange>;

/** A whole number within `range` for `value`, and the warning to give when it was changed. */
export function inRange(name: string, value: string | number | null | undefined, range: NumberRange): { value: number; warning?: string } {
  const n = typeof value === 'number' ? value : Number.parseFloat(value ?? '');
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return { value: range.fallback };
  const whole = Math.round(n);
  const clamped = Number.isFinite(n) ? Math.min(range.max, Math.max(range.min, whole)) : range.fallback;
  if (clamped === n) return { value: clamped };
  return {
    value: clamped,
    warning: `${name}="${String(value)}" is not a whole number from ${range.min} to ${range.max}, so ${clamped} is used.`,
  };
}
