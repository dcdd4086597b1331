import 'axe-core/axe.min.js';
import type * as AxeCore from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof AxeCore;
  }
}

/** WCAG 2.0, 2.1 and 2.2 at A and AA, plus axe's best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  resultTypes: ['violations'],
};

function describe(results: AxeResults): string {
  return results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes.map((n) => `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}

/** Runs axe-core on an element, its shadow DOM included, and returns what it found. */
export async function axeViolations(element: Element): Promise<AxeResults['violations']> {
  const results = await window.axe.run(element, OPTIONS);
  return results.violations;
}

/** Fails with a readable list when axe-core finds any violation in the element. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, OPTIONS);
  if (results.violations.length > 0) {
    throw new Error(`axe-core found ${results.violations.length} violation(s):\n${describe(results)}`);
  }
}
