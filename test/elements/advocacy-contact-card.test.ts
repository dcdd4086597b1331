import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contact-card.js';
import type { AdvocacyContactCard } from '../../src/elements/advocacy-contact-card.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';

describe('<advocacy-contact-card>', () => {
  it('is accessible', async () => {
    const main = await fixture(
      html`<main><advocacy-contact-card name="Example Advocacy" phone="0300 123 4567"></advocacy-contact-card></main>`,
    );
    await expectAccessible(main);
  });

  it('shows the name and a phone link', async () => {
    const el = await fixture<AdvocacyContactCard>(
      html`<advocacy-contact-card name="Example Advocacy" phone="0300 123 4567"></advocacy-contact-card>`,
    );
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Example Advocacy');
    expect(el.shadowRoot!.querySelector('a')?.getAttribute('href')).to.equal('tel:03001234567');
  });

  it('shows a message for the editor when the name is missing, and warns once', async () => {
    let el!: AdvocacyContactCard;
    const warnings = await captureWarnings(async () => {
      el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card></advocacy-contact-card>`);
      el.phone = '0300 123 4567';
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('[part="editor-message"]')?.textContent).to.contain('no name');
    expect(warnings).to.have.length(1);
  });
});
