/** The fuzz property over whole provider files, run with as many files as the caller asks. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { JSON_LD_LIMITS } from '../../src/providers/index.js';
import { providerFile } from './provider-files.js';
import { PageWatch, dangers, settle } from './support.js';

type Card = HTMLElement & { providers?: unknown; jsonLdPlaced: Promise<void> };

/** Text for an inline `<script type="application/json">`; `null` when the value cannot be written as JSON. */
function asText(file: unknown): string | null {
  if (typeof file === 'string') return file;
  try {
    return JSON.stringify(file) ?? null;
  } catch {
    return null; // nested too deep for the browser's own JSON writer: given as an object instead
  }
}

export function fuzzProviderFiles(numRuns: number): void {
  describe(`fuzzing ${numRuns} whole provider files, huge and deeply nested ones too`, () => {
    const watch = new PageWatch();
    let main: HTMLElement;
    before(() => {
      main = document.createElement('main');
      document.body.append(main);
      watch.start();
    });
    after(() => {
      watch.stop();
      main.remove();
    });

    it('each renders with no uncaught error, no unsafe link and bounded JSON-LD', async function () {
      // Thousands of renders: the time each takes is measured by the bench, not here.
      this.timeout(0);
      let rendered = 0;
      await fc.assert(
        fc.asyncProperty(
          providerFile,
          fc.constantFrom('property', 'inline'),
          async (file, delivery) => {
            const card = document.createElement('advocacy-contact-card') as Card;
            const text = delivery === 'inline' ? asText(file) : null;
            if (text === null) card.providers = file;
            else {
              const script = document.createElement('script');
              script.type = 'application/json';
              script.textContent = text;
              card.append(script);
            }
            main.append(card);
            try {
              await settle(card);
              await card.jsonLdPlaced;
              expect(dangers(card)).to.deep.equal([]);
              const jsonLd = card.querySelector('script[type="application/ld+json"]');
              expect(jsonLd?.textContent.length ?? 0).to.be.at.most(JSON_LD_LIMITS.chars);
              expect(card.shadowRoot!.textContent, 'no bidi override from the data').not.to.match(
                /[\u202A-\u202E]/,
              );
              expect(watch.errors).to.deep.equal([]);
              rendered += 1;
            } finally {
              card.remove();
            }
          },
        ),
        // Shrinking a huge file takes longer than finding it: report the first failure as found.
        { numRuns, endOnFailure: true },
      );
      expect(rendered).to.equal(numRuns);
    });
  });
}
