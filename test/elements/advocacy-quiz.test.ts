import { expect, fixture, html } from '@open-wc/testing';
import '../../src/quiz.js';
import type { AdvocacyQuiz } from '../../src/elements/advocacy-quiz.js';
import { expectAccessible } from '../helpers/axe.js';

describe('<advocacy-quiz>', () => {
  it('is accessible', async () => {
    const main = await fixture(html`<main><advocacy-quiz></advocacy-quiz></main>`);
    await expectAccessible(main);
  });

  it('tells the person their answers stay on the page', async () => {
    const el = await fixture<AdvocacyQuiz>(html`<advocacy-quiz></advocacy-quiz>`);
    expect(el.shadowRoot!.textContent).to.contain('Nothing is stored or sent');
  });
});
