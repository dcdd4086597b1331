import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explainer.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import { expectAccessible } from '../helpers/axe.js';

describe('<advocacy-explainer>', () => {
  it('is accessible', async () => {
    const main = await fixture(html`<main><advocacy-explainer></advocacy-explainer></main>`);
    await expectAccessible(main);
  });

  it('opens with what an advocate is', async () => {
    const el = await fixture<AdvocacyExplainer>(html`<advocacy-explainer></advocacy-explainer>`);
    const first = el.shadowRoot!.querySelector('h2');
    expect(first?.textContent).to.equal('What is an advocate?');
    expect(el.shadowRoot!.textContent).to.contain('on your side');
  });

  it('uses the heading level the host chose', async () => {
    const el = await fixture<AdvocacyExplainer>(
      html`<advocacy-explainer heading-level="4"></advocacy-explainer>`,
    );
    expect(el.shadowRoot!.querySelector('h4')?.textContent).to.equal('What is an advocate?');
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });
});
