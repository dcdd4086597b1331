import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { addScript, openHostPage, until, widgetsIn, widgetsSettled, type HostPage } from '../helpers/frame.js';

// Small things anyone can do to a page: type a broken address, or give the page a Trusted Types
// list that leaves out one of our policies.

describe('a malformed fragment in the page address', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  let explainer: HTMLElement & { updateComplete: Promise<boolean>; ready: Promise<void> };

  before(() => window.addEventListener('error', onError));
  after(() => {
    window.removeEventListener('error', onError);
    history.replaceState(null, '', location.pathname + location.search);
    explainer?.remove();
  });

  async function go(hash: string): Promise<void> {
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = hash;
    await changed;
    await new Promise((resolve) => setTimeout(resolve));
    await explainer.updateComplete;
  }

  it('is ignored quietly, and a good fragment still opens its section afterwards', async () => {
    explainer = document.createElement('advocacy-explainer');
    document.body.append(explainer);
    await explainer.ready;
    await explainer.updateComplete;
    for (const bad of ['#%', '#%E0%A4%A', '#advocacy-%ZZ']) await go(bad);
    expect(errors, 'no URIError reached the page').to.deep.equal([]);
    await go('#advocacy-peer');
    const toggle = await until(
      () => explainer.shadowRoot!.querySelector('#toggle-peer[aria-expanded="true"]'),
      'the fragment still opens peer advocacy',
    );
    expect(toggle).to.exist;
  });
});

describe('a Trusted Types list without the JSON-LD policy', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('is tried once: one report and one warning for the page, not one per card', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html?csp=unlisted-json-ld');
    const warnings: string[] = [];
    page.window.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    await addScript(page, '/dist/advocacy-widgets.js');
    const main = page.document.querySelector('main')!;
    for (const name of ['First Advocacy', 'Second Advocacy', 'Third Advocacy', 'Fourth Advocacy']) {
      const card = page.document.createElement('advocacy-contact-card');
      card.setAttribute('name', name);
      card.setAttribute('phone', '0300 123 4567');
      main.append(card);
    }
    await widgetsSettled(page);
    for (const card of widgetsIn(page, 'advocacy-contact-card')) {
      await (card as unknown as { jsonLdPlaced: Promise<void> }).jsonLdPlaced;
      expect(card.shadowRoot!.textContent, 'the card itself is shown').to.contain('Advocacy');
    }
    // Reports arrive as tasks of their own: wait for the first, then a little for any more.
    const reports = () => page!.log.violations.filter((v) => v.directive.includes('trusted-types'));
    await until(() => reports().length > 0, 'the page reports the refusal');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reports().length, 'violation reports').to.be.within(1, 2);
    expect(warnings.filter((w) => w.includes('search-engine description'))).to.have.length(1);
    expect(page.document.querySelectorAll('script[data-advocacy-json-ld]')).to.have.length(0);
  });
});
