import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AdvocacyQuiz } from '../../src/elements/advocacy-quiz.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import {
  ALL_LOCALES,
  LOCALE_INFO,
  SOURCE_LOCALE,
  forgetChosenLocale,
  getLocale,
  matchLocale,
  requestLocale,
  resolveLocale,
} from '../../src/i18n/locale.js';
import { expectAccessible } from '../helpers/axe.js';

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, s: string) => root(el).querySelector<HTMLElement>(s);

async function settle(...els: Element[]): Promise<void> {
  for (const el of els) {
    const e = el as HTMLElement & { ready?: Promise<void>; updateComplete: Promise<boolean> };
    await e.ready;
    await e.updateComplete;
  }
}

async function backToEnglish(): Promise<void> {
  forgetChosenLocale();
  await requestLocale(SOURCE_LOCALE);
}

describe('languages', () => {
  afterEach(backToEnglish);

  describe('choosing a locale', () => {
    const cases: [string, string | undefined][] = [
      ['cy', 'cy'],
      ['cy-GB', 'cy'],
      ['CY', 'cy'],
      ['en', 'en-GB'],
      ['en-US', 'en-GB'],
      ['pl-PL', 'pl'],
      ['pa-Guru-IN', 'pa'],
      ['pa-Arab', undefined],
      ['ur-PK', 'ur'],
      ['ar-EG', 'ar'],
      ['fr', undefined],
      ['', undefined],
    ];
    for (const [tag, expected] of cases) {
      it(`matches "${tag}" to ${expected ?? 'nothing'}`, () => {
        expect(matchLocale(tag)).to.equal(expected);
      });
    }

    it('uses the element\'s lang, else the nearest ancestor\'s, passing over languages we do not have', async () => {
      const box = await fixture(html`<div lang="cy"><section lang="fr"><span id="a"></span><span id="b" lang="pl"></span></section></div>`);
      expect(resolveLocale(box.querySelector('#b')!)).to.equal('pl');
      expect(resolveLocale(box.querySelector('#a')!)).to.equal('cy');
    });

    it('falls back to the browser\'s preferred languages, then English', async () => {
      const el = await fixture(html`<span></span>`);
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
      try {
        Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE', 'ro-RO'] });
        document.documentElement.removeAttribute('lang');
        expect(resolveLocale(el)).to.equal('ro');
        Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE'] });
        expect(resolveLocale(el)).to.equal('en-GB');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).languages;
        Object.defineProperty(Navigator.prototype, 'languages', original);
      }
    });
  });

  describe('in the elements', () => {
    it('shows Welsh when the element has lang="cy", and goes back to English', async () => {
      const el = await fixture<AdvocacyQuiz>(html`<advocacy-quiz lang="cy"></advocacy-quiz>`);
      await waitUntil(() => getLocale() === 'cy', 'Welsh loads');
      await settle(el);
      expect($(el, '.root')!.getAttribute('lang')).to.equal('cy');
      expect($(el, 'button[type="submit"]')!.textContent.trim()).to.equal('Parhau');
      el.setAttribute('lang', 'en-GB');
      await waitUntil(() => getLocale() === 'en-GB', 'English again');
      await el.updateComplete;
      expect($(el, 'button[type="submit"]')!.textContent.trim()).to.equal('Continue');
    });

    it('follows the host page\'s lang', async () => {
      const page = await fixture(html`<div lang="pl"><advocacy-contact-card name="Przykład" phone="0300 123 4567"></advocacy-contact-card></div>`);
      const card = page.querySelector('advocacy-contact-card')!;
      await waitUntil(() => getLocale() === 'pl', 'Polish loads');
      await card.updateComplete;
      expect(root(card).textContent).to.not.contain('Phone');
    });

    it('shows a switcher with each language named in itself, in its own lang, drafts marked', async () => {
      const el = await fixture<AdvocacyExplainer>(html`<advocacy-explainer language-switcher types="imha"></advocacy-explainer>`);
      await settle(el);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.languages button')];
      expect(buttons.map((b) => b.getAttribute('lang'))).to.deep.equal([...ALL_LOCALES]);
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal(ALL_LOCALES.map((l) => LOCALE_INFO[l].name));
      for (const button of buttons.slice(1)) {
        const status = LOCALE_INFO[button.getAttribute('lang')!].status;
        const marked = button.parentElement!.querySelector('.draft') !== null;
        expect(marked, `${button.lang} is ${status}`).to.equal(status === 'draft');
      }
      expect(buttons[0].getAttribute('aria-current')).to.equal('true');
      await expectAccessible(el);
    });

    it('switches every element on the page when the person chooses a language', async () => {
      const page = await fixture(html`<div>
        <advocacy-explainer language-switcher types="imha"></advocacy-explainer>
        <advocacy-quiz></advocacy-quiz>
      </div>`);
      const [explainer, quiz] = [page.querySelector('advocacy-explainer')!, page.querySelector('advocacy-quiz')!];
      await settle(explainer, quiz);
      root(explainer).querySelector<HTMLButtonElement>('.languages button[lang="ro"]')!.click();
      await waitUntil(() => getLocale() === 'ro', 'Romanian loads');
      await settle(explainer, quiz);
      expect($(quiz, 'button[type="submit"]')!.textContent.trim()).to.equal('Continuați');
      expect(root(explainer).querySelector('.languages button[lang="ro"]')!.getAttribute('aria-current')).to.equal('true');
    });

    it('falls back to English with a short notice when a language cannot be loaded', async () => {
      const el = await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`);
      await settle(el);
      await requestLocale('xx', true);
      await el.updateComplete;
      expect(getLocale()).to.equal('en-GB');
      expect($(el, '.locale-notice')!.textContent).to.contain('shown in English');
    });
  });

  describe('right to left', () => {
    for (const locale of ['ar', 'ur']) {
      it(`lays out ${locale} from right to left, mirrored`, async () => {
        const el = await fixture<AdvocacyQuiz>(html`<advocacy-quiz lang=${locale}></advocacy-quiz>`);
        await waitUntil(() => getLocale() === locale, `${locale} loads`);
        await settle(el);
        const rootEl = $(el, '.root')!;
        expect(rootEl.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(rootEl).direction).to.equal('rtl');
        // Answer the first question so that "Back" shows: its arrow must point right.
        ($(el, 'fieldset input') as HTMLInputElement).click();
        $(el, 'button[type="submit"]')!.click();
        await el.updateComplete;
        const back = $(el, '.back')!;
        const arrow = getComputedStyle(back, '::before').transform;
        // The same arrow laid out left to right points the other way.
        rootEl.setAttribute('dir', 'ltr');
        const ltrArrow = getComputedStyle(back, '::before').transform;
        rootEl.setAttribute('dir', 'rtl');
        expect(ltrArrow).to.not.equal('none');
        expect(arrow, 'the arrow is turned for right to left').to.not.equal(ltrArrow);
        const box = back.getBoundingClientRect();
        const quizBox = rootEl.getBoundingClientRect();
        expect(quizBox.right - box.right, 'Back sits on the right').to.be.lessThan(box.left - quizBox.left);
        // The radios sit to the right of their labels.
        const input = $(el, 'fieldset input')!.getBoundingClientRect();
        const label = $(el, 'fieldset label')!.getBoundingClientRect();
        expect(input.left).to.be.greaterThan(label.left);
        await expectAccessible(el);
      });
    }
  });

  describe('every locale, in both registers', () => {
    for (const locale of ALL_LOCALES) {
      it(`is axe-clean in ${locale}, on the explainer, a question and the contact card`, async () => {
        const page = await fixture(html`<main lang=${locale}>
          <advocacy-explainer open="imha"></advocacy-explainer>
          <advocacy-quiz></advocacy-quiz>
          <advocacy-contact-card name="Example" phone="0300 123 4567" hours="Mon-Fri 9:00-17:00" services="imha"></advocacy-contact-card>
        </main>`);
        await waitUntil(() => getLocale() === locale, `${locale} loads`);
        await settle(...page.children);
        await expectAccessible(page);
      });

      it(`is axe-clean in ${locale} easy read, with pictograms`, async () => {
        const page = await fixture(html`<main lang=${locale}>
          <advocacy-explainer easy-read open="imha care-act"></advocacy-explainer>
          <advocacy-quiz easy-read></advocacy-quiz>
          <advocacy-contact-card easy-read name="Example" phone="0300 123 4567" hours="Mon-Fri 9:00-17:00" services="imha"></advocacy-contact-card>
        </main>`);
        await waitUntil(() => getLocale() === locale, `${locale} loads`);
        await settle(...page.children);
        await waitUntil(() => [...page.children].every((el) => el.shadowRoot!.querySelector('svg.pictogram')), 'pictograms show');
        for (const el of page.children) {
          for (const svg of el.shadowRoot!.querySelectorAll('svg.pictogram')) {
            expect(svg.getAttribute('aria-hidden'), 'a pictogram beside its words is hidden').to.equal('true');
          }
        }
        await expectAccessible(page);
      });
    }
  });

  describe('easy read', () => {
    it('rewrites the elements\' own words and the explainer\'s text, not just the quiz', async () => {
      const page = await fixture(html`<main>
        <advocacy-explainer easy-read open="imha"></advocacy-explainer>
        <advocacy-quiz easy-read></advocacy-quiz>
      </main>`);
      const [explainer, quiz] = [...page.children];
      await settle(explainer, quiz);
      await waitUntil(() => explainer.shadowRoot!.querySelector('svg.pictogram'), 'easy read loads');
      const standard = await fixture(html`<main>
        <advocacy-explainer open="imha"></advocacy-explainer>
        <advocacy-quiz></advocacy-quiz>
      </main>`);
      await settle(...standard.children);
      for (const [easy, plain] of [[explainer, standard.children[0]], [quiz, standard.children[1]]]) {
        const a = easy.shadowRoot!.textContent.replace(/\s+/g, ' ');
        const b = plain.shadowRoot!.textContent.replace(/\s+/g, ' ');
        expect(a).to.not.equal(b);
      }
      expect($(quiz, 'button[type="submit"]')!.getBoundingClientRect().height).to.be.at.least(48);
      expect(parseFloat(getComputedStyle($(quiz, '.root')!).fontSize)).to.be.at.least(20);
    });
  });
});
