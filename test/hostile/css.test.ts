import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  expectAccessibleIn,
  isShown,
  openHostPage,
  pointerTarget,
  widgetsIn,
  widgetsSettled,
  type HostPage,
} from '../helpers/frame.js';
import { quizStep } from '../helpers/journey.js';

// Global CSS that host pages really have (resets, "make everything bigger", "hide the buttons
// of that old plugin"…): none of it may hide or break the controls inside our shadow roots.
const CASES = [
  {
    name: '* { font-size: 40px !important }',
    css: '* { font-size: 40px !important; line-height: 1 !important; }',
  },
  {
    name: 'button, input, a { display: none !important }',
    css: 'button, input, a, label, summary, [role="button"], [type="submit"] { display: none !important; visibility: hidden !important; opacity: 0 !important; }',
  },
  { name: '* { all: revert }', css: '* { all: revert }' },
  { name: 'main * { all: unset !important }', css: 'main * { all: unset !important }' },
  {
    name: 'layout resets: [hidden] shown, boxes hidden, content-box',
    css: '[hidden] { display: block !important } div, section, p, ul, li, form, fieldset, dl { display: none !important } *, *::before, *::after { box-sizing: content-box !important; max-width: 100% !important; }',
  },
  {
    name: 'inherited text properties',
    css: '* { letter-spacing: 0.3em !important; word-spacing: 1em !important; text-transform: uppercase !important; text-align: justify !important; white-space: nowrap }',
  },
];

const TARGET = 24; // WCAG 2.2 target size (minimum), in CSS pixels

type Widget = ReturnType<typeof widgetsIn>[number];
const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: Widget, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** Every control a person uses in the page's widgets, with a name for the message. */
function controls(page: HostPage): [string, HTMLElement][] {
  const out: [string, HTMLElement][] = [];
  for (const widget of widgetsIn(
    page,
    'advocacy-explainer, advocacy-quiz, advocacy-contact-card',
  )) {
    for (const control of $$(widget, 'button, input, a[href]')) {
      out.push([
        `<${widget.localName}> ${control.localName} "${(control.textContent ?? control.id).trim().slice(0, 40)}"`,
        control,
      ]);
    }
  }
  return out;
}

async function press(page: HostPage, element: HTMLElement): Promise<void> {
  const [x, y] = pointerTarget(page, element);
  await sendMouse({ type: 'click', position: [x, y] });
}

describe('a host page with aggressive global CSS', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.close();
    await resetMouse();
  });

  for (const { name, css } of CASES) {
    it(`keeps every control shown, its size and our styles, and operable by pointer: ${name}`, async () => {
      page = await openHostPage('/test/hostile/pages/all.html', { width: 760, height: 560 });
      const style = page.document.createElement('style');
      style.textContent = css;
      page.document.head.append(style);
      await widgetsSettled(page);

      const all = controls(page);
      expect(all.length).to.be.greaterThan(20);
      for (const [label, control] of all) {
        expect(isShown(control), `${label} is shown`).to.equal(true);
        if (control.localName !== 'a') {
          const box = control.getBoundingClientRect();
          expect(
            Math.min(box.width, box.height),
            `${label} is at least ${TARGET}px`,
          ).to.be.at.least(TARGET);
        }
      }

      const [explainer] = widgetsIn(page, 'advocacy-explainer');
      const view = page.window;
      // Our own styles still apply inside: closed panels stay closed, headings stay headings.
      expect(view.getComputedStyle($(explainer, '#panel-imca')).display).to.equal('none');
      const h2 = parseFloat(view.getComputedStyle($(explainer, 'h2')).fontSize);
      const text = parseFloat(view.getComputedStyle($(explainer, '.intro p')).fontSize);
      expect(h2, 'a heading is larger than the text').to.be.greaterThan(text);

      const toggle = $(explainer, '#toggle-imca');
      await press(page, toggle);
      await explainer.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown($(explainer, '#panel-imca'))).to.equal(true);

      const [quiz] = widgetsIn(page, 'advocacy-quiz');
      const continueButton = $(quiz, 'button[type="submit"]');
      expect(view.getComputedStyle(continueButton).backgroundColor, 'our button colour').to.equal(
        'rgb(0, 112, 60)',
      );
      const first = quizStep(quiz);
      await press(page, $(quiz, 'fieldset input'));
      expect(($(quiz, 'fieldset input') as HTMLInputElement).checked).to.equal(true);
      await press(page, continueButton);
      await quiz.updateComplete;
      expect(quizStep(quiz)).to.not.equal(first);

      const [card] = widgetsIn(page, 'advocacy-contact-card');
      expect(isShown($(card, 'button.save'))).to.equal(true);
      pointerTarget(page, $(card, 'button.save'));
      pointerTarget(page, $(card, 'a[href^="tel:"]'));

      expect(page.log.errors).to.deep.equal([]);
      await expectAccessibleIn(page);
    });
  }
});
