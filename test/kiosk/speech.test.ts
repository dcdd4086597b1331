import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AdvocacyQuiz } from '../../src/elements/advocacy-quiz.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import type { AdvocacyContactCard } from '../../src/elements/advocacy-contact-card.js';
import { SOURCE_LOCALE, forgetChosenLocale, requestLocale } from '../../src/i18n/locale.js';
import { expectAccessible } from '../helpers/axe.js';

// The browser's speech synthesis is replaced by a stand-in that records what it is asked to say,
// so the tests hear nothing and decide when each utterance ends.

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

class FakeUtterance {
  text: string;
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

class FakeSynthesis extends EventTarget {
  voices: FakeVoice[] = [];
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  getVoices(): FakeVoice[] {
    return this.voices;
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {
    this.cancelled += 1;
  }
  /** Ends the utterance being spoken, as the browser does when it has said it. */
  finish(): void {
    this.spoken.at(-1)?.onend?.();
  }
}

const voice = (lang: string, localService = true): FakeVoice => ({
  name: `Voice ${lang}`,
  lang,
  localService,
  default: false,
  voiceURI: `voice-${lang}`,
});

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, s: string) => root(el).querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...root(el).querySelectorAll<HTMLElement>(s)];
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('reading aloud', () => {
  let synth: FakeSynthesis;
  let savedSynth: PropertyDescriptor | undefined;
  let savedUtterance: PropertyDescriptor | undefined;

  beforeEach(() => {
    synth = new FakeSynthesis();
    synth.voices = [voice('en-US'), voice('en-GB'), voice('cy-GB'), voice('fr-FR')];
    savedSynth = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    savedUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: FakeUtterance,
    });
  });

  afterEach(async () => {
    if (savedSynth) Object.defineProperty(window, 'speechSynthesis', savedSynth);
    else delete (window as unknown as Record<string, unknown>).speechSynthesis;
    if (savedUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', savedUtterance);
    forgetChosenLocale();
    await requestLocale(SOURCE_LOCALE);
  });

  async function readyQuiz(el: AdvocacyQuiz): Promise<AdvocacyQuiz> {
    await el.ready;
    await el.updateComplete;
    return el;
  }

  /** Presses "Listen" and waits for the first words. */
  async function listen(button: HTMLElement): Promise<void> {
    const before = synth.spoken.length;
    button.click();
    await waitUntil(() => synth.spoken.length > before, 'it starts to speak');
  }

  /** Lets the stand-in say everything, and returns what it said. */
  function sayAll(): string[] {
    for (let i = 0; i < 100 && synth.spoken.at(-1)?.onend; i += 1) {
      const count = synth.spoken.length;
      synth.finish();
      if (synth.spoken.length === count) break;
    }
    return synth.spoken.map((u) => u.text);
  }

  it('reads the current question: its legend, hint and options, in a British English voice', async () => {
    const quiz = await readyQuiz(
      await fixture<AdvocacyQuiz>(html`<advocacy-quiz nation="england"></advocacy-quiz>`),
    );
    const button = $(quiz, 'fieldset button.listen')!;
    expect(text(button)).to.equal('Listen');
    await listen(button);

    // The legend is "Question 1" and then the question: two blocks, read one after the other.
    expect(synth.spoken[0].text).to.equal(text($(quiz, 'legend .progress')));
    expect(synth.spoken[0].lang).to.equal('en-GB');
    expect(synth.spoken[0].voice?.lang, 'the voice for the same region first').to.equal('en-GB');
    synth.finish();
    const question = $(quiz, 'legend [id="step-heading"]')!;
    expect(synth.spoken[1]?.text).to.equal(text(question));
    expect(`${synth.spoken[0].text} ${synth.spoken[1]?.text}`).to.equal(text($(quiz, 'legend')));
    await quiz.updateComplete;
    expect(
      $(quiz, 'fieldset')!.classList.contains('reading'),
      'the question is highlighted',
    ).to.equal(true);
    expect(question.classList.contains('reading-now')).to.equal(true);
    expect(text(button), 'the button says Stop').to.equal('Stop listening');

    const said = sayAll();
    const labels = $$(quiz, 'fieldset label').map(text);
    expect(labels.length).to.be.greaterThan(1);
    expect(said).to.include.members(labels);
    const hint = $(quiz, 'fieldset .hint');
    if (hint) expect(said).to.include(text(hint));
    expect(said.join(' '), 'not its own button').not.to.contain('Listen');
    await quiz.updateComplete;
    expect(text(button), 'back to Listen when it has finished').to.equal('Listen');
    expect($(quiz, '.reading, .reading-now')).to.equal(null);
  });

  it('stops when the quiz moves to another question, and when pressed again', async () => {
    const quiz = await readyQuiz(
      await fixture<AdvocacyQuiz>(html`<advocacy-quiz nation="england"></advocacy-quiz>`),
    );
    await listen($(quiz, 'button.listen')!);
    const cancelled = synth.cancelled;
    ($(quiz, 'fieldset input') as HTMLInputElement).click();
    $(quiz, 'button[type="submit"]')!.click();
    await quiz.updateComplete;
    await quiz.updateComplete;
    expect(synth.cancelled, 'speech is cancelled').to.be.greaterThan(cancelled);
    expect(quiz.reading).to.equal(undefined);
    expect($(quiz, '.reading')).to.equal(null);
    const spoken = synth.spoken.length;
    synth.finish();
    expect(synth.spoken.length, 'nothing more is said').to.equal(spoken);

    const button = $(quiz, 'button.listen')!;
    await listen(button);
    await quiz.updateComplete;
    expect(text(button)).to.equal('Stop listening');
    button.click();
    await waitUntil(() => text(button) === 'Listen', 'pressed again, it stops');
    expect($(quiz, '.reading')).to.equal(null);
    expect(synth.spoken.length, 'and says nothing more').to.equal(spoken + 1);
  });

  it('reads the result, with its contact cards', async () => {
    const quiz = await readyQuiz(
      await fixture<AdvocacyQuiz>(
        html`<advocacy-quiz nation="england"
          ><script type="application/json">
            ${JSON.stringify([{ name: 'Example Advocacy', phone: '0300 123 4567', services: ['imha'] }])}
          </script></advocacy-quiz
        >`,
      ),
    );
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
    for (let i = 0; i < 15 && $(quiz, 'fieldset input'); i += 1) {
      const name = $(quiz, 'fieldset input')!.getAttribute('name')!;
      (
        $$(quiz, `input[name="${name}"]`).find(
          (i) => (i as HTMLInputElement).value === choices[name],
        ) as HTMLElement
      ).click();
      $(quiz, 'button[type="submit"]')!.click();
      await quiz.updateComplete;
    }
    $$(quiz, '.actions .button')
      .find((b) => text(b) === 'See the result')!
      .click();
    await quiz.updateComplete;
    await listen($(quiz, '.result button.listen')!);
    const said = sayAll();
    expect(said[0]).to.equal('Your result');
    expect(said.join(' ')).to.contain('Independent Mental Health Advocate');
    expect(said, 'the contact card in the result').to.include('Example Advocacy');
    expect(said).to.include('0300 123 4567');
  });

  it('reads an open section of the explainer, and stops when it is closed', async () => {
    const explainer = await fixture<AdvocacyExplainer>(
      html`<advocacy-explainer open="imha"></advocacy-explainer>`,
    );
    await explainer.ready;
    await explainer.updateComplete;
    expect($$(explainer, 'button.listen'), 'one for the open section only').to.have.length(1);
    await listen($(explainer, '#panel-imha button.listen')!);
    expect(synth.spoken[0].text).to.equal(text($(explainer, '#toggle-imha .toggle-text')));
    await explainer.updateComplete;
    expect($(explainer, '#advocacy-imha')!.classList.contains('reading')).to.equal(true);
    synth.finish();
    expect(synth.spoken[1].text).to.equal(text($(explainer, '#panel-imha > p')));
    const cancelled = synth.cancelled;
    ($(explainer, '#toggle-imha') as HTMLElement).click();
    await explainer.updateComplete;
    await explainer.updateComplete;
    expect(synth.cancelled).to.be.greaterThan(cancelled);
    expect($(explainer, '#advocacy-imha')!.classList.contains('reading')).to.equal(false);
  });

  it('reads a contact card, and stops when the card leaves the page', async () => {
    const card = await fixture<AdvocacyContactCard>(
      html`<advocacy-contact-card
        name="Example Advocacy"
        phone="0300 123 4567"
        hours="Mon-Fri 9:00-17:00"
      ></advocacy-contact-card>`,
    );
    await listen($(card, '.card button.listen')!);
    expect(synth.spoken[0].text).to.equal('Example Advocacy');
    synth.finish();
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).to.include('0300 123 4567');
    const cancelled = synth.cancelled;
    card.remove();
    expect(synth.cancelled, 'cancelled when the element leaves the page').to.be.greaterThan(
      cancelled,
    );
    const count = synth.spoken.length;
    synth.finish();
    expect(synth.spoken.length).to.equal(count);
  });

  it('reads Welsh in a Welsh voice', async () => {
    const quiz = await readyQuiz(
      await fixture<AdvocacyQuiz>(html`<advocacy-quiz lang="cy"></advocacy-quiz>`),
    );
    await waitUntil(() => $(quiz, '.root')?.getAttribute('lang') === 'cy', 'the quiz is in Welsh');
    await quiz.updateComplete;
    await listen($(quiz, 'button.listen')!);
    expect(synth.spoken[0].lang).to.equal('cy');
    expect(synth.spoken[0].voice?.lang).to.equal('cy-GB');
    synth.finish();
    expect(`${synth.spoken[0].text} ${synth.spoken[1]?.text}`).to.equal(text($(quiz, 'legend')));
  });

  it('hides "Listen" when the device has no voice of its own for the language', async () => {
    synth.voices = [voice('fr-FR'), voice('en-GB', false)];
    const quiz = await readyQuiz(
      await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`),
    );
    expect(
      $(quiz, 'button.listen'),
      'a voice on a server does not count: it would send the words away',
    ).to.equal(null);
    // The browser lists its voices late: "Listen" comes when it does.
    synth.voices = [voice('fr-FR'), voice('en-GB')];
    synth.dispatchEvent(new Event('voiceschanged'));
    await quiz.updateComplete;
    expect($(quiz, 'button.listen')).to.exist;

    synth.voices = [voice('en-GB')];
    await requestLocale('pl', true);
    await quiz.updateComplete;
    expect($(quiz, 'button.listen'), 'no Polish voice').to.equal(null);
  });

  it('says why there is no "Listen" when the only voice for the language is on a server', async () => {
    synth.voices = [voice('en-GB', false), voice('fr-FR')];
    const quiz = await readyQuiz(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
    expect($(quiz, 'button.listen')).to.equal(null);
    expect(text($(quiz, '.listen-off'))).to.contain('over the internet');
    synth.voices = [voice('fr-FR')];
    synth.dispatchEvent(new Event('voiceschanged'));
    await quiz.updateComplete;
    expect($(quiz, '.listen-off'), 'no voice at all: nothing to explain').to.equal(null);
  });

  it('never speaks with a voice on a server, even when the device lost its own voice', async () => {
    const quiz = await readyQuiz(await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`));
    const button = $(quiz, 'button.listen')!;
    // The voices change without the browser saying so (no voiceschanged), then "Listen" is pressed.
    synth.voices = [voice('en-GB', false)];
    button.click();
    await import('../../src/speech/index.js');
    await new Promise((resolve) => setTimeout(resolve));
    expect(synth.spoken, 'nothing was said with the default voice').to.deep.equal([]);
  });

  it('is axe-clean while reading, in kiosk mode and easy read', async () => {
    const main = await fixture(html`<main><advocacy-quiz kiosk easy-read></advocacy-quiz></main>`);
    const quiz = await readyQuiz(main.querySelector('advocacy-quiz')!);
    await waitUntil(
      () => text($(quiz, 'button.listen')) === 'Listen to this',
      'Listen shows, in easy read',
    );
    await listen($(quiz, 'button.listen')!);
    await quiz.updateComplete;
    expect(text($(quiz, 'button.listen'))).to.equal('Stop');
    await expectAccessible(main);
  });
});
