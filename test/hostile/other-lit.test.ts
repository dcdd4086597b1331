import { expect } from '@open-wc/testing';
import {
  expectAccessibleIn,
  openHostPage,
  until,
  widgetsIn,
  widgetsSettled,
  type HostPage,
} from '../helpers/frame.js';
import { walkQuiz } from '../helpers/journey.js';

type Versioned = {
  litHtmlVersions?: string[];
  litElementVersions?: string[];
  reactiveElementVersions?: string[];
};

// A host page that already runs another Lit (2.8, a real copy from npm) before our script, with
// its own Lit 3, arrives: both must work side by side, each with its own copy.
describe('a host page that loaded another Lit first', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  for (const csp of ['', 'listed-duplicates']) {
    it(`keeps the host's Lit 2 component working and runs ours beside it${csp ? ` (csp=${csp})` : ''}`, async () => {
      page = await openHostPage(`/test/hostile/pages/old-lit.html${csp ? `?csp=${csp}` : ''}`);
      const counter = await until(
        () => page!.document.querySelector('host-counter')?.shadowRoot?.querySelector('button'),
        'the host component renders',
      );
      await widgetsSettled(page);

      const versions = page.window as unknown as Versioned;
      const lit = versions.litHtmlVersions ?? [];
      expect(lit[0], 'the host loaded Lit 2 first').to.match(/^2\./);
      expect(
        lit.some((v) => v.startsWith('3.')),
        'ours brought Lit 3',
      ).to.equal(true);

      counter.click();
      await until(
        () => counter.textContent?.includes('Pressed 1 times'),
        'the host component still updates',
      );

      const [explainer] = widgetsIn(page, 'advocacy-explainer');
      const toggle = explainer.shadowRoot!.querySelector<HTMLElement>('#toggle-imca')!;
      toggle.click();
      await explainer.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const steps = await walkQuiz(widgetsIn(page, 'advocacy-quiz')[0]);
      expect(steps.at(-1)).to.equal('result');
      expect(widgetsIn(page, 'advocacy-contact-card')[0].shadowRoot!.textContent).to.contain(
        '0300 123 4567',
      );

      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.violations).to.deep.equal([]);
      await (csp ? Promise.resolve() : expectAccessibleIn(page));
    });
  }
});
