import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AdvocacyQuiz } from '../../src/elements/advocacy-quiz.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import type { AdvocacyContactCard } from '../../src/elements/advocacy-contact-card.js';
import type { AdvocacyElement } from '../../src/ui/base-element.js';
import { clearAll, leader, useClock } from '../../src/kiosk/idle.js';
import { HIDE } from '../../src/kiosk/print.js';
import { qrPath } from '../../src/kiosk/qr.js';
import {
  SOURCE_LOCALE,
  chosenLocale,
  forgetChosenLocale,
  getLocale,
  requestLocale,
} from '../../src/i18n/locale.js';
import { expectAccessible } from '../helpers/axe.js';
import { findInTree } from '../helpers/a11y.js';
import { IN_FIREFOX } from '../helpers/engine.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { decodeQr } from '../helpers/qr.js';

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, s: string) => root(el).querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...root(el).querySelectorAll<HTMLElement>(s)];
const dialogOf = (el: Element) => $(el, 'dialog.idle') as HTMLDialogElement | null;
const currentQuestion = (el: Element) => $(el, 'fieldset input')?.getAttribute('name') ?? null;
const answersOf = (quiz: AdvocacyQuiz) =>
  (quiz as unknown as { answers: Record<string, unknown> }).answers;

/** Someone touches the screen. */
const touch = () => window.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until an element is in kiosk mode: its pack has loaded and "Finish and clear" shows. */
async function inKiosk(...elements: Element[]): Promise<void> {
  for (const el of elements) {
    const e = el as AdvocacyElement & { ready?: Promise<void> };
    await e.ready;
    await waitUntil(
      () => $(el, '.kiosk-bar .finish'),
      `<${el.localName}> shows "Finish and clear"`,
    );
    await e.updateComplete;
  }
}

async function answer(quiz: AdvocacyQuiz, value: string): Promise<void> {
  const input = $$(quiz, 'fieldset input').find(
    (i) => (i as HTMLInputElement).value === value,
  ) as HTMLInputElement;
  expect(input, `option ${value}`).to.exist;
  input.click();
  $(quiz, 'button[type="submit"]')!.click();
  await quiz.updateComplete;
}

/** Every provider detail, with three web addresses. */
const FULL = {
  id: 'example',
  name: 'Example Advocacy',
  services: ['imha', 'care-act'],
  phone: '01332 641633',
  sms: '07700 900123',
  textphone: '01332 640000',
  relayUk: true,
  email: 'hello@example.org',
  website: 'https://example.org/advocacy',
  referralUrl: 'https://example.org/refer',
  mapUrl: 'https://www.openstreetmap.org/search?query=DE1%201AA',
  address: { lines: ['1 Example Street', 'Derby'], postcode: 'DE1 1AA' },
  whoCanRefer: { self: true },
};

describe('kiosk mode', () => {
  let clock: FakeClock;

  beforeEach(() => {
    clock = new FakeClock();
    useClock(clock);
  });

  afterEach(async () => {
    useClock();
    forgetChosenLocale();
    await requestLocale(SOURCE_LOCALE);
  });

  describe('accessibility', () => {
    it('is axe-clean with all three elements in kiosk mode, and with "Are you still there?" open', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-explainer kiosk open="imha"></advocacy-explainer>
          <advocacy-quiz kiosk idle-seconds="30"></advocacy-quiz>
          <advocacy-contact-card kiosk
            ><script type="application/json">
              ${JSON.stringify(FULL)}
            </script></advocacy-contact-card
          >
        </main>`,
      );
      const [explainer, quiz, card] = [...main.children];
      await inKiosk(explainer, quiz, card);
      for (const d of [...root(explainer).querySelectorAll('details')]) d.open = true;
      await expectAccessible(main);
      touch();
      clock.tick(30_000);
      await waitUntil(() => dialogOf(explainer)?.open, 'the dialog opens');
      await expectAccessible(main);
    });

    it('gives every control a touch target of at least 48 by 48 pixels, in easy read too', async () => {
      for (const easy of [false, true]) {
        const main = await fixture(
          html`<main>
            <advocacy-explainer
              kiosk
              ?easy-read=${easy}
              open="imha"
              language-switcher
            ></advocacy-explainer>
            <advocacy-quiz kiosk ?easy-read=${easy}></advocacy-quiz>
            <advocacy-contact-card kiosk ?easy-read=${easy}
              ><script type="application/json">
                ${JSON.stringify(FULL)}
              </script></advocacy-contact-card
            >
          </main>`,
        );
        const elements = [...main.children];
        await inKiosk(...elements);
        const small: string[] = [];
        let measured = 0;
        for (const el of elements) {
          for (const target of $$(el, 'button, input, summary, a, select, [tabindex="0"]')) {
            const box = target.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            measured += 1;
            if (box.width < 48 || box.height < 48)
              small.push(
                `<${el.localName}> ${target.localName}.${target.className} "${target.textContent?.trim().slice(0, 30)}": ${Math.round(box.width)}×${Math.round(box.height)}`,
              );
          }
        }
        expect(measured, 'controls measured').to.be.greaterThan(30);
        expect(small, easy ? 'in easy read' : 'standard').to.deep.equal([]);
      }
    });
  });

  describe('privacy between strangers', () => {
    it('after idle-seconds without activity, asks "Are you still there?" in a modal dialog, then clears every answer', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-quiz
            kiosk
            nation="england"
            idle-seconds="60"
            idle-countdown="20"
          ></advocacy-quiz>
        </main>`,
      );
      const quiz = main.querySelector('advocacy-quiz')!;
      await inKiosk(quiz);
      const first = currentQuestion(quiz);
      await answer(quiz, 'self');
      await answer(quiz, '25-or-over');
      touch();
      expect(answersOf(quiz)).to.have.keys('role', 'age');

      clock.tick(59_000);
      await quiz.updateComplete;
      expect(dialogOf(quiz)?.open ?? false, 'not before idle-seconds').to.equal(false);
      clock.tick(1_000);
      await waitUntil(() => dialogOf(quiz)?.open, 'the dialog opens after 60 seconds');

      const dialog = dialogOf(quiz)!;
      expect(dialog.matches(':modal'), 'a modal dialog').to.equal(true);
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      const node = await findInTree((n) => n.role === 'alertdialog');
      expect(node?.name).to.equal('Are you still there?');
      expect(deepActive()?.textContent?.trim()).to.equal("I'm still here");
      expect(dialog.querySelector('.count')!.textContent.trim()).to.equal('Seconds left: 20');

      clock.tick(10_000);
      await quiz.updateComplete;
      expect(dialog.querySelector('.count')!.textContent.trim()).to.equal('Seconds left: 10');
      // A touch while the dialog shows is not an answer: only "I'm still here" keeps things.
      touch();
      expect(answersOf(quiz)).to.have.keys('role', 'age');

      const reset = oneEvent(quiz, 'advocacy-kiosk-reset');
      clock.tick(10_000);
      await reset;
      expect(dialog.open).to.equal(false);
      expect(answersOf(quiz)).to.deep.equal({});
      expect(currentQuestion(quiz)).to.equal(first);
      expect(
        $$(quiz, 'fieldset input').some((i) => (i as HTMLInputElement).checked),
        'nothing ticked',
      ).to.equal(false);
      expect($(quiz, '.progress')!.textContent).to.contain('Question 1');
      expect(window.scrollY).to.equal(0);
    });

    it('"I\'m still here" keeps every answer and starts the idle time again', async () => {
      const quiz = await fixture<AdvocacyQuiz>(
        html`<advocacy-quiz kiosk nation="england" idle-seconds="60"></advocacy-quiz>`,
      );
      await inKiosk(quiz);
      await answer(quiz, 'self');
      const question = currentQuestion(quiz);
      touch();
      clock.tick(60_000);
      await waitUntil(() => dialogOf(quiz)?.open, 'the dialog opens');
      expect(
        dialogOf(quiz)!.querySelector('.count')!.textContent.trim(),
        'idle-countdown defaults to 30',
      ).to.equal('Seconds left: 30');
      clock.tick(29_000);
      await quiz.updateComplete;
      (dialogOf(quiz)!.querySelector('.stay') as HTMLElement).click();
      await quiz.updateComplete;
      expect(dialogOf(quiz)?.open ?? false).to.equal(false);
      expect(answersOf(quiz)).to.deep.equal({ role: 'self' });
      expect(currentQuestion(quiz)).to.equal(question);
      clock.tick(59_000);
      await quiz.updateComplete;
      expect(dialogOf(quiz)?.open ?? false, 'the idle time starts again').to.equal(false);
      clock.tick(1_000);
      await waitUntil(() => dialogOf(quiz)?.open, 'and asks again after another 60 seconds');
      // Escape is "I'm still here" too.
      dialogOf(quiz)!.dispatchEvent(new Event('cancel', { cancelable: true }));
      await quiz.updateComplete;
      expect(dialogOf(quiz)?.open ?? false).to.equal(false);
      expect(answersOf(quiz)).to.deep.equal({ role: 'self' });
    });

    it('counts a touch, a key or the wheel as someone being there, and gives at least 20 seconds', async () => {
      const quiz = await fixture<AdvocacyQuiz>(
        html`<advocacy-quiz kiosk idle-seconds="60" idle-countdown="5"></advocacy-quiz>`,
      );
      await inKiosk(quiz);
      touch();
      clock.tick(50_000);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
      clock.tick(50_000);
      window.dispatchEvent(new WheelEvent('wheel'));
      clock.tick(50_000);
      await quiz.updateComplete;
      expect(dialogOf(quiz)?.open ?? false).to.equal(false);
      clock.tick(10_000);
      await waitUntil(
        () => dialogOf(quiz)?.open,
        'the dialog opens 60 seconds after the last activity',
      );
      expect(
        dialogOf(quiz)!.querySelector('.count')!.textContent.trim(),
        'idle-countdown="5" becomes 20',
      ).to.equal('Seconds left: 20');
    });

    it('shows no dialog on a kiosk nobody has touched, nor after a clear until someone comes', async () => {
      const quiz = await fixture<AdvocacyQuiz>(
        html`<advocacy-quiz kiosk idle-seconds="60"></advocacy-quiz>`,
      );
      await inKiosk(quiz);
      clock.tick(10 * 60_000);
      await quiz.updateComplete;
      expect(dialogOf(quiz)).to.equal(null);
      touch();
      await clearAll();
      // Clearing scrolls the page, and the browser may move things under a resting mouse.
      window.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new PointerEvent('pointermove'));
      clock.tick(10 * 60_000);
      await quiz.updateComplete;
      expect(dialogOf(quiz)?.open ?? false).to.equal(false);
      touch();
      clock.tick(60_000);
      await waitUntil(() => dialogOf(quiz)?.open, 'the next person starts the timer');
    });

    it('shares one timer and one dialog between the kiosk elements on a page, and clears them all', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-explainer kiosk language-switcher idle-seconds="90"></advocacy-explainer>
          <advocacy-quiz kiosk nation="wales" idle-seconds="60"></advocacy-quiz>
          <advocacy-contact-card
            kiosk
            name="Example Advocacy"
            phone="0300 123 4567"
          ></advocacy-contact-card>
        </main>`,
      );
      const explainer = main.querySelector('advocacy-explainer')!;
      const quiz = main.querySelector('advocacy-quiz')!;
      const card = main.querySelector('advocacy-contact-card')!;
      await inKiosk(explainer, quiz, card);
      expect(leader()).to.equal(explainer);

      ($(explainer, '#toggle-imha') as HTMLElement).click();
      await explainer.updateComplete;
      expect($(explainer, '#panel-imha')!.hidden).to.equal(false);
      await answer(quiz, 'self');
      // The person chose Welsh with the switcher.
      await requestLocale('cy', true);
      expect(getLocale()).to.equal('cy');
      touch();

      clock.tick(60_000);
      await waitUntil(() => dialogOf(explainer)?.open, 'the shortest idle-seconds wins');
      const open = [explainer, quiz, card].filter((el) => dialogOf(el)?.open);
      expect(open, 'one dialog on the page').to.deep.equal([explainer]);

      const resets = Promise.all(
        [explainer, quiz, card].map((el) => oneEvent(el, 'advocacy-kiosk-reset')),
      );
      clock.tick(30_000);
      await resets;
      await waitUntil(
        () => getLocale() === SOURCE_LOCALE,
        'the page goes back to its own language',
      );
      expect(chosenLocale(), 'the chosen language is forgotten').to.equal(undefined);
      expect($(explainer, '#panel-imha')!.hidden, 'sections closed').to.equal(true);
      expect(answersOf(quiz)).to.deep.equal({});
    });

    it('"Finish and clear" clears everything at once, from any kiosk element', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-explainer kiosk open="imha imca"></advocacy-explainer>
          <advocacy-quiz kiosk nation="england"></advocacy-quiz>
        </main>`,
      );
      const explainer = main.querySelector('advocacy-explainer')!;
      const quiz = main.querySelector('advocacy-quiz')!;
      await inKiosk(explainer, quiz);
      await answer(quiz, 'self');
      await answer(quiz, '25-or-over');
      const finish = $(quiz, '.kiosk-bar .finish')!;
      expect(finish.textContent.trim()).to.equal('Finish and clear');
      const reset = oneEvent(explainer, 'advocacy-kiosk-reset');
      finish.click();
      await reset;
      expect(answersOf(quiz)).to.deep.equal({});
      expect($$(explainer, '.toggle[aria-expanded="true"]')).to.have.length(0);
      expect(deepActive(), 'focus is taken off').to.equal(document.body);
    });

    it('takes an element that leaves the page off the timer, and the next one shows the dialog', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-explainer kiosk></advocacy-explainer>
          <advocacy-quiz kiosk idle-seconds="60"></advocacy-quiz>
        </main>`,
      );
      const explainer = main.querySelector('advocacy-explainer')!;
      const quiz = main.querySelector('advocacy-quiz')!;
      await inKiosk(explainer, quiz);
      explainer.remove();
      expect(leader()).to.equal(quiz);
      touch();
      clock.tick(60_000);
      await waitUntil(() => dialogOf(quiz)?.open, 'the quiz shows the dialog');
      await clearAll();
    });
  });

  describe('no way out', () => {
    it("shows the contact card's links as text, web addresses with a QR code that reads as the address", async () => {
      const card = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card kiosk
          ><script type="application/json">
            ${JSON.stringify(FULL)}
          </script></advocacy-contact-card
        >`,
      );
      await inKiosk(card);
      await waitUntil(() => $$(card, 'svg.qr').length === 3, 'three QR codes');
      expect(
        $$(card, 'a[href]').map((a) => a.getAttribute('href')),
        'no links',
      ).to.deep.equal([]);
      expect(root(card).textContent).to.contain('hello@example.org');
      const phone = $(card, '.phone')!;
      expect(phone.localName).to.equal('span');
      expect(phone.textContent.trim()).to.equal('01332 641633');
      expect(
        parseFloat(getComputedStyle(phone).fontSize),
        'the phone number is large',
      ).to.be.at.least(36);

      const codes = $$(card, '.qr-link');
      const read: string[] = [];
      for (const box of codes) {
        const address = box.querySelector('.address-text')!.textContent.trim();
        const decoded = await decodeQr(box.querySelector('svg.qr') as unknown as SVGSVGElement);
        read.push(decoded ?? 'unreadable');
        expect(decoded, address).to.match(
          new RegExp(`^https?://${address.replace(/[.?*+^$()[\]\\|{}]/g, '\\$&')}/?$`),
        );
      }
      expect(read).to.deep.equal([FULL.website, FULL.referralUrl, FULL.mapUrl]);
      // No "Save contact" download on a shared screen: "Print this" instead.
      expect($(card, 'button.save')).to.equal(null);
      expect($(card, 'button.print')).to.exist;
    });

    it("shows the explainer's and the quiz's sources as text with QR codes", async () => {
      const explainer = await fixture<AdvocacyExplainer>(
        html`<advocacy-explainer kiosk open="imha"></advocacy-explainer>`,
      );
      await inKiosk(explainer);
      const sources = $(explainer, '#panel-imha details.sources')!;
      (sources as HTMLDetailsElement).open = true;
      const links = $$(explainer, 'a[href]').map((a) => a.getAttribute('href')!);
      expect(
        links.filter((h) => !h.startsWith('#')),
        'no links out',
      ).to.deep.equal([]);
      const box = sources.querySelector('.qr-link')!;
      const address = box.querySelector('.address-text')!.textContent.trim();
      expect(await decodeQr(box.querySelector('svg.qr') as unknown as SVGSVGElement)).to.contain(
        address,
      );
    });

    it('makes codes that a phone can read for long addresses too', async () => {
      const address =
        'https://www.example.org.uk/adult-social-care/advocacy/referral-form?from=kiosk&lang=cy';
      const { size, path } = qrPath(address);
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
      svg.setAttribute('width', String(size * 4));
      svg.setAttribute('height', String(size * 4));
      svg.innerHTML = `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/>`;
      expect(await decodeQr(svg)).to.equal(address);
    });

    it('keeps links as links outside kiosk mode', async () => {
      const card = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          ><script type="application/json">
            ${JSON.stringify(FULL)}
          </script></advocacy-contact-card
        >`,
      );
      const hrefs = $$(card, 'a[href]').map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members([
        'tel:+441332641633',
        'mailto:hello@example.org',
        FULL.website,
      ]);
      expect($(card, 'svg.qr')).to.equal(null);
    });
  });

  describe('"Print this"', () => {
    const printed: { count: number } = { count: 0 };
    let realPrint: typeof window.print;

    beforeEach(() => {
      printed.count = 0;
      realPrint = window.print.bind(window);
      window.print = () => {
        printed.count += 1;
      };
    });

    afterEach(async () => {
      window.print = realPrint;
      // Firefox has no print emulation (its tests are skipped there), so nothing to undo.
      if (!IN_FIREFOX) await emulateMedia({ media: 'screen' });
    });

    it("prints the quiz's result and its contacts alone, with QR codes, in any mode", async () => {
      const main = await fixture(
        html`<main>
          <h1>A council page</h1>
          <p class="page-text">Something else on the page.</p>
          <advocacy-quiz nation="england"
            ><script type="application/json">
              ${JSON.stringify([FULL])}
            </script></advocacy-quiz
          >
        </main>`,
      );
      const quiz = main.querySelector('advocacy-quiz')!;
      await quiz.ready;
      await quiz.updateComplete;
      const choices: Record<string, string> = {
        role: 'self',
        age: '25-or-over',
        situation: 'mental-health-care',
        'mh-status': 'detained',
        'special-treatment': 'neither',
        condition: 'mental-health',
        capacity: 'can-decide',
        difficulty: 'none',
        support: 'family-friend',
      };
      for (let i = 0; i < 15 && currentQuestion(quiz); i += 1)
        await answer(quiz, choices[currentQuestion(quiz)!]);
      $$(quiz, '.actions .button')
        .find((b) => b.textContent.includes('See the result'))!
        .click();
      await quiz.updateComplete;
      const print = $(quiz, '.result button.print')!;
      expect(print.textContent.trim()).to.equal('Print this');

      print.click();
      await waitUntil(() => printed.count === 1, 'window.print() is called');
      // The contact cards that show a provider (a kind of advocacy with none shows nothing).
      const cards = [...root(quiz).querySelectorAll('advocacy-contact-card')].filter((card) =>
        $(card, '.card'),
      );
      expect(cards.length).to.be.greaterThan(0);
      // While it prints, the contacts' web addresses are QR codes and their links text.
      for (const card of cards) {
        expect($(card, 'svg.qr'), 'a QR code').to.exist;
        expect($$(card, 'a[href^="http"]')).to.have.length(0);
      }
      await emulateMedia({ media: 'print' });
      const display = (el: Element) => getComputedStyle(el).display;
      expect(display(main.querySelector('.page-text')!), 'the host page is not printed').to.equal(
        'none',
      );
      expect(display(main.querySelector('h1')!)).to.equal('none');
      expect(display($(quiz, '.top')!), "nor the quiz's Back link").to.equal('none');
      expect(display($(quiz, '.result')!), 'the result is').not.to.equal('none');
      expect(display(print), 'nor the buttons').to.equal('none');
      expect(display($(cards[0], 'svg.qr')!), 'the QR codes are').not.to.equal('none');
      for (const part of ['.about', 'ul.why', '.basis']) {
        expect(display($(quiz, `.outcome ${part}`)!), `the slip is short: no ${part}`).to.equal(
          'none',
        );
      }
      const outcome = $(quiz, '.outcome')!;
      expect(
        getComputedStyle(outcome).breakInside,
        'no page break inside a kind of advocacy',
      ).to.equal('avoid');
      expect(getComputedStyle($(cards[0], '.card')!).breakInside, 'nor inside a contact').to.equal(
        'avoid',
      );

      window.dispatchEvent(new Event('afterprint'));
      await quiz.updateComplete;
      await cards[0].updateComplete;
      expect(document.querySelectorAll(`[${HIDE}]`), 'the marks go').to.have.length(0);
      expect(quiz.hasAttribute('data-slip')).to.equal(false);
      expect($(cards[0], 'svg.qr'), 'and the QR codes').to.equal(null);
      expect($$(cards[0], 'a[href^="http"]').length).to.be.greaterThan(0);
    });

    it('prints one provider alone from a kiosk', async () => {
      const main = await fixture(
        html`<main>
          <p class="page-text">Something else.</p>
          <advocacy-contact-card kiosk
            ><script type="application/json">
              ${JSON.stringify([FULL, { ...FULL, id: 'other', name: 'Other Advocacy' }])}
            </script></advocacy-contact-card
          >
        </main>`,
      );
      const card = main.querySelector('advocacy-contact-card')!;
      await inKiosk(card);
      const [first, second] = $$(card, '.card');
      (first.querySelector('button.print') as HTMLElement).click();
      await waitUntil(() => printed.count === 1, 'window.print() is called');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(main.querySelector('.page-text')!).display).to.equal('none');
      expect(
        getComputedStyle(second.closest('li')!).display,
        'the other provider is not printed',
      ).to.equal('none');
      expect(getComputedStyle(first).display).not.to.equal('none');
      expect(getComputedStyle($(card, '.kiosk-bar')!).display).to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
