import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any value to a heading level the host may choose (2 to 6, default 2). */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** A level below the given one, never past 6. */
export function subLevel(level: HeadingLevel, by = 1): HeadingLevel {
  return Math.min(6, level + by) as HeadingLevel;
}

/** Renders a heading of the given level. One template per level: no markup is built from text. */
export function heading(
  level: HeadingLevel,
  content: unknown,
  options: { id?: string; className?: string; part?: string; focusable?: boolean } = {},
): TemplateResult {
  const id = ifDefined(options.id);
  const cls = ifDefined(options.className);
  const part = options.part ?? 'heading';
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
