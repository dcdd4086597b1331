import { expect } from '@open-wc/testing';
import { fileUrl, headOf, originOf, runningScript } from '../../src/packs/where.js';
import { openHostPage, type HostPage } from '../helpers/frame.js';

// How the drop-in script decides where its packs are (src/packs/where.ts), on a host page in a
// frame whose markup tries to mislead it. The built script's own tests are in
// test/hostile/loader.test.ts.

describe('where the packs are (src/packs/where.ts)', () => {
  let page: HostPage;
  beforeEach(async () => {
    page = await openHostPage('/test/hostile/pages/blank.html');
  });
  afterEach(() => page.close());

  function tag(attributes: Record<string, string>): HTMLScriptElement {
    const script = page.document.createElement('script');
    script.type = 'text/plain';
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    page.document.head.append(script);
    return script;
  }

  it('is never an element the page named "currentScript" or "head"', () => {
    page.document.body.insertAdjacentHTML('beforeend', '<img name="currentScript" src="evil/x.png" alt=""><form name="head"></form>');
    expect((page.document as unknown as Record<string, unknown>).currentScript, 'the page is clobbered').to.be.instanceOf(page.window.HTMLImageElement);
    expect(runningScript(page.document), 'no script is running').to.equal(null);
    expect(headOf(page.document)).to.equal(page.document.querySelector('head'));
  });

  it('ignores a <base> after our tag, and follows one before it', () => {
    const script = tag({ src: '../../../dist/advocacy-widgets.js' });
    page.document.body.insertAdjacentHTML('beforeend', '<base href="evil/x/y/z/">');
    expect(originOf(script, page.document)?.folder).to.equal(`${location.origin}/dist/`);
    page.document.querySelector('base')!.remove();
    page.document.head.insertAdjacentHTML('afterbegin', '<base href="/cdn/a/b/c/">');
    expect(originOf(script, page.document)?.folder).to.equal(`${location.origin}/cdn/dist/`);
  });

  it('carries the query, drops the fragment, and builds full file addresses', () => {
    const origin = originOf(tag({ src: 'https://cdn.example/aw@1/dist/advocacy-widgets.js?v=3#top' }), page.document)!;
    expect(origin).to.deep.equal({ folder: 'https://cdn.example/aw@1/dist/', query: '?v=3' });
    expect(fileUrl(origin, 'knowledge.cy')).to.equal('https://cdn.example/aw@1/dist/advocacy-widgets.knowledge.cy.js?v=3');
  });

  it('takes data-base only when its own name does not say, and never a script: or data: folder', () => {
    expect(originOf(tag({ src: '/bundle/site.js' }), page.document)).to.equal(undefined);
    expect(originOf(tag({ src: '/bundle/site.js', 'data-base': '/assets/aw' }), page.document)?.folder).to.equal(
      `${location.origin}/assets/aw/`,
    );
    expect(originOf(tag({ src: '/dist/advocacy-widgets.js', 'data-base': 'https://evil.example/' }), page.document)?.folder).to.equal(
      `${location.origin}/dist/`,
    );
    for (const bad of ['javascript:alert(1)//', 'data:text/javascript,1//', ' ']) {
      expect(originOf(tag({ src: '/bundle/site.js', 'data-base': bad }), page.document), bad).to.equal(undefined);
    }
    expect(originOf(tag({ src: 'data:text/javascript,/advocacy-widgets.js' }), page.document)).to.equal(undefined);
    expect(originOf(null, page.document)).to.equal(undefined);
  });
});
