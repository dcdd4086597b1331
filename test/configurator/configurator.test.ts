import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, readFile, sendKeys } from '@web/test-runner-commands';
import {
  axeInFrame,
  choose,
  fill,
  frame,
  openConfigurator,
  rendered,
  shownText,
  type FrameWindow,
} from './frame.js';

// The configurator runs from the built files (npm test builds first): the drop-in script for the
// preview, dist/tools/editor-tools.js for the checks, dist/sri.json for the version and hash.

interface Sri {
  version: string;
  algorithm: string;
  files: Record<string, string>;
}

const json = async <T>(path: string): Promise<T> =>
  (await (await fetch(path, { cache: 'no-store' })).json()) as T;

const integrityOf = async (bytes: BufferSource) =>
  `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;

/** The built file's bytes as they are on disk (the test server rewrites the .js files it serves). */
async function builtFile(path: string): Promise<ArrayBuffer> {
  const base64 = await readFile({ path: `../../${path}`, encoding: 'base64' });
  if (!base64) throw new Error(`${path} is missing: run npm run build`);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
}

/**
 * The code as it would work from this test server. The test server rewrites every .js file it
 * serves (esbuild), so the real file's hash cannot match what it sends: swap in the hash of the
 * bytes it does send, so the browser still checks integrity in these tests. The real hash is
 * checked against the file on disk in its own test.
 */
async function forTestServer(code: string, sri: Sri): Promise<string> {
  expect(code).to.contain(`integrity="${sri.files['advocacy-widgets.js']}"`);
  const served = await (
    await fetch('/dist/advocacy-widgets.js', { cache: 'no-store' })
  ).arrayBuffer();
  return code.replace(sri.files['advocacy-widgets.js'], await integrityOf(served));
}

/** A whole page around the pasted code, as an editor's blank page would be. */
const page = (code: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank page</title></head><body><main>${code}</main></body></html>`;

/** Fills the provider form with one service. */
function enterProvider(doc: Document): void {
  fill(doc, 'provider-name', 'Example Advocacy Service');
  fill(doc, 'provider-phone', '0300 123 4567');
  fill(doc, 'provider-email', 'hello@example.org');
  fill(doc, 'provider-address', '1 Example Street, Sampleton, ZZ99 9ZZ');
  fill(doc, 'provider-hours', 'Mon-Fri 9:00-17:00');
  choose(doc, 'service-imha');
  choose(doc, 'service-care-act');
  choose(doc, 'refer-self');
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
});

describe('the configurator (demo/configurator.html)', () => {
  it('has no axe violations when it opens', async () => {
    const { iframe, doc } = await openConfigurator();
    await rendered(doc.getElementById('preview') as unknown as Document);
    expect(await axeInFrame(iframe)).to.deep.equal([]);
  });

  it('has no axe violations with errors shown, the pasted-record form, custom colours and your own address', async () => {
    const { iframe, doc, api } = await openConfigurator();
    fill(doc, 'provider-email', 'not an email');
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await waitUntil(
      () => !(doc.getElementById('error-summary') as HTMLElement).hidden,
      'the error summary shows',
    );
    expect(await axeInFrame(iframe)).to.deep.equal([]);
    choose(doc, 'theme-custom');
    choose(doc, 'source-own');
    choose(doc, 'providers-json');
    await api.update();
    expect(await axeInFrame(iframe)).to.deep.equal([]);
  });

  it('builds code that, pasted into a blank page, shows what the preview showed', async () => {
    const { doc, api } = await openConfigurator();
    enterProvider(doc);
    choose(doc, 'nation-wales');
    choose(doc, 'theme-nhs');
    fill(doc, 'heading-level', '3');
    choose(doc, 'source-own');
    fill(doc, 'base-url', `${location.origin}/dist/`);
    await api.update();
    expect(api.errors).to.deep.equal([]);

    const preview = doc.getElementById('preview')!;
    const before = await rendered(preview as unknown as Document);
    const describe = (els: Element[]) =>
      els.map((el) => ({
        tag: el.localName,
        attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
        text: shownText(el),
        link: getComputedStyle(el).getPropertyValue('--advocacy-color-link').trim(),
        font: getComputedStyle(el).fontSize,
      }));
    const expected = describe(before);
    expect(expected.map((e) => e.tag)).to.deep.equal([
      'advocacy-explainer',
      'advocacy-quiz',
      'advocacy-contact-card',
    ]);
    expect(expected.every((e) => e.link === '#005eb8')).to.equal(true);
    expect(expected[2].text).to.contain('Example Advocacy Service');

    const sri = await json<Sri>('/dist/sri.json');
    const blank = await frame({ srcdoc: page(await forTestServer(api.snippet!.code, sri)) });
    const after = await rendered(blank.contentDocument!);
    expect(describe(after)).to.deep.equal(expected);
    // The headings are at the level chosen.
    const card = after[2];
    expect(card.shadowRoot!.querySelector('h3')?.textContent?.trim()).to.equal(
      'Example Advocacy Service',
    );
    // With the script running, the plain HTML inside the card is not shown.
    const fallback = card.querySelector(':scope > div')!;
    expect(fallback.checkVisibility()).to.equal(false);
  });

  it('pins the version in the CDN address and gives the integrity hash of the built script', async () => {
    const sri = await json<Sri>('/dist/sri.json');
    const pkg = await json<{ version: string }>('/package.json');
    expect(sri.version).to.equal(pkg.version);
    const hash = await integrityOf(await builtFile('dist/advocacy-widgets.js'));
    expect(sri.files['advocacy-widgets.js']).to.equal(hash);
    // The packs the script loads are hashed too, for those who check them.
    expect(sri.files['advocacy-widgets.eligibility.js']).to.equal(
      await integrityOf(await builtFile('dist/advocacy-widgets.eligibility.js')),
    );

    const { api } = await openConfigurator();
    const loader = new DOMParser()
      .parseFromString(api.snippet!.loader, 'text/html')
      .querySelector('script')!;
    expect(loader.getAttribute('src')).to.equal(
      `https://cdn.jsdelivr.net/npm/advocacy-widgets@${pkg.version}/dist/advocacy-widgets.js`,
    );
    expect(loader.getAttribute('integrity')).to.equal(hash);
    expect(loader.getAttribute('crossorigin')).to.equal('anonymous');
    expect(loader.hasAttribute('defer')).to.equal(true);
  });

  it('gives code whose script the browser refuses if the file is not the one hashed', async () => {
    const { doc, api } = await openConfigurator();
    choose(doc, 'source-own');
    fill(doc, 'base-url', `${location.origin}/dist/`);
    await api.update();
    const sri = await json<Sri>('/dist/sri.json');
    const good = await frame({ srcdoc: page(await forTestServer(api.snippet!.code, sri)) });
    await waitUntil(
      () => (good.contentWindow as FrameWindow).customElements.get('advocacy-quiz'),
      'the right hash runs',
    );
    const wrong = api.snippet!.code.replace(
      /integrity="sha384-[^"]+"/,
      `integrity="sha384-${btoa('x'.repeat(48))}"`,
    );
    const bad = await frame({ srcdoc: page(wrong) });
    await new Promise((r) => setTimeout(r, 500));
    expect((bad.contentWindow as FrameWindow).customElements.get('advocacy-quiz')).to.equal(
      undefined,
    );
  });

  it('puts the contact details in the card as plain HTML, shown when scripts cannot run', async () => {
    const { doc, api } = await openConfigurator();
    enterProvider(doc);
    fill(doc, 'heading-level', '3');
    await api.update();
    // A sandbox without allow-scripts: the page is parsed and shown, but no script runs.
    const blank = await frame({ srcdoc: page(api.snippet!.code), sandbox: 'allow-same-origin' });
    const inner = blank.contentDocument!;
    expect(
      (blank.contentWindow as FrameWindow).customElements.get('advocacy-contact-card'),
    ).to.equal(undefined);
    const card = inner.querySelector('advocacy-contact-card')!;
    const fallback = card.querySelector(':scope > div') as HTMLElement;
    expect(fallback.checkVisibility()).to.equal(true);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(fallback.querySelector('h3')!.textContent).to.equal('Example Advocacy Service');
    const phone = fallback.querySelector('a[href^="tel:"]') as HTMLAnchorElement;
    expect(phone.textContent).to.equal('0300 123 4567');
    expect(phone.getAttribute('href')).to.equal('tel:+443001234567');
    expect(phone.checkVisibility()).to.equal(true);
    expect(fallback.innerText).to.contain('Monday to Friday: 9am to 5pm');
    expect(fallback.innerText).to.contain('ZZ99 9ZZ');
    // The data for the script is not shown as text.
    expect((card as HTMLElement).innerText).not.to.contain('"providers"');
  });

  it("reads a pasted Open Referral UK record with the contact card's own reader, and says what it left out", async () => {
    const { doc, api } = await openConfigurator();
    choose(doc, 'providers-json');
    const record = (await json<Record<string, unknown>>(
      '/demo/providers.oruk.example.json',
    )) as Record<string, unknown> & {
      phones: { number: string }[];
    };
    record.url = 'javascript:alert(1)';
    choose(doc, 'service-imca');
    fill(doc, 'provider-json-text', JSON.stringify(record));
    await api.update();
    expect(api.errors).to.deep.equal([]);
    const problems = doc.getElementById('provider-problems')!.textContent;
    expect(problems).to.contain('We read 1 service: ONE Advocacy Derby');
    expect(problems).to.contain('website');
    expect(problems).to.contain('left out');
    const code = api.snippet!.code;
    expect(code).to.contain('"name": "ONE Advocacy Derby"');
    expect(code).to.contain('"services": ["imca"]');
    expect(code).not.to.contain('javascript:');
    expect(code).to.contain('<p>Phone: <a href="tel:+441332228748">01332 228748</a></p>');

    fill(doc, 'provider-json-text', '{ "name": "Broken", ');
    await api.update();
    const error = doc.getElementById('provider-json-text-error')!;
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.contain('not valid JSON');
    expect(doc.getElementById('provider-json-text')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('stops the copy, and lists the problems with links to the fields, when something is missing', async () => {
    const { doc } = await openConfigurator();
    const name = doc.getElementById('provider-name')!;
    expect(name.hasAttribute('aria-invalid')).to.equal(false);
    (doc.getElementById('copy') as HTMLButtonElement).click();
    const summary = doc.getElementById('error-summary')!;
    await waitUntil(() => !summary.hidden, 'the error summary shows');
    expect(doc.activeElement).to.equal(summary);
    const link = summary.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#provider-name');
    expect(link.textContent).to.equal('Enter the name of the service');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.contain('provider-name-error');
    expect(doc.getElementById('provider-name-error')!.textContent).to.equal(
      'Error: Enter the name of the service',
    );
    expect(doc.getElementById('copy-status')!.textContent).to.equal('');
    link.click();
    expect(doc.activeElement).to.equal(name);
  });

  it('copies the code with the keyboard and says "Code copied" in a live region', async () => {
    const { doc, win, api } = await openConfigurator();
    enterProvider(doc);
    await api.update();
    let copied = '';
    Object.defineProperty(win.navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => {
        copied = text;
        return Promise.resolve();
      },
    });
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    (doc.getElementById('copy') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent?.includes('Code copied'), 'the live region says so');
    expect(copied).to.equal(api.snippet!.code);
    expect(copied).to.contain('<advocacy-contact-card');
  });

  it('checks your own colours as you choose them and marks the pair that is too hard to read', async () => {
    const { doc, api } = await openConfigurator();
    choose(doc, 'theme-custom');
    await api.update();
    const result = doc.getElementById('contrast-result')!;
    expect(result.getAttribute('role')).to.equal('status');
    fill(doc, 'colour-link', '#99bbdd');
    await api.update();
    expect(result.textContent).to.contain('too hard to read');
    const link = doc.getElementById('colour-link')!;
    expect(link.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('colour-link-error')!.textContent).to.contain(
      'Links on background is too hard to read',
    );
    expect(api.snippet!.code).to.contain('--advocacy-color-link: #99bbdd;');
    fill(doc, 'colour-link', '#003078');
    await api.update();
    expect(result.textContent).to.contain('stands out enough');
    expect(link.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('offers English and each language in locales/locales.json that has a built file', async () => {
    const { doc } = await openConfigurator();
    const sri = await json<Sri>('/dist/sri.json');
    const options = [...(doc.getElementById('language') as HTMLSelectElement).options];
    expect(options[0].value).to.equal('en-GB');
    for (const option of options.slice(1)) {
      expect(sri.files[`advocacy-widgets.${option.value}.js`], option.value).to.be.a('string');
      expect(option.lang).to.equal(option.value);
    }
    type Locales = Record<string, { status?: string }>;
    const list: Locales = await json<Locales>('/locales/locales.json').catch((): Locales => ({}));
    const offered = Object.keys(list).filter(
      (code) =>
        !code.startsWith('_') &&
        list[code].status !== 'source' &&
        sri.files[`advocacy-widgets.${code}.js`],
    );
    expect(options.slice(1).map((o) => o.value)).to.deep.equal(offered);
  });

  it('offers prerendered HTML: a block per element that the prerenderer fills with its content', async () => {
    const { doc, api } = await openConfigurator();
    enterProvider(doc);
    choose(doc, 'nation-wales');
    choose(doc, 'output-prerendered');
    await api.update();
    const code = api.snippet!.code;
    expect(code).to.contain('<script src=');
    expect(code, 'no element drawn by the script alone').to.not.match(/<advocacy-(explainer|quiz|contact-card)[\s>]/);
    const blocks = [...code.matchAll(/<!-- prerender (\{.*?\}) -->/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);
    expect(blocks.map((b) => b.element)).to.deep.equal(['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card']);
    for (const block of blocks) expect(block.nation).to.equal('wales');

    const html = await executeServerCommand<string, { html: string }>('prerender-page', { html: code });
    expect(html.match(/<template shadowrootmode="open"|<template shadowroot="open" shadowrootmode="open"/g)).to.have.length(3);
    expect(html).to.contain('What advocacy is');
    expect(html).to.contain('0300 123 4567');
    expect(html).to.not.contain('<style>');
  });

  it('puts the choices on every element: nation, language, easy read, kiosk and heading level', async () => {
    const { doc, api } = await openConfigurator();
    choose(doc, 'element-contact-card');
    choose(doc, 'nation-scotland');
    choose(doc, 'easy-read');
    choose(doc, 'kiosk');
    fill(doc, 'heading-level', '4');
    const language = doc.getElementById('language') as HTMLSelectElement;
    const other = [...language.options].find((o) => o.value !== 'en-GB');
    if (other) fill(doc, 'language', other.value);
    await api.update();
    const parsed = new DOMParser().parseFromString(api.snippet!.body, 'text/html');
    const elements = [
      ...parsed.querySelectorAll('advocacy-explainer, advocacy-quiz, advocacy-contact-card'),
    ];
    expect(elements.map((e) => e.localName)).to.deep.equal(['advocacy-explainer', 'advocacy-quiz']);
    for (const el of elements) {
      expect(el.getAttribute('nation')).to.equal('scotland');
      expect(el.getAttribute('heading-level')).to.equal('4');
      expect(el.hasAttribute('easy-read')).to.equal(true);
      expect(el.hasAttribute('kiosk')).to.equal(true);
      expect(el.getAttribute('lang')).to.equal(other ? other.value : null);
    }
    // Back to English for the other tests: the page's widgets share one language.
    fill(doc, 'language', 'en-GB');
    await api.update();
  });
});
