import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/contact-card.js';

/** Collects console warnings until `until` holds (or briefly, when it never will). */
async function warningsWhile(run: () => Promise<unknown>, until: (w: string[]) => boolean): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
    await waitUntil(() => until(warnings), 'warnings', { timeout: 1500 }).catch(() => undefined);
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('the theme check on a live page', () => {
  it('reports a colour the page set that fails WCAG AA, with the failing pair', async () => {
    const warnings = await warningsWhile(
      () =>
        fixture(html`<div style="--advocacy-color-link: #bbbbbb">
          <advocacy-contact-card name="Example" phone="0300 123 4567" website="https://example.org"></advocacy-contact-card>
        </div>`),
      (w) => w.some((line) => line.includes('--advocacy-color-link')),
    );
    const line = warnings.find((w) => w.includes('--advocacy-color-link'));
    expect(line, 'a warning names the failing custom property').to.not.equal(undefined);
    expect(line).to.contain('--advocacy-color-background');
  });

  it('stays quiet, and loads nothing, when the page sets no colours', async () => {
    const before = performance.getEntriesByType('resource').length;
    const warnings = await warningsWhile(
      () => fixture(html`<advocacy-contact-card name="Example" phone="0300 123 4567"></advocacy-contact-card>`),
      () => false,
    );
    expect(warnings.filter((w) => w.includes('contrast'))).to.deep.equal([]);
    const after = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(after.filter((name) => name.includes('contrast'))).to.deep.equal([]);
  });
});
