import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/explainer.js';
import type { AdvocacyExplainer } from '../../src/elements/advocacy-explainer.js';
import { KINDS } from '../../src/knowledge/index.js';
import { ADVOCACY_KIND_IDS } from '../../src/knowledge/ids.js';
import { NATIONS } from '../../src/knowledge/nations.js';
import { expectAccessible } from '../helpers/axe.js';
import { nationStrength } from '../../src/eligibility/strength.js';
import { findInTree } from '../helpers/a11y.js';
import { captureWarnings } from '../helpers/console.js';

const ALL = ADVOCACY_KIND_IDS.join(' ');

/** Waits until every explainer in the fixture has its text. */
async function ready<T extends Element>(el: T): Promise<T> {
  const all = [el, ...el.querySelectorAll('advocacy-explainer')].filter(
    (e): e is AdvocacyExplainer => e.localName === 'advocacy-explainer',
  );
  for (const explainer of all) {
    await explainer.ready;
    await explainer.updateComplete;
  }
  return el;
}
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<advocacy-explainer>', () => {
  afterEach(() => {
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  });

  describe('accessibility', () => {
    it('is axe-clean with every section closed', async () => {
      const main = await ready(await fixture(html`<main><advocacy-explainer></advocacy-explainer></main>`));
      await expectAccessible(main);
    });

    it('is axe-clean with every section open, for each nation and without one', async function () {
      // Five full renders with axe on each: on a shared, loaded machine this takes over 10 s.
      this.timeout(30_000);
      for (const nation of [undefined, ...NATIONS]) {
        const main = await ready(await fixture(html`<main><advocacy-explainer nation=${nation ?? ''} open=${ALL}></advocacy-explainer></main>`));
        for (const details of main.firstElementChild!.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expectAccessible(main);
        fixtureCleanup();
      }
    });

    it('exposes each section as a collapsed button, then expanded, in the accessibility tree', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer types="imca"></advocacy-explainer>`));
      const name = KINDS.find((k) => k.id === 'imca')!.standard.name();
      const button = await findInTree((n) => n.role === 'button' && n.name.includes(name));
      expect(button, 'button in the tree').to.not.equal(null);
      expect(button!.expanded ?? false).to.equal(false);
      $(el, '#toggle-imca')!.click();
      await el.updateComplete;
      const open = await findInTree((n) => n.role === 'button' && n.name.includes(name));
      expect(open!.expanded).to.equal(true);
    });
  });

  describe('content', () => {
    for (const nation of NATIONS) {
      it(`in ${nation}, labels each kind with the strength the quiz's rules give it`, async () => {
        const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer nation=${nation} open=${ALL}></advocacy-explainer>`));
        const kinds = $$(el, '.kind');
        expect(kinds).to.have.length(ADVOCACY_KIND_IDS.length);
        for (const id of ADVOCACY_KIND_IDS) {
          const strength = $(el, `#advocacy-${id} .status`)?.getAttribute('data-strength');
          expect(strength, id).to.equal(nationStrength(id, nation));
        }
      });
    }

    it('words the four strengths differently, in standard and in easy read', async () => {
      const labels = async (easy: boolean) => {
        const el = await ready(await fixture<AdvocacyExplainer>(easy ? html`<advocacy-explainer easy-read open=${ALL}></advocacy-explainer>` : html`<advocacy-explainer open=${ALL}></advocacy-explainer>`));
        // Easy read's own words arrive with the easy-read pack.
        if (easy) await waitUntil(() => $$(el, '.status').some((s) => s.textContent?.includes('by law')), 'easy-read words', { timeout: 5000 });
        const byStrength = new Map<string, string>();
        for (const s of $$(el, '.status')) byStrength.set(s.getAttribute('data-strength') ?? '', s.textContent?.trim() ?? '');
        return byStrength;
      };
      const standard = await labels(false);
      const easy = await labels(true);
      expect(standard.get('legal-right')).to.equal('A legal right');
      expect(standard.get('no-right')).to.equal('Not a legal right');
      expect(easy.get('legal-right')).to.equal('A right by law');
      if (standard.has('may-be-able')) {
        expect(standard.get('may-be-able')).to.match(/may be able/);
        expect(easy.get('may-be-able')).to.match(/may be able/);
      }
      expect(new Set(standard.values()).size).to.equal(standard.size);
    });

    it('opens with what advocacy is: on your side, independent, free and confidential', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer></advocacy-explainer>`));
      const intro = $(el, '.intro')!;
      expect(intro.querySelector('h2')).to.not.equal(null);
      const text = intro.textContent.toLowerCase();
      for (const word of ['on your side', 'independent', 'free', 'confidential']) {
        expect(text, word).to.contain(word);
      }
      // The intro comes before any kind of advocacy.
      const first = el.shadowRoot!.querySelector('[part="base"]')!.firstElementChild;
      expect(first?.classList.contains('intro')).to.equal(true);
    });

    it('groups kinds as a legal right and other kinds', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer></advocacy-explainer>`));
      const groups = $$(el, 'section.group');
      expect(groups).to.have.length(2);
      expect(groups[0].querySelector('#toggle-imha')).to.not.equal(null);
      expect(groups[1].querySelector('#toggle-citizen')).to.not.equal(null);
    });

    for (const nation of NATIONS) {
      it(`renders every kind for ${nation}, with that nation's status`, async () => {
        const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer nation=${nation} open=${ALL}></advocacy-explainer>`));
        for (const kind of KINDS) {
          const panel = $(el, `#panel-${kind.id}`)!;
          expect(panel.hidden, kind.id).to.equal(false);
          expect($(el, `#toggle-${kind.id}`)!.textContent).to.contain(kind.standard.name());
          expect(panel.textContent).to.contain(kind.standard.summary());
          const route = kind.nations[nation];
          if (route.localName) expect(panel.textContent).to.contain(route.localName());
          if (route.note) expect(panel.textContent).to.contain(route.note());
        }
      });
    }

    it('labels differences by nation when no nation is set', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer open="care-act"></advocacy-explainer>`));
      const names = $$(el, '#panel-care-act .nation-name').map((n) => n.textContent);
      expect(names).to.deep.equal(['England:', 'Wales:', 'Scotland:', 'Northern Ireland:']);
    });

    it('keeps the legal basis behind "Where does this come from?"', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer open="imha" nation="england"></advocacy-explainer>`));
      const details = $(el, '#panel-imha details.sources') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.contain('Where does this come from?');
      expect(details.textContent).to.contain('Mental Health Act 1983');
    });

    it('shows only the kinds in types', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer types="imha imca"></advocacy-explainer>`));
      expect($$(el, 'button.toggle').map((b) => b.id)).to.deep.equal(['toggle-imha', 'toggle-imca']);
    });

    it('tells the editor about unknown ids in types, and shows a message when none is known', async () => {
      let el!: AdvocacyExplainer;
      const warnings = await captureWarnings(async () => {
        el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer types="imha-typo"></advocacy-explainer>`));
      });
      expect(warnings.join()).to.contain('imha-typo');
      expect($(el, '[part="editor-message"]')).to.not.equal(null);
    });
  });

  describe('headings', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`follows heading-level="${level}"`, async () => {
        const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer heading-level=${level} open="imha"></advocacy-explainer>`));
        const levels = $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));
        expect(Math.min(...levels)).to.equal(level);
        expect(Math.max(...levels)).to.be.at.most(6);
        expect($(el, '#toggle-imha')!.parentElement!.localName).to.equal(`h${Math.min(6, level + 1)}`);
      });
    }

    it('falls back to level 2 for a value outside 2 to 6', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer heading-level="9"></advocacy-explainer>`));
      expect($(el, '.intro h2')).to.not.equal(null);
    });
  });

  describe('opening and closing sections', () => {
    it('opens and closes with the pointer', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer></advocacy-explainer>`));
      const button = $(el, '#toggle-imha')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#panel-imha')!.hidden).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#panel-imha')!.hidden).to.equal(false);
      button.click();
      await el.updateComplete;
      expect($(el, '#panel-imha')!.hidden).to.equal(true);
    });

    it('opens with Enter and closes with Space from the keyboard', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer types="imca"></advocacy-explainer>`));
      const button = $(el, '#toggle-imca')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('reaches each section button with Tab, in order', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer types="imha imca care-act"></advocacy-explainer>`));
      $(el, '#toggle-imha')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('toggle-imca');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('toggle-care-act');
    });

    it('opens the sections named in open', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer open="imca peer"></advocacy-explainer>`));
      expect($(el, '#panel-imca')!.hidden).to.equal(false);
      expect($(el, '#panel-peer')!.hidden).to.equal(false);
      expect($(el, '#panel-imha')!.hidden).to.equal(true);
    });

    it('opens the section in the page address, without changing the address', async () => {
      history.replaceState(null, '', '#advocacy-imca');
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer></advocacy-explainer>`));
      expect($(el, '#panel-imca')!.hidden).to.equal(false);
      const before = window.location.href;
      const hashChanged = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      window.location.hash = '#advocacy-peer';
      await hashChanged;
      await el.updateComplete;
      expect($(el, '#panel-peer')!.hidden).to.equal(false);
      expect(window.location.hash).to.equal('#advocacy-peer');
      $(el, '#toggle-peer')!.click();
      await el.updateComplete;
      expect(window.location.hash, 'closing does not touch the address').to.equal('#advocacy-peer');
      expect(before).to.contain('#advocacy-imca');
    });

    it('shows every section when the page is printed', async () => {
      const el = await ready(await fixture<AdvocacyExplainer>(html`<advocacy-explainer types="imha imca"></advocacy-explainer>`));
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '#panel-imha')!).display).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      window.dispatchEvent(new Event('beforeprint'));
      // Rendered at once, before the page is laid out for print.
      expect($(el, '#panel-imca')!.textContent).to.contain(KINDS.find((k) => k.id === 'imca')!.standard.summary());
      expect($(el, '#toggle-imca')!.getAttribute('aria-expanded')).to.equal('true');
      expect(($(el, 'details.sources') as HTMLDetailsElement).open).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect($(el, '#toggle-imca')!.getAttribute('aria-expanded')).to.equal('false');
    });
  });
});
