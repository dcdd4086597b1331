import { expect } from '@open-wc/testing';
import { openHostPage, until, widgetsIn, widgetsSettled, type HostPage, type HostWindow } from '../helpers/frame.js';

// Where the drop-in script loads its packs from must not depend on the host page's markup: an
// element named "currentScript" (DOM clobbering) or a <base> after our tag once sent the packs
// to a folder of the attacker's choosing (test/hostile/pages/evil/). Every pack is also pinned
// by its hash, so a changed file does not run, and a pack on another origin needs CORS.
// These tests load the BUILT script (npm run build).

type Hijackable = HostWindow & { hijacked?: number; tampered?: boolean };

function scriptsLoaded(page: HostPage): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
    .map((entry) => entry.name);
}

/** Adds a classic script with the given attributes, without waiting for it (it may be refused). */
function addTag(page: HostPage, attributes: Record<string, string>): Promise<void> {
  const script = page.document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  const done = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${attributes.src}`)), { once: true });
  });
  page.document.head.append(script);
  return done;
}

/** Collects the frame's console warnings from now on. */
function warningsOf(page: HostPage): string[] {
  const warnings: string[] = [];
  page.window.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return warnings;
}

function addWidgets(page: HostPage): void {
  page.document.querySelector('main')!.insertAdjacentHTML(
    'beforeend',
    '<advocacy-explainer nation="wales" open="imha"></advocacy-explainer><advocacy-quiz nation="wales"></advocacy-quiz>',
  );
}

/** The explainer and the quiz show real content, from packs loaded from `folder` only. */
async function expectRealContent(page: HostPage, folder: string): Promise<void> {
  await widgetsSettled(page);
  expect((page.window as Hijackable).hijacked, 'no script of the attacker ran').to.equal(undefined);
  expect(scriptsLoaded(page).filter((u) => u.includes('/evil/'))).to.deep.equal([]);
  const [explainer] = widgetsIn(page, 'advocacy-explainer');
  const panel = await until(() => explainer.shadowRoot!.querySelector('#panel-imha'), 'the explainer opens IMHA');
  expect(panel.textContent).to.contain('Who it is for');
  const [quiz] = widgetsIn(page, 'advocacy-quiz');
  await until(() => quiz.shadowRoot!.querySelector('fieldset input'), 'the quiz shows its first question');
  const packs = scriptsLoaded(page).filter((url) => /advocacy-widgets\.[\w.-]+\.js/.test(url));
  expect(packs.length, 'packs were loaded').to.be.greaterThan(1);
  for (const url of packs) expect(url.startsWith(folder), url).to.equal(true);
}

/** The explainer and quiz say they could not load, as they do for a visitor. */
async function expectRefused(page: HostPage): Promise<void> {
  const [explainer] = widgetsIn(page, 'advocacy-explainer');
  const [quiz] = widgetsIn(page, 'advocacy-quiz');
  await until(() => explainer.shadowRoot?.textContent?.includes('could not be loaded'), 'the explainer says it could not load');
  await until(() => quiz.shadowRoot?.textContent?.includes('could not be loaded'), 'the quiz says it could not load');
}

describe('the pack loader on a hostile host page', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  for (const [name, url] of [
    ['an image named "currentScript" (DOM clobbering)', '/test/hostile/pages/clobber.html?csp=strict'],
    ['a <base href> after our script tag', '/test/hostile/pages/base-after.html?csp=strict'],
  ]) {
    it(`loads its packs from its own folder despite ${name}`, async () => {
      page = await openHostPage(url);
      await expectRealContent(page, `${location.origin}/dist/`);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.violations).to.deep.equal([]);
    });
  }

  it('carries the query of its own address to every pack, and drops the fragment', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html');
    await addTag(page, { src: '/dist/advocacy-widgets.js?v=3#top' });
    addWidgets(page);
    await expectRealContent(page, `${location.origin}/dist/`);
    const packs = scriptsLoaded(page).filter((url) => /advocacy-widgets\.[\w.-]+\.js/.test(url));
    for (const url of packs) expect(new URL(url).search, url).to.equal('?v=3');
  });

  it('loads nothing under another name without data-base, and tells the editor once', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html');
    const warnings = warningsOf(page);
    await addTag(page, { src: 'site-bundle.js' });
    addWidgets(page);
    await expectRefused(page);
    const [explainer, quiz] = [...widgetsIn(page, 'advocacy-explainer'), ...widgetsIn(page, 'advocacy-quiz')];
    for (const widget of [explainer, quiz]) {
      await widget.updateComplete;
      const note = widget.shadowRoot!.querySelector('[part="editor-message"]');
      expect(String(note?.textContent), `<${widget.localName}> tells the editor`).to.contain('data-base');
    }
    expect(warnings.filter((w) => w.includes('advocacy'))).to.have.length(1);
    expect(warnings[0]).to.contain('data-base');
    expect(scriptsLoaded(page).filter((u) => /advocacy-widgets\.[\w.-]+\.js/.test(u))).to.deep.equal([]);
  });

  it('loads its packs from data-base when it runs under another name', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html');
    await addTag(page, { src: 'site-bundle.js', 'data-base': '/dist' });
    addWidgets(page);
    await expectRealContent(page, `${location.origin}/dist/`);
  });

  it('does not run a pack that changed after the build (integrity)', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html');
    await addTag(page, { src: '/dist/advocacy-widgets.js?tamper' });
    addWidgets(page);
    await expectRefused(page);
    expect((page.window as Hijackable).tampered).to.equal(undefined);
    const pack = page.document.querySelector<HTMLScriptElement>('script[src*="advocacy-widgets.knowledge.js"]')!;
    expect(pack.integrity).to.match(/^sha256-[\w+/]{43}=$/);
    expect(pack.crossOrigin).to.equal('anonymous');
  });

  describe('from another origin (a CDN)', () => {
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

    it('works when the other origin sends CORS headers', async () => {
      page = await openHostPage('/test/hostile/pages/blank.html');
      await addTag(page, { src: `${other}/dist/advocacy-widgets.js?cors` });
      addWidgets(page);
      await expectRealContent(page, `${other}/dist/`);
      expect(page.log.errors).to.deep.equal([]);
    });

    it('loads no pack when the other origin sends no CORS headers', async () => {
      page = await openHostPage('/test/hostile/pages/blank.html');
      await addTag(page, { src: `${other}/dist/advocacy-widgets.js` });
      addWidgets(page);
      await expectRefused(page);
    });
  });
});
