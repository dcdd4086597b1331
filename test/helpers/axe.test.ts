import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, expectAccessible } from './axe.js';

// The helper itself: it must pass accessible markup and fail inaccessible markup.
class BrokenFixture extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // A button with no name and an image with no text alternative, hidden in a shadow root.
    root.innerHTML = '<button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
  }
}
customElements.define('test-broken-fixture', BrokenFixture);

describe('expectAccessible (axe-core helper)', () => {
  it('passes an accessible fixture', async () => {
    const el = await fixture(html`<main><button type="button">Continue</button></main>`);
    await expectAccessible(el);
  });

  it('fails on a deliberately inaccessible fixture inside a shadow root', async () => {
    const el = await fixture(html`<main><test-broken-fixture></test-broken-fixture></main>`);
    const ids = (await axeViolations(el)).map((v) => v.id);
    expect(ids).to.include('button-name');
    expect(ids).to.include('image-alt');
    let error: unknown;
    try {
      await expectAccessible(el);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(Error);
    expect(String(error)).to.contain('button-name');
  });
});
