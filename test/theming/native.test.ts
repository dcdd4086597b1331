import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/contact-card.js';
import '../../src/quiz.js';
import '../../src/explainer.js';
import type { AdvocacyQuiz } from '../../src/elements/advocacy-quiz.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import { contrastRatio, parseColour } from '../../src/ui/contrast.js';
import { expectAccessible } from '../helpers/axe.js';
import { IN_FIREFOX, skipTest } from '../helpers/engine.js';
import { GOVUK_CSS, NHSUK_CSS, withStyles } from '../helpers/frameworks.js';

async function card(): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
    html`<advocacy-contact-card
      name="Example Advocacy"
      phone="0300 123 4567"
      website="https://example.org"
      no-json-ld
    ></advocacy-contact-card>`,
  );
  await el.updateComplete;
  return el;
}

const px = (value: string) => Number.parseFloat(value);
const firstFamily = (el: Element) =>
  (getComputedStyle(el).fontFamily.split(',')[0] ?? '').replace(/["']/g, '').trim().toLowerCase();
/** The size the browser's own text-size setting gives, whatever the page's root size. */
function mediumSize(): number {
  const probe = document.createElement('span');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = px(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

describe('native on GOV.UK Frontend and NHS.UK frontend pages', () => {
  describe('with GOV.UK Frontend 6 on the page and no theme', () => {
    let remove: () => void;
    before(async () => {
      remove = await withStyles(GOVUK_CSS);
    });
    after(() => remove());

    it("takes GOV.UK's colours from its custom properties", async () => {
      const el = await card();
      const link = el.shadowRoot!.querySelector('a')!;
      // GOV.UK Frontend 6's --govuk-link-colour (#1a65a6), not our default (#144e81).
      expect(getComputedStyle(link).color).to.equal('rgb(26, 101, 166)');
    });

    it('follows a page that changes a GOV.UK colour', async () => {
      const undo = await withStyles(':root { --govuk-link-colour: #0b0c0c; }');
      try {
        const el = await card();
        expect(getComputedStyle(el.shadowRoot!.querySelector('a')!).color).to.equal(
          'rgb(11, 12, 12)',
        );
      } finally {
        undo();
      }
    });

    it("uses GOV.UK's font stack, not the browser's serif, though GOV.UK sets no font on body", async () => {
      const el = await card();
      expect(firstFamily(document.body), 'the page itself has the default font').to.not.equal(
        'gds transport',
      );
      expect(firstFamily(el)).to.equal('gds transport');
    });

    it("uses GOV.UK's 19px body text and its 20px/30px space after the element", async () => {
      const el = await card();
      const p = el.shadowRoot!.querySelector('.root')!;
      expect(px(getComputedStyle(p).fontSize)).to.be.closeTo(mediumSize() * 1.1875, 0.1);
      const wide = window.matchMedia('(min-width: 40.0625em)').matches;
      expect(px(getComputedStyle(el).marginBottom)).to.equal(wide ? 30 : 20);
    });

    it('shows every focused link, button and "Where does this come from?" in the focus colours', async () => {
      // GOV.UK's link colour before version 6 is 3.84:1 on its yellow focus colour: focus must
      // show the focus text colour instead, whatever colour the element gave that link.
      const explainer = await fixture<AdvocacyExplainer>(
        html`<advocacy-explainer style="--advocacy-color-link: #1d70b8"></advocacy-explainer>`,
      );
      await explainer.ready;
      await explainer.updateComplete;
      // Open every section, so its sources' summary can be focused.
      for (const toggle of explainer.shadowRoot!.querySelectorAll<HTMLElement>('.toggle'))
        toggle.click();
      await explainer.updateComplete;
      // Tab through it all, as a keyboard user does, so each stop has :focus-visible.
      const seen = new Set<string>();
      explainer.shadowRoot!.querySelector<HTMLElement>('.toggle')!.focus();
      for (let i = 0; i < 80; i++) {
        const target = explainer.shadowRoot!.activeElement as HTMLElement | null;
        if (!target) break;
        const style = getComputedStyle(target);
        const ratio = contrastRatio(parseColour(style.color)!, parseColour(style.backgroundColor)!);
        const name = `${target.localName}.${target.className}`;
        seen.add(target.localName);
        expect(ratio, `${name}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
        await sendKeys({ press: 'Tab' });
      }
      expect([...seen]).to.include.members(['button', 'summary']);
    });
  });

  describe('with NHS.UK frontend 10 on the page and no theme', () => {
    let remove: () => void;
    before(async () => {
      remove = await withStyles(NHSUK_CSS);
    });
    after(() => remove());

    it("takes the NHS's colours and font, and pads its white box on the grey page", async () => {
      const el = await card();
      const link = el.shadowRoot!.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(0, 94, 184)');
      expect(firstFamily(el)).to.equal('frutiger w01');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(px(getComputedStyle(el).paddingTop)).to.be.at.least(16);
      expect(px(getComputedStyle(el).marginBottom)).to.be.at.least(40);
    });
  });

  describe('on a page with no framework', () => {
    it("never shows the browser's default serif", async () => {
      const undo = await withStyles('body { font-family: initial; }');
      try {
        const el = await card();
        expect(['serif', 'times new roman', 'times']).to.not.include(firstFamily(el));
        expect(firstFamily(el)).to.equal('system-ui');
      } finally {
        undo();
      }
    });

    it("keeps the page's own font", async () => {
      const undo = await withStyles('body { font-family: Georgia, serif; }');
      try {
        expect(firstFamily(await card())).to.equal('georgia');
      } finally {
        undo();
      }
    });

    it('sets no margin, padding or colours from GOV.UK or the NHS', async () => {
      const el = await card();
      expect(px(getComputedStyle(el).paddingTop)).to.equal(0);
      expect(getComputedStyle(el.shadowRoot!.querySelector('a')!).color).to.equal(
        'rgb(20, 78, 129)',
      );
    });
  });

  describe('text sizes that survive the host CSS', () => {
    let undo: () => void;
    before(async () => {
      undo = await withStyles('html { font-size: 62.5%; } body { font-size: 1.6rem; }');
    });
    after(() => undo());

    it('never shows text smaller than the browser setting (16px by default) under html { font-size: 62.5% }', async () => {
      expect(px(getComputedStyle(document.documentElement).fontSize)).to.equal(10);
      const el = await card();
      const sizes = [...el.shadowRoot!.querySelectorAll('p, a, dt, dd, span, h2, h3, button')].map(
        (e) => px(getComputedStyle(e).fontSize),
      );
      expect(sizes.length).to.be.greaterThan(3);
      expect(Math.min(...sizes)).to.be.at.least(Math.min(16, mediumSize()));
      expect(px(getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize)).to.equal(
        mediumSize(),
      );
    });

    it('keeps easy read larger than standard text, and a theme that asks for smaller text cannot', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<advocacy-contact-card
          style="--advocacy-font-size: 0.6rem"
          name="Example"
          phone="0300 123 4567"
          no-json-ld
        ></advocacy-contact-card>`,
      );
      await el.updateComplete;
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(px(getComputedStyle(root).fontSize)).to.equal(mediumSize());
      el.setAttribute('easy-read', '');
      await el.updateComplete;
      expect(px(getComputedStyle(root).fontSize)).to.equal(mediumSize() * 1.25);
    });
  });

  describe('colour schemes', () => {
    it('draws native controls in the light scheme on a dark host, so an unticked radio looks unticked', async () => {
      const undo = await withStyles(':root { color-scheme: dark; }');
      try {
        const quiz = await fixture<AdvocacyQuiz>(
          html`<advocacy-quiz nation="england"></advocacy-quiz>`,
        );
        await quiz.ready;
        await quiz.updateComplete;
        const input = quiz.shadowRoot!.querySelector('input')!;
        expect(input.checked).to.equal(false);
        expect(getComputedStyle(document.body).colorScheme).to.equal('dark');
        expect(getComputedStyle(input).colorScheme).to.equal('light');
        await expectAccessible(quiz);
      } finally {
        undo();
      }
    });

    it('lets a dark theme ask for dark native controls', async () => {
      const undo = await withStyles(`.dark {
        --advocacy-color-scheme: dark; --advocacy-color-text: #ffffff;
        --advocacy-color-text-secondary: #cecece; --advocacy-color-background: #0b0c0c;
        --advocacy-color-surface: #2b2c2c; --advocacy-color-link: #8fc1ec;
        --advocacy-color-link-visited: #c9b3f5; --advocacy-color-error: #ff9d9d;
      }`);
      const quiz = await fixture<AdvocacyQuiz>(
        html`<advocacy-quiz nation="england" class="dark"></advocacy-quiz>`,
      );
      await quiz.ready;
      await quiz.updateComplete;
      try {
        expect(getComputedStyle(quiz.shadowRoot!.querySelector('input')!).colorScheme).to.equal(
          'dark',
        );
        await expectAccessible(quiz);
      } finally {
        undo();
      }
    });
  });

  describe('focus under a sticky header', () => {
    it("moves focus to the next question where a host's scroll-padding-top keeps it below the header", async () => {
      const undo = await withStyles(`
        html { scroll-padding-top: 80px; }
        .sticky { position: sticky; top: 0; height: 60px; background: #1d70b8; z-index: 1; }`);
      try {
        const page = await fixture<HTMLElement>(
          html`<div>
            <div class="sticky"></div>
            <div style="height: 1500px"></div>
            <advocacy-quiz nation="england"></advocacy-quiz>
            <div style="height: 1500px"></div>
          </div>`,
        );
        const quiz = page.querySelector<AdvocacyQuiz>('advocacy-quiz')!;
        await quiz.ready;
        await quiz.updateComplete;
        // Scroll so that the question sits under the header, as after reading down a long page.
        const heading = () => quiz.shadowRoot!.querySelector<HTMLElement>('#step-heading')!;
        window.scrollBy(0, heading().getBoundingClientRect().top - 10);
        expect(heading().getBoundingClientRect().top).to.be.below(60);
        quiz.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
        quiz.shadowRoot!.querySelector<HTMLElement>('button[type="submit"]')!.click();
        await quiz.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(quiz.shadowRoot!.activeElement).to.equal(heading());
        const top = heading().getBoundingClientRect().top;
        expect(top, 'the focused question is not hidden under the header').to.be.at.least(60);
      } finally {
        undo();
        window.scrollTo(0, 0);
      }
    });
  });

  describe('ticked and unticked, as painted', () => {
    const cases = [
      { name: 'a light host', css: '', forcedColors: false },
      {
        name: 'a host with color-scheme: dark',
        css: ':root { color-scheme: dark; background: #0b0c0c; }',
        forcedColors: false,
      },
      { name: 'forced colours (Windows high contrast)', css: '', forcedColors: true },
    ];
    for (const c of cases) {
      it(`shows an unticked radio as empty and a ticked one as filled, on ${c.name}`, async () => {
        if (IN_FIREFOX) skipTest("the picture is taken through Chrome's DevTools Protocol");
        const undo = await withStyles(c.css);
        try {
          const quiz = await fixture<AdvocacyQuiz>(
            html`<advocacy-quiz nation="england"></advocacy-quiz>`,
          );
          await quiz.ready;
          await quiz.updateComplete;
          const [ticked, unticked] =
            quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input');
          ticked.click();
          ticked.scrollIntoView({ block: 'center' });
          const centre = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          };
          // Beside the radio, in the gap before its label: the background it sits on.
          const box = unticked.getBoundingClientRect();
          const [on, off, background] = await executeServerCommand<number[][], unknown>('pixels', {
            points: [
              centre(ticked),
              centre(unticked),
              { x: box.right + 3, y: box.top + box.height / 2 },
            ],
            forcedColors: c.forcedColors,
          });
          const distance = (a: number[], b: number[]) =>
            Math.max(...a.map((v, i) => Math.abs(v - b[i])));
          expect(
            distance(off, background),
            `unticked centre ${String(off)} on ${String(background)}`,
          ).to.be.below(40);
          expect(
            distance(on, background),
            `ticked centre ${String(on)} on ${String(background)}`,
          ).to.be.above(100);
        } finally {
          undo();
        }
      });
    }
  });
});
