import { literal, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// Literal tags, so no string from outside ever becomes markup.
const TAGS = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
} as const;

/** Clamps any value to a heading level the host may choose (2 to 6, default 2). */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** A level below the given one, never past 6. */
export function subLevel(level: HeadingLevel, by = 1): HeadingLevel {
  return Math.min(6, level + by) as HeadingLevel;
}

/** Renders a heading of the given level. */
export function heading(
  level: HeadingLevel,
  content: unknown,
  options: { id?: string; className?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = TAGS[level];
  return staticHtml`<${tag}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.className)}
    part=${options.part ?? 'heading'}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
  >${content}</${tag}>`;
}
