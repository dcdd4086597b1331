import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/axe.js';

// The built drop-in script loads the explainer's text and the quiz's rules as packs: classic
// scripts next to it, found from its own address. Run after `npm run build` (npm test does both).
function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run npm run build`));
    document.head.append(script);
  });
}

describe('packs of the drop-in script', () => {
  before(() => loadClassicScript('/dist/advocacy-widgets.js'));

  it('loads the packs next to the script, once, and every element renders from them', async () => {
    const main = document.createElement('main');
    main.innerHTML = `<advocacy-explainer nation="wales"></advocacy-explainer>
      <advocacy-quiz nation="wales"></advocacy-quiz><advocacy-quiz></advocacy-quiz>
      <advocacy-contact-card name="Example" phone="0300 123 4567" services="imha"></advocacy-contact-card>`;
    document.body.append(main);
    try {
      const [explainer, quiz] = [main.querySelector('advocacy-explainer')!, main.querySelector('advocacy-quiz')!];
      await waitUntil(() => explainer.shadowRoot?.querySelector('#toggle-imha'), 'the explainer shows the kinds', { timeout: 5000 });
      await waitUntil(() => quiz.shadowRoot?.querySelector('fieldset input'), 'the quiz shows its first question', { timeout: 5000 });
      const packs = [...document.querySelectorAll<HTMLScriptElement>('script[src*="advocacy-widgets."]')].map((s) =>
        new URL(s.src).pathname,
      );
      expect(packs.filter((p) => p === '/dist/advocacy-widgets.knowledge.js')).to.have.length(1);
      expect(packs.filter((p) => p === '/dist/advocacy-widgets.eligibility.js')).to.have.length(1);
      const card = main.querySelector('advocacy-contact-card')!;
      expect(card.shadowRoot!.textContent).to.contain('Independent Mental Health Advocate');
      await expectAccessible(main);
    } finally {
      main.remove();
    }
  });
});
