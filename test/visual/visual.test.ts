import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/index.js';
import { IN_FIREFOX, skipTest } from '../helpers/engine.js';
import { GOVUK_CSS, NHSUK_CSS, withStyles } from '../helpers/frameworks.js';
import { STICKY, govukPage, nhsPage } from './pages.js';

interface Compared {
  written: boolean;
  changed: number;
  total: number;
  size?: string;
}

/** At most this share of pixels may differ from the baseline: text anti-aliasing, no more. */
const TOLERANCE = 0.001;

type Ready = HTMLElement & { ready?: Promise<unknown>; updateComplete: Promise<unknown> };

const PAGES = [
  {
    name: 'govuk',
    css: GOVUK_CSS,
    page: govukPage,
    htmlClass: 'govuk-template',
    bodyClass: 'govuk-template__body',
  },
  { name: 'nhs', css: NHSUK_CSS, page: nhsPage, htmlClass: '', bodyClass: '' },
];

describe('visual baselines on GOV.UK Frontend and NHS.UK frontend pages', function () {
  this.timeout(30000);

  for (const { name, css, page, htmlClass, bodyClass } of PAGES) {
    for (const width of [320, 1280]) {
      it(`${name} at ${width}px looks as reviewed (test/visual/baselines/${name}-${width}.png)`, async () => {
        if (IN_FIREFOX)
          skipTest(
            "screenshots go through Chrome's DevTools Protocol, and the baselines are Chromium's",
          );
        const undo = await withStyles(css);
        const sticky = await withStyles(STICKY);
        if (htmlClass) document.documentElement.classList.add(htmlClass);
        if (bodyClass) document.body.classList.add(bodyClass);
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        try {
          render(page(), wrapper);
          const elements = [
            ...wrapper.querySelectorAll<Ready>(
              'advocacy-explainer, advocacy-quiz, advocacy-contact-card',
            ),
          ];
          expect(elements).to.have.length(3);
          for (const el of elements) {
            await el.ready;
            await el.updateComplete;
          }
          await document.fonts.ready;
          const result = await executeServerCommand<Compared, { name: string; width: number }>(
            'visual-compare',
            {
              name: `${name}-${width}`,
              width,
            },
          );
          if (result.written) return;
          expect(result.size, 'page size').to.equal(undefined);
          expect(
            result.changed / result.total,
            `${result.changed} pixels differ: see test/visual/failed/${name}-${width}.diff.png`,
          ).to.be.at.most(TOLERANCE);
        } finally {
          undo();
          sticky();
          if (htmlClass) document.documentElement.classList.remove(htmlClass);
          if (bodyClass) document.body.classList.remove(bodyClass);
        }
      });
    }
  }
});
