import { expect } from '@open-wc/testing';
import {
  addScript,
  expectAccessibleIn,
  openHostPage,
  until,
  widgetsIn,
  widgetsSettled,
  type HostPage,
  type Widget,
} from '../helpers/frame.js';

// test/hostile/pages/prerendered.html asks for the three elements prerendered; the test server
// fills them in with the built prerenderer (dist/ssr/prerender.js), as a CMS would, and serves
// the page under the strictest policy (?csp=strict: `style-src 'self'`, no inline style).
const PAGE = '/test/hostile/pages/prerendered.html?csp=strict';
const NAMES = ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card'];

/** The element's top-level wrappers: one, whether hydrated or rendered again. */
function roots(widget: Widget): Element[] {
  return [...widget.shadowRoot!.children].filter((child) => child.classList.contains('root'));
}

function widgets(page: HostPage): Widget[] {
  return NAMES.flatMap((name) => widgetsIn(page, name));
}

/** Nodes a person sees, to check that hydration keeps them (the same objects, still in place). */
function landmarks(page: HostPage): Element[] {
  const [explainer] = widgetsIn(page, 'advocacy-explainer');
  const [quiz] = widgetsIn(page, 'advocacy-quiz');
  const [card] = widgetsIn(page, 'advocacy-contact-card');
  return [
    explainer.shadowRoot!.querySelector('.root')!,
    explainer.shadowRoot!.querySelector('#toggle-imha')!,
    quiz.shadowRoot!.querySelector('form')!,
    quiz.shadowRoot!.querySelector('input')!,
    card.shadowRoot!.querySelector('a[href^="tel:"]')!,
  ];
}

describe('prerendered elements (declarative shadow DOM)', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('are readable and styled before any script of ours runs, under a strict CSP', async () => {
    page = await openHostPage(PAGE);
    expect(page.window.customElements.get('advocacy-explainer'), 'no script of ours yet').to.equal(
      undefined,
    );
    const [explainer, quiz, card] = widgets(page);
    expect(explainer.shadowRoot!.textContent).to.contain('What advocacy is');
    expect(explainer.shadowRoot!.querySelector('#toggle-imha')!.textContent).to.contain(
      'Independent Mental Health Advocate',
    );
    expect(quiz.shadowRoot!.querySelector('fieldset legend')?.textContent?.trim()).to.not.equal('');
    expect(card.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent).to.contain(
      '0300 123 4567',
    );
    // Styled by the linked stylesheet: the toggle is a full-width button without the default border.
    const link = explainer.shadowRoot!.querySelector('link[rel="stylesheet"]')!;
    expect(link.getAttribute('href')).to.equal('/dist/advocacy-widgets.explainer.css');
    await until(() => (link as HTMLLinkElement).sheet, 'the stylesheet has loaded');
    const toggle = explainer.shadowRoot!.querySelector('#toggle-imha')!;
    expect(page.window.getComputedStyle(toggle).borderTopStyle).to.equal('none');
    expect(page.document.querySelector('advocacy-explainer style, advocacy-quiz style')).to.equal(
      null,
    );
    expect(page.log.violations).to.deep.equal([]);
    await expectAccessibleIn(page);
  });

  it('are hydrated by the drop-in script: the same nodes, nothing removed, and they work', async () => {
    page = await openHostPage(PAGE);
    const before = landmarks(page);
    const removed: Node[] = [];
    const observer = new page.window.MutationObserver((records) => {
      for (const r of records) removed.push(...r.removedNodes);
    });
    for (const w of widgets(page))
      observer.observe(w.shadowRoot!, { childList: true, subtree: true });
    const warnings: string[] = [];
    page.window.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));

    await addScript(page, '/dist/advocacy-widgets.js');
    await widgetsSettled(page);
    const [explainer, quiz, card] = widgets(page);
    await until(
      () => !/^\s*$/.test(card.shadowRoot!.querySelector('.open-now')!.textContent ?? ''),
      'the card fills its "open now" line',
    );
    observer.disconnect();

    const after = landmarks(page);
    after.forEach((node, i) => {
      expect(node, `landmark ${i} is the prerendered node`).to.equal(before[i]);
      expect(node.isConnected).to.equal(true);
    });
    expect(removed, 'nothing was rendered again').to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    for (const w of [explainer, quiz, card]) {
      expect(roots(w), `one root in <${w.localName}>`).to.have.length(1);
    }

    // Hydrated means working: a section opens, and the quiz answers.
    const imha = explainer.shadowRoot!.querySelector<HTMLElement>('#toggle-imha')!;
    imha.click();
    await explainer.updateComplete;
    expect(imha.getAttribute('aria-expanded')).to.equal('true');
    expect(explainer.shadowRoot!.querySelector('#panel-imha')!.textContent).to.contain(
      'Who it is for',
    );
    const form = quiz.shadowRoot!.querySelector('form')!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await quiz.updateComplete;
    expect(quiz.shadowRoot!.querySelector('.error-summary'), 'Continue with nothing chosen').to
      .exist;
    expect(card.shadowRoot!.querySelector('.open-now')!.textContent).to.contain('Open now');
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
    await expectAccessibleIn(page);
  });

  it('that do not match the script are rendered again cleanly, with a warning for the editor', async () => {
    page = await openHostPage(PAGE);
    const [explainer] = widgetsIn(page, 'advocacy-explainer');
    // As if prerendered by another version: the intro's template is not the one the script has.
    const walker = page.document.createTreeWalker(explainer.shadowRoot!, NodeFilter.SHOW_COMMENT);
    let changed = 0;
    for (let n = walker.nextNode() as Comment | null; n; n = walker.nextNode() as Comment | null) {
      const comment = n;
      if (/^lit-part \S+/.test(comment.data) && changed++ === 1)
        comment.data = 'lit-part AAAAAAAAAAA=';
    }
    expect(changed, 'the prerendered markup has template markers').to.be.greaterThan(1);
    const stale = explainer.shadowRoot!.querySelector('#toggle-imha');
    const warnings: string[] = [];
    page.window.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));

    await addScript(page, '/dist/advocacy-widgets.js');
    await widgetsSettled(page);
    expect(
      warnings.some((w) => w.includes('prerendered HTML does not match')),
      warnings.join('\n'),
    ).to.equal(true);
    expect(roots(explainer)).to.have.length(1);
    const imha = explainer.shadowRoot!.querySelector<HTMLElement>('#toggle-imha')!;
    expect(imha, 'a new node').to.not.equal(stale);
    expect(
      explainer.shadowRoot!.querySelectorAll('#toggle-imha'),
      'no copy left behind',
    ).to.have.length(1);
    imha.click();
    await explainer.updateComplete;
    expect(imha.getAttribute('aria-expanded')).to.equal('true');
    // The other two still hydrated.
    expect(roots(widgetsIn(page, 'advocacy-quiz')[0])).to.have.length(1);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });
});
