// Imported first: the elements render into light DOM, where the virtual screen reader can read them.
import './light.js';
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import {
  SOURCE_LOCALE,
  forgetChosenLocale,
  getLocale,
  requestLocale,
} from '../../src/i18n/locale.js';
import type { AdvocacyQuiz } from '../../src/elements/advocacy-quiz.js';
import { useClock } from '../../src/kiosk/idle.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { IN_FIREFOX } from '../helpers/engine.js';
import { executeServerCommand } from '@web/test-runner-commands';

type Ready = HTMLElement & { ready?: Promise<unknown>; updateComplete: Promise<unknown> };

async function settle(...els: Element[]): Promise<void> {
  for (const el of els) {
    await (el as Ready).ready;
    await (el as Ready).updateComplete;
  }
}

/**
 * What was spoken while `run` ran, focus moves and live regions included: those are spoken a
 * little later, so this waits until nothing new has been said for a few frames.
 */
async function heard(run: () => Promise<unknown>): Promise<string[]> {
  const before = (await virtual.spokenPhraseLog()).length;
  await run();
  let length = -1;
  for (let quiet = 0, i = 0; quiet < 3 && i < 100; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = (await virtual.spokenPhraseLog()).length;
    quiet = now === length ? quiet + 1 : 0;
    length = now;
  }
  // Bidi isolates (FSI, PDI…) around names are invisible and not voiced by screen readers.
  return (await virtual.spokenPhraseLog())
    .slice(before)
    .map((p) => p.replace(/[\u2066-\u2069]/g, ''));
}

/** Reads on, item by item, until a phrase matches; fails if it never comes. */
async function readTo(pattern: RegExp, limit = 200): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await virtual.next();
    const last = await virtual.lastSpokenPhrase();
    if (pattern.test(last)) return last;
  }
  const last = (await virtual.spokenPhraseLog()).slice(-12);
  throw new Error(`never heard ${String(pattern)}; last heard:\n${last.join('\n')}`);
}

/** Reads the next `count` items. */
async function readOn(count: number): Promise<string[]> {
  return heard(async () => {
    for (let i = 0; i < count; i++) await virtual.next();
  });
}

/** The rest of the answers of an adult in England detained under the Mental Health Act. */
const DETAINED: Record<string, string> = {
  age: '25-or-over',
  situation: 'mental-health-care',
  'mh-status': 'detained',
  'special-treatment': 'neither',
  condition: 'mental-health',
  capacity: 'can-decide',
  difficulty: 'none',
  support: 'family-friend',
};

/** Answers question after question by pointer until "Check your answers". */
async function answerTheRest(quiz: AdvocacyQuiz): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const input = quiz.querySelector<HTMLInputElement>('fieldset input');
    if (!input) return;
    const inputs = [...quiz.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)];
    (inputs.find((i) => i.value === DETAINED[input.name]) ?? inputs.at(-1)!).click();
    quiz.querySelector<HTMLElement>('button[type="submit"]')!.click();
    await quiz.updateComplete;
  }
}

async function quizOnPage(lang?: string): Promise<{ main: HTMLElement; quiz: AdvocacyQuiz }> {
  const main = await fixture<HTMLElement>(
    lang
      ? html`<main><advocacy-quiz lang=${lang} nation="england"></advocacy-quiz></main>`
      : html`<main><advocacy-quiz nation="england"></advocacy-quiz></main>`,
  );
  if (lang) await waitUntil(() => getLocale() === lang, `${lang} loads`);
  const quiz = main.querySelector<AdvocacyQuiz>('advocacy-quiz')!;
  await settle(quiz);
  return { main, quiz };
}

describe('what a screen-reader user hears (@guidepup/virtual-screen-reader)', () => {
  before(async () => {
    // The screen reader follows focus events, which a page in the background does not get.
    if (!IN_FIREFOX) await executeServerCommand('bring-to-front');
  });

  afterEach(async () => {
    await virtual.stop();
    forgetChosenLocale();
    await requestLocale(SOURCE_LOCALE);
  });

  it('a whole quiz: question with hint, error, an answer, Change, and the result', async () => {
    const { main, quiz } = await quizOnPage();
    await virtual.start({ container: main });

    // The question number is read with the question, and the hint with the group.
    expect(await readTo(/^group, /)).to.equal(
      'group, Question 1 Who are you finding out for?, If you are a carer and want an advocate for yourself, choose ‘Myself’.',
    );

    // Continue with nothing chosen: the error summary is announced, then its link to the field.
    await readTo(/^button, Continue$/);
    expect(await heard(() => virtual.act())).to.include('alert, There is a problem');
    const [link] = (await readOn(4)).filter((p) => p.startsWith('link, '));
    expect(link, 'the error is a link to the question').to.match(/^link, \S/);
    // The error is now part of the question's description.
    const group = await readTo(/^group, /);
    expect(group).to.contain(`Error: ${link.slice('link, '.length)}`);

    // Tick "Myself" (a property, not markup: the answer is heard again under Change below).
    await readTo(/^radio, Myself, not checked/);
    await virtual.act();

    // Continue: the next question's heading is read.
    await readTo(/^button, Continue$/);
    expect(await heard(() => virtual.act())).to.deep.equal(['heading, How old are you?, level 2']);

    // The rest, then "Check your answers" and Change, named by its question.
    const check = await heard(() => answerTheRest(quiz));
    expect(check).to.include('heading, Check your answers, level 2');
    await readTo(/^button, Change Who are you finding out for\?$/);
    expect(await heard(() => virtual.act())).to.deep.equal([
      'heading, Who are you finding out for?, level 2',
    ]);
    // Now the total is known, and read with the question.
    expect(await readTo(/^group, /)).to.match(
      /^group, Question 1 of \d+ Who are you finding out for\?/,
    );
    // The answer given before is heard as chosen.
    expect(await readTo(/^radio, Myself/)).to.equal(
      'radio, Myself, checked, position 1, set size 3',
    );
    await readTo(/^button, Continue$/);
    expect(await heard(() => virtual.act())).to.include('heading, Check your answers, level 2');

    // The result: its heading, then what it means.
    await readTo(/^button, See the result$/);
    expect(await heard(() => virtual.act())).to.deep.equal(['heading, Your result, level 2']);
    expect(await readTo(/legal right/)).to.equal(
      'You have a legal right to an advocate. It is free.',
    );
  });

  it('an explainer section: its button says whether it is open, and opening it reads on into it', async () => {
    const main = await fixture<HTMLElement>(
      html`<main><advocacy-explainer></advocacy-explainer></main>`,
    );
    await settle(...main.children);
    await virtual.start({ container: main });
    expect(await readTo(/^button, Independent Mental Health Advocate/)).to.equal(
      'button, Independent Mental Health Advocate (IMHA), 1 control, not expanded',
    );
    await virtual.act();
    const after = await readOn(8);
    expect(after).to.include(
      'end of button, Independent Mental Health Advocate (IMHA), 1 control, expanded',
    );
    // Reading on goes into the section's own text.
    const text = after.slice(
      after.indexOf('end of heading, Independent Mental Health Advocate (IMHA), level 3') + 1,
    );
    expect(text.join(' ')).to.match(/[a-z]{4,}/);
    expect(text.join(' ')).to.not.contain('Independent Mental Health Advocate (IMHA), 1 control');
  });

  it('a contact card: a named region, its heading, and each way to get in touch', async () => {
    const main = await fixture<HTMLElement>(
      html`<main>
        <advocacy-contact-card
          name="Example Advocacy"
          phone="0300 123 4567"
          email="help@example.org"
          website="https://example.org"
          no-json-ld
        ></advocacy-contact-card>
      </main>`,
    );
    await settle(...main.children);
    await virtual.start({ container: main });
    // Read to the card's last control, not a count: each <bdi> inside a link is one more item.
    const spoken = await heard(() => readTo(/^button, Save contact/));
    expect(spoken.slice(0, 2)).to.deep.equal([
      'region, Example Advocacy',
      'heading, Example Advocacy, level 2',
    ]);
    for (const [term, link] of [
      ['Phone', 'link, 0300 123 4567'],
      ['Email', 'link, help@example.org'],
      ['Website', 'link, example.org'],
    ]) {
      const at = spoken.indexOf(term);
      expect(at, term).to.be.greaterThan(-1);
      expect(spoken.slice(at, at + 5), term).to.include(link);
    }
    expect(spoken).to.include('button, Save contact: Example Advocacy');
  });

  it('the kiosk idle warning: announced as a dialog, with the seconds left, and focus on "I\'m still here"', async () => {
    const clock = new FakeClock();
    useClock(clock);
    try {
      const main = await fixture<HTMLElement>(
        html`<main>
          <advocacy-quiz
            kiosk
            nation="england"
            idle-seconds="60"
            idle-countdown="20"
          ></advocacy-quiz>
        </main>`,
      );
      const quiz = main.querySelector<AdvocacyQuiz>('advocacy-quiz')!;
      await settle(quiz);
      await waitUntil(() => quiz.querySelector('.kiosk-bar .finish'), 'kiosk mode');
      await virtual.start({ container: main });
      window.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      const spoken = await heard(async () => {
        clock.tick(60_000);
        await waitUntil(
          () => quiz.querySelector<HTMLDialogElement>('dialog.idle')?.open,
          'the warning',
        );
      });
      expect(spoken).to.include.members([
        'alertdialog, Are you still there?, To keep your answers private, they will be cleared soon. Seconds left: 20',
        "button, I'm still here",
      ]);
    } finally {
      useClock();
    }
  });

  describe('in Arabic (right to left)', () => {
    it('reads the question number with the question, the error, and the next question', async () => {
      const { main } = await quizOnPage('ar');
      await virtual.start({ container: main });
      const group = await readTo(/^group, /);
      expect(group).to.match(/^group, السؤال 1 لمن تبحث عن المعلومات؟, /);
      expect(group.split(', ')[1], 'no English left in the question').to.not.match(/[A-Za-z]/);

      await readTo(/^button, /);
      const error = await heard(() => virtual.act());
      expect(
        error.some((p) => p.startsWith('alert, ')),
        'the error summary is announced',
      ).to.equal(true);
      expect(error.join(' ')).to.not.contain('There is a problem');

      await readTo(/^radio, /);
      await virtual.act();
      await readTo(/^button, /);
      const next = await heard(() => virtual.act());
      expect(next).to.have.length(1);
      expect(next[0]).to.match(/^heading, \S.*, level 2$/);
      expect(next[0]).to.not.match(/How old/);
    });
  });
});
