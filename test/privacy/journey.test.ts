import { expect } from '@open-wc/testing';
import {
  addScript,
  openHostPage,
  until,
  widgetsIn,
  widgetsSettled,
  type HostPage,
  type Widget,
} from '../helpers/frame.js';
import { quizStep, walkQuiz } from '../helpers/journey.js';
import { observePrivacy } from './observe.js';

// "Nothing a person answers leaves the page. No cookies, no analytics, no requests to anyone
// else." Observed, not assumed: a host page adds every element, a person uses all of it (the
// explainer, a whole quiz with Back, Change and Start again, another language, the contact
// card's "Save contact"), and everything that could send or keep information is watched.

const SRC = '/test/privacy/pages/providers.json';

/** What may be requested: the configured `src` file, and our script, packs and locale files. */
function allowed(url: string): boolean {
  const { origin, pathname } = new URL(url, location.href);
  if (origin !== location.origin) return false;
  return pathname === SRC || /^\/dist\/advocacy-widgets(\.[\w-]+)*\.js$/.test(pathname);
}

const click = async (widget: Widget, selector: string) => {
  const target = await until(
    () => widget.shadowRoot!.querySelector<HTMLElement>(selector),
    `${selector} in <${widget.localName}>`,
  );
  target.click();
  await widget.updateComplete;
};

describe('privacy: a whole quiz journey and the contact card', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('requests only the src file, packs and locale files, and keeps nothing on the device', async () => {
    page = await openHostPage('/test/privacy/pages/host.html');
    const report = await observePrivacy(page.window);
    await addScript(page, '/dist/advocacy-widgets.js');
    page.document.querySelector('main')!.innerHTML = `
      <advocacy-explainer nation="england"></advocacy-explainer>
      <advocacy-quiz language-switcher providers-src="${SRC}"></advocacy-quiz>
      <advocacy-contact-card src="${SRC}"></advocacy-contact-card>
      <advocacy-contact-card name="Example Advocacy Service" phone="0300 123 4567" email="hello@example.org"
        website="https://example.org/" hours="Mon-Fri 9:00-17:00" who-can-refer="self"></advocacy-contact-card>`;
    await widgetsSettled(page);
    const [explainer] = widgetsIn(page, 'advocacy-explainer');
    const [quiz] = widgetsIn(page, 'advocacy-quiz');
    const [fromFile, card] = widgetsIn(page, 'advocacy-contact-card');

    // The explainer: open every section and its sources, then close them.
    const toggles = [
      ...explainer.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded]'),
    ];
    expect(toggles.length).to.be.greaterThan(10);
    for (const toggle of toggles) toggle.click();
    await explainer.updateComplete;
    for (const details of explainer.shadowRoot!.querySelectorAll('details')) details.open = true;
    for (const toggle of toggles) toggle.click();
    await explainer.updateComplete;

    // The quiz: a whole journey, with Back, Change and Start again on the way.
    await walkQuiz(quiz, { before: (_step, n) => n < 3 });
    await click(quiz, 'button.back');
    const steps = await walkQuiz(quiz);
    expect(steps.at(-1)).to.equal('result');
    await until(
      () =>
        quiz
          .shadowRoot!.querySelector('advocacy-contact-card')
          ?.shadowRoot?.textContent?.includes('Sampleton'),
      'the result shows the provider from providers-src',
    );
    await click(quiz, 'button.back');
    expect(quizStep(quiz)).to.equal('check-answers');
    await click(quiz, 'dd.change button');
    expect((await walkQuiz(quiz)).at(-1)).to.equal('result');
    for (const details of quiz.shadowRoot!.querySelectorAll('details')) details.open = true;
    const readMore = [
      ...quiz.shadowRoot!.querySelectorAll<HTMLElement>('.outcome button.link-button'),
    ][0];
    readMore?.click();
    await click(quiz, 'button.start-again');
    // Another language, chosen from the switcher, then English again.
    const other = [
      ...quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav.languages button'),
    ].find((b) => b.lang !== 'en-GB');
    let otherLocale = '';
    if (other) {
      otherLocale = other.lang;
      other.click();
      await until(
        () => quiz.shadowRoot!.querySelector('.root')?.getAttribute('lang') === otherLocale,
        `the page switches to ${otherLocale}`,
      );
      expect((await walkQuiz(quiz, { choose: (_q, values) => values.length - 1 })).at(-1)).to.equal(
        'result',
      );
      quiz
        .shadowRoot!.querySelector<HTMLButtonElement>('nav.languages button[lang="en-GB"]')!
        .click();
      await until(
        () => quiz.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'en-GB',
        'back to English',
      );
    }

    // The contact cards: save a contact (a vCard made on the page), open the sources.
    await click(card, 'button.save');
    expect(fromFile.shadowRoot!.textContent).to.contain('Sampleton Advocacy Hub');
    await new Promise((r) => setTimeout(r, 1100)); // the vCard's object URL is let go after a second

    const seen = await report();
    // The observation saw what it should: otherwise it proves nothing.
    expect(seen.resources.map((u) => new URL(u).pathname)).to.include.members([
      SRC,
      '/dist/advocacy-widgets.js',
      '/dist/advocacy-widgets.knowledge.js',
      '/dist/advocacy-widgets.eligibility.js',
    ]);
    if (otherLocale)
      expect(
        seen.resources.some((u) => u.includes(`.${otherLocale}.js`)),
        `the ${otherLocale} words were loaded`,
      ).to.equal(true);
    expect(
      seen.calls.some((c) => c.startsWith('fetch ')),
      'fetch was watched',
    ).to.equal(true);

    expect(
      seen.resources.filter((u) => !allowed(u)),
      'requests beyond src, packs and locale files',
    ).to.deep.equal([]);
    const calls = seen.calls.filter((c) => {
      const [api, url] = [c.slice(0, c.indexOf(' ')), c.slice(c.indexOf(' ') + 1)];
      if (api === 'a.click') return !url.startsWith('blob:'); // "Save contact" hands the vCard over as a blob
      return !allowed(url);
    });
    expect(calls, 'requests through any API beyond src, packs and locale files').to.deep.equal([]);
    expect(seen.cookieWrites, 'cookies set').to.deep.equal([]);
    expect(seen.after.cookie).to.equal(seen.before.cookie);
    expect(seen.storageWrites, 'Web Storage or Cache API writes').to.deep.equal([]);
    expect(seen.after.localStorage).to.deep.equal(seen.before.localStorage);
    expect(seen.after.sessionStorage).to.deep.equal(seen.before.sessionStorage);
    expect(seen.indexedDbOpens, 'IndexedDB opened').to.deep.equal([]);
    expect(seen.after.indexedDb).to.deep.equal(seen.before.indexedDb);
    expect(seen.after.caches).to.deep.equal(seen.before.caches);
    expect(seen.after.serviceWorkers).to.equal(seen.before.serviceWorkers);
    expect(seen.historyWrites, 'page address or history changed').to.deep.equal([]);
    expect(seen.after.href).to.equal(seen.before.href);
    expect(seen.after.historyLength).to.equal(seen.before.historyLength);
    expect(page.log.errors).to.deep.equal([]);
  });
});

describe('privacy: the observation itself', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('notices a cookie, storage writes, IndexedDB, a beacon, an image and a fetch elsewhere', async () => {
    page = await openHostPage('/test/privacy/pages/host.html');
    const report = await observePrivacy(page.window);
    const win = page.window;
    win.document.cookie = 'tracked=1; path=/test/privacy/pages/';
    win.localStorage.setItem('answers', 'detained');
    win.sessionStorage.setItem('step', '3');
    win.indexedDB.open('advocacy-answers').onsuccess = (event) =>
      (event.target as IDBOpenDBRequest).result.close();
    win.navigator.sendBeacon('/test/privacy/pages/collect', 'answer=detained');
    const image = new win.Image();
    const loaded = new Promise((resolve) =>
      image.addEventListener('load', resolve, { once: true }),
    );
    image.src = '/test/privacy/pages/pixel.svg?answer=detained';
    await loaded;
    await (await win.fetch('/test/privacy/pages/host.html?answer=detained')).text();
    const seen = await report();
    try {
      expect(seen.cookieWrites).to.have.length(1);
      expect(seen.after.cookie).to.contain('tracked=1');
      expect(seen.storageWrites).to.have.length(2);
      expect(seen.after.localStorage).to.deep.equal(['answers=detained']);
      expect(seen.indexedDbOpens).to.deep.equal(['open advocacy-answers']);
      expect(seen.calls.some((c) => c.startsWith('sendBeacon '))).to.equal(true);
      expect(seen.calls.some((c) => c.includes('pixel.svg'))).to.equal(true);
      expect(seen.resources.some((u) => u.includes('host.html?answer=detained'))).to.equal(true);
      expect(seen.resources.some((u) => u.includes('pixel.svg?answer=detained'))).to.equal(true);
      expect(
        seen.resources.filter((u) => !allowed(u)),
        'each of them is flagged',
      ).to.have.length.of.at.least(2);
    } finally {
      win.document.cookie = 'tracked=; path=/test/privacy/pages/; max-age=0';
      win.localStorage.removeItem('answers');
      win.sessionStorage.removeItem('step');
      win.indexedDB.deleteDatabase('advocacy-answers');
    }
  });
});
