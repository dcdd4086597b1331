import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/quiz.js';
import '../../src/explainer.js';
import type {
  AdvocacyQuiz,
  QuizCompleteDetail,
  QuizStepDetail,
} from '../../src/elements/advocacy-quiz.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import { expectAccessible } from '../helpers/axe.js';
import { findInTree } from '../helpers/a11y.js';

type Choices = Record<string, string | string[]>;

/** Waits until every quiz in the fixture has its questions. */
async function ready<T extends Element>(el: T): Promise<T> {
  const quizzes = [el, ...el.querySelectorAll('advocacy-quiz')].filter(
    (e): e is AdvocacyQuiz => e.localName === 'advocacy-quiz',
  );
  for (const quiz of quizzes) {
    await quiz.ready;
    await quiz.updateComplete;
  }
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, s: string) => root(el).querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...root(el).querySelectorAll<HTMLElement>(s)];
const currentQuestion = (el: Element) => $(el, 'fieldset input')?.getAttribute('name') ?? null;
const headingText = (el: Element) => $(el, '#step-heading')?.textContent?.trim() ?? '';

/** An adult in England detained under the Mental Health Act, answering for themselves. */
const DETAINED_ENGLAND: Choices = {
  role: 'self',
  nation: 'england',
  age: '25-or-over',
  situation: ['mental-health-care'],
  'mh-status': 'detained',
  'special-treatment': 'neither',
  condition: ['mental-health'],
  capacity: 'can-decide',
  difficulty: ['none'],
  support: 'family-friend',
};

/** Ticks the options for the current question and presses Continue. */
async function answerCurrent(el: AdvocacyQuiz, choices: Choices): Promise<string> {
  const id = currentQuestion(el)!;
  const wanted = choices[id];
  const values = wanted === undefined ? [] : Array.isArray(wanted) ? wanted : [wanted];
  const inputs = $$(el, `input[name="${id}"]`) as HTMLInputElement[];
  const chosen = values.length ? inputs.filter((i) => values.includes(i.value)) : [inputs.at(-1)!];
  expect(chosen.length, `options for ${id}`).to.be.greaterThan(0);
  for (const input of chosen) input.click();
  $(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
  return id;
}

/** Answers question after question until "Check your answers". */
async function answerAll(
  el: AdvocacyQuiz,
  choices: Choices,
  onStep?: () => Promise<void>,
): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20 && currentQuestion(el); i += 1) {
    if (onStep) await onStep();
    asked.push(await answerCurrent(el, choices));
  }
  expect(headingText(el)).to.equal('Check your answers');
  return asked;
}

async function seeResult(el: AdvocacyQuiz): Promise<void> {
  $$(el, '.actions .button')
    .find((b) => b.textContent.includes('See the result'))!
    .click();
  await el.updateComplete;
}

describe('<advocacy-quiz>', () => {
  describe('accessibility', () => {
    it('is axe-clean on every step and on the result', async () => {
      const main = await ready(await fixture(html`<main><advocacy-quiz></advocacy-quiz></main>`));
      const el = main.querySelector('advocacy-quiz')!;
      await answerAll(el, DETAINED_ENGLAND, () => expectAccessible(main));
      await expectAccessible(main);
      await seeResult(el);
      for (const d of root(el).querySelectorAll('details')) d.open = true;
      await expectAccessible(main);
    });

    const RESULTS: [string, Choices][] = [
      ['England, detained', DETAINED_ENGLAND],
      [
        'Wales, informal in-patient, for someone supported',
        {
          ...DETAINED_ENGLAND,
          role: 'family-friend',
          nation: 'wales',
          'mh-status': 'informal-inpatient',
        },
      ],
      ['Scotland, mental health care', { ...DETAINED_ENGLAND, nation: 'scotland' }],
      [
        'Northern Ireland, nothing listed',
        { role: 'self', nation: 'northern-ireland', situation: ['none'] },
      ],
      [
        'England, social care with difficulty and nobody to help',
        {
          role: 'professional',
          nation: 'england',
          age: '25-or-over',
          situation: ['social-care'],
          condition: ['learning-disability'],
          difficulty: ['understanding'],
          support: 'no-one',
        },
      ],
      [
        'England, serious treatment, lacks capacity, paid carer only',
        {
          role: 'professional',
          nation: 'england',
          age: '25-or-over',
          situation: ['medical-treatment'],
          condition: ['dementia'],
          capacity: 'lacks',
          support: 'paid-only',
        },
      ],
      [
        'Wales, NHS complaint',
        {
          role: 'self',
          nation: 'wales',
          age: '18-24',
          situation: ['nhs-complaint'],
          condition: ['none'],
        },
      ],
      [
        'England, a looked-after child with a complaint',
        {
          role: 'self',
          nation: 'england',
          age: 'under-16',
          situation: ['children-services'],
          condition: ['none'],
          'children-status': ['looked-after'],
          'children-complaint': 'yes',
        },
      ],
    ];
    for (const [name, choices] of RESULTS) {
      it(`is axe-clean on the result: ${name}`, async () => {
        const main = await ready(await fixture(html`<main><advocacy-quiz></advocacy-quiz></main>`));
        const el = main.querySelector('advocacy-quiz')!;
        await answerAll(el, choices);
        await seeResult(el);
        expect($$(el, '.outcome').length).to.be.greaterThan(0);
        for (const d of root(el).querySelectorAll('details')) d.open = true;
        await expectAccessible(main);
      });
    }

    it('is axe-clean with the error summary showing, in easy read and kiosk mode', async () => {
      const main = await ready(
        await fixture(html`<main><advocacy-quiz easy-read kiosk></advocacy-quiz></main>`),
      );
      const el = main.querySelector('advocacy-quiz')!;
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect($(el, '.error-summary')).to.not.equal(null);
      await expectAccessible(main);
    });

    it('puts the question heading in the legend, and exposes named radio buttons', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      expect($(el, 'fieldset > legend #step-heading')!.textContent).to.contain(
        'Who are you finding out for?',
      );
      const heading = await findInTree(
        (n) => n.role === 'heading' && n.name === 'Who are you finding out for?',
      );
      expect(heading?.level).to.equal(2);
      const radio = await findInTree((n) => n.role === 'radio' && n.name === 'Myself');
      expect(radio).to.not.equal(null);
      expect(radio!.checked).to.equal(false);
    });
  });

  describe('loading', () => {
    it('shows a short loading line until the questions arrive, then the first question', async () => {
      const el = document.createElement('advocacy-quiz');
      document.body.append(el);
      try {
        await el.updateComplete;
        const first = root(el).textContent;
        await el.ready;
        await el.updateComplete;
        expect(first.includes('Loading the questions') || currentQuestion(el) === 'role').to.equal(
          true,
        );
        expect(currentQuestion(el)).to.equal('role');
      } finally {
        el.remove();
      }
    });
  });

  describe('a journey', () => {
    it('asks the nation first unless the host sets it', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      await answerCurrent(el, { role: 'self' });
      expect(currentQuestion(el)).to.equal('nation');
      const fixed = await ready(
        await fixture<AdvocacyQuiz>(html`<advocacy-quiz nation="wales"></advocacy-quiz>`),
      );
      const asked = await answerAll(fixed, DETAINED_ENGLAND);
      expect(asked).to.not.include('nation');
    });

    it('moves focus to each new question and shows progress', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      expect($(el, '.progress')!.textContent).to.contain('Question 1');
      await answerCurrent(el, DETAINED_ENGLAND);
      expect(root(el).activeElement?.id).to.equal('step-heading');
      expect($(el, '.progress')!.textContent).to.contain('Question 2');
    });

    it('shows an error summary linked to the field when nothing is chosen', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      const before = window.location.href;
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      const summary = $(el, '.error-summary')!;
      expect(root(el).activeElement).to.equal(summary);
      expect(summary.getAttribute('role')).to.equal('alert');
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('error-role');
      const link = summary.querySelector('a')!;
      link.click();
      expect(root(el).activeElement?.id).to.equal(link.getAttribute('href')!.slice(1));
      expect(window.location.href, 'the page address is left alone').to.equal(before);
    });

    it('reads "Question N" inside the legend, and "Question N of M" once the total is known', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      const legend = () => $(el, 'fieldset > legend')!.textContent.replace(/\s+/g, ' ').trim();
      expect(legend()).to.match(/^Question 1 \S/);
      expect($(el, 'legend .progress'), 'the caption is part of the legend').to.not.equal(null);
      const asked = await answerAll(el, DETAINED_ENGLAND);
      $$(el, '.change button')[1].click();
      await el.updateComplete;
      expect(legend()).to.contain(`Question 2 of ${asked.length}`);
    });

    it('gives the error summary the heading level the page asked for', async () => {
      const el = await ready(
        await fixture<AdvocacyQuiz>(html`<advocacy-quiz heading-level="3"></advocacy-quiz>`),
      );
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      const title = $(el, '#error-summary-title')!;
      expect(title.localName).to.equal('h3');
      expect(title.textContent.trim()).to.equal('There is a problem');
      expect($(el, '#step-heading')!.localName).to.equal('h3');
      await expectAccessible(el);
    });

    it('goes back with the answer kept, and starts again from the first question', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      expect($(el, '.start-again'), 'Start again on the first question').to.not.equal(null);
      await answerCurrent(el, DETAINED_ENGLAND);
      await answerCurrent(el, DETAINED_ENGLAND);
      $(el, '.back')!.click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('nation');
      expect(($(el, '#q-nation-england') as HTMLInputElement).checked).to.equal(true);
      $(el, '.start-again')!.click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('role');
      expect(($$(el, 'input:checked') as HTMLInputElement[]).length).to.equal(0);
    });

    it('words the questions for the person being supported', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      await answerCurrent(el, { role: 'family-friend' });
      expect(headingText(el)).to.contain('the person you support');
    });

    it('names each question in its Change button, and keeps later answers that still apply', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      const asked = await answerAll(el, DETAINED_ENGLAND);
      const changes = $$(el, '.change button');
      expect(changes).to.have.length(asked.length);
      const change = await findInTree(
        (n) =>
          n.role === 'button' &&
          n.name.startsWith('Change') &&
          n.name.includes('Who are you finding out for?'),
      );
      expect(change, 'Change button named by its question').to.not.equal(null);
      // Change who is answering: nothing else depends on it, so we come straight back.
      changes[0].click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('role');
      await answerCurrent(el, { role: 'professional' });
      expect(headingText(el)).to.equal('Check your answers');
      expect($$(el, '.change button')).to.have.length(asked.length);
      expect(root(el).textContent).to.contain('England');
    });

    it('works from the keyboard alone, to the result', async () => {
      const el = await ready(
        await fixture<AdvocacyQuiz>(html`<advocacy-quiz nation="england"></advocacy-quiz>`),
      );
      ($(el, '#step-heading') as HTMLElement).focus();
      for (let i = 0; i < 15 && currentQuestion(el); i += 1) {
        // Focus is on the question: Tab to the first option, tick it, Tab to Continue, press Enter.
        expect(root(el).activeElement?.id).to.equal('step-heading');
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement?.localName).to.equal('input');
        await sendKeys({ press: 'Space' });
        for (
          let t = 0;
          t < 20 && root(el).activeElement?.getAttribute('type') !== 'submit';
          t += 1
        ) {
          await sendKeys({ press: 'Tab' });
        }
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(headingText(el)).to.equal('Check your answers');
      $$(el, '.actions .button')[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headingText(el)).to.equal('Your result');
      expect(root(el).activeElement?.id).to.equal('step-heading');
    });

    it('leaves the browser history and the page address alone', async () => {
      const length = history.length;
      const href = window.location.href;
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      await answerAll(el, DETAINED_ENGLAND);
      await seeResult(el);
      expect(history.length).to.equal(length);
      expect(window.location.href).to.equal(href);
    });
  });

  describe('the result', () => {
    it('gives an IMHA as a legal right to someone detained in England, with reasons and the law on request', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      await answerAll(el, DETAINED_ENGLAND);
      await seeResult(el);
      const first = $(el, '.outcome')!;
      expect(first.classList.contains('outcome--legal-right')).to.equal(true);
      expect(first.textContent).to.contain('Independent Mental Health Advocate');
      expect(first.querySelectorAll('li').length).to.be.greaterThan(0);
      const basis = first.querySelector('details.basis') as HTMLDetailsElement;
      expect(basis.open).to.equal(false);
      expect(basis.textContent).to.contain('Mental Health Act 1983');
      expect(root(el).textContent).to.contain('This is not legal advice');
      expect(root(el).textContent).to.contain('Nothing you answered was stored or sent');
    });

    it('offers other kinds of advocacy when no legal right applies, and says who to ask', async () => {
      const el = await ready(
        await fixture<AdvocacyQuiz>(
          html`<advocacy-quiz nation="northern-ireland"></advocacy-quiz>`,
        ),
      );
      await answerAll(el, { role: 'self', situation: ['none'] });
      await seeResult(el);
      expect($$(el, '.outcome--legal-right')).to.have.length(0);
      expect($$(el, '.outcome').length).to.be.greaterThan(0);
      expect(root(el).textContent).to.contain('does not give you a right');
      expect(root(el).textContent).to.match(/group|self-advocacy|community/i);
    });

    it('opens the matching section of an explainer on the page', async () => {
      const main = await ready(
        await fixture(
          html`<div><advocacy-explainer></advocacy-explainer><advocacy-quiz></advocacy-quiz></div>`,
        ),
      );
      const el = main.querySelector('advocacy-quiz')!;
      const explainer = main.querySelector<AdvocacyExplainer>('advocacy-explainer')!;
      await answerAll(el, DETAINED_ENGLAND);
      await seeResult(el);
      await explainer.ready;
      $(el, '.outcome .link-button')!.click();
      await waitUntil(
        () =>
          explainer.shadowRoot!.querySelector('#toggle-imha')?.getAttribute('aria-expanded') ===
          'true',
        'the IMHA section opens',
      );
      expect(explainer.shadowRoot!.activeElement?.id).to.equal('toggle-imha');
    });

    it("shows the host's local providers for each kind, with the contact card", async () => {
      const providers = [
        { name: 'Mental Health Advocacy Example', phone: '0300 123 4567', services: ['imha'] },
        { name: 'Care Act Example', phone: '0300 123 4568', services: ['care-act'] },
      ];
      const el = await ready(
        await fixture<AdvocacyQuiz>(html`<advocacy-quiz .providers=${providers}></advocacy-quiz>`),
      );
      await answerAll(el, DETAINED_ENGLAND);
      await seeResult(el);
      const card = $(el, '.outcome advocacy-contact-card')!;
      await (card as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const names = [...card.shadowRoot!.querySelectorAll('.card h4, .card h3, .card h5')].map(
        (h) => h.textContent,
      );
      expect(names).to.deep.equal(['Mental Health Advocacy Example']);
    });
  });

  describe('events', () => {
    it('fires advocacy-quiz-step and advocacy-quiz-complete with ids only', async () => {
      const el = await ready(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
      const steps: QuizStepDetail[] = [];
      el.addEventListener('advocacy-quiz-step', (e) => steps.push(e.detail));
      setTimeout(() => void answerCurrent(el, DETAINED_ENGLAND));
      const step = await oneEvent(el, 'advocacy-quiz-step');
      expect(step.bubbles && step.composed).to.equal(true);
      expect(step.detail).to.deep.equal({ step: 'nation', number: 2 });
      await answerAll(el, DETAINED_ENGLAND);
      setTimeout(() => void seeResult(el));
      const complete = await oneEvent<CustomEvent<QuizCompleteDetail>>(
        el,
        'advocacy-quiz-complete',
      );
      expect(complete.detail.kinds).to.include('imha');
      const allowed = new Set(['step', 'number', 'kinds']);
      for (const detail of [...steps, complete.detail]) {
        for (const key of Object.keys(detail)) expect(allowed.has(key), key).to.equal(true);
      }
    });
  });
});
