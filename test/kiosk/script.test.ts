import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../helpers/axe.js';
import { decodeQr } from '../helpers/qr.js';

// Kiosk mode and reading aloud as a library or a council page gets them: the built drop-in script
// (its packs use stand-ins for Lit and @lit/localize) and the all-in-one file. Run after
// `npm run build` (npm test does both).

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run npm run build`));
    document.head.append(script);
  });
}

const root = (el: Element) => el.shadowRoot!;
const packsLoaded = (name: string) =>
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter(
    (s) => new URL(s.src).pathname === `/dist/advocacy-widgets.${name}.js`,
  ).length;

const PROVIDER = {
  name: 'Example Advocacy',
  phone: '0300 123 4567',
  website: 'https://example.org/advocacy',
  services: ['imha'],
};

describe('kiosk mode and reading aloud in the drop-in script', () => {
  let saved: PropertyDescriptor | undefined;
  let savedUtterance: PropertyDescriptor | undefined;
  const spoken: { text: string; lang: string }[] = [];

  before(async () => {
    // A device with an English voice of its own; nothing is really said.
    saved = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    savedUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => [
        { lang: 'en-GB', name: 'English', localService: true, default: true, voiceURI: 'en' },
      ],
      speak: (u: { text: string; lang: string }) => spoken.push(u),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: class {
        lang = '';
        text: string;
        constructor(text: string) {
          this.text = text;
        }
      },
    });
    await loadClassicScript('/dist/advocacy-widgets.js');
  });

  after(() => {
    if (saved) Object.defineProperty(window, 'speechSynthesis', saved);
    if (savedUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', savedUtterance);
  });

  it('loads the kiosk pack once, for every kiosk element, and nothing links out', async () => {
    expect(packsLoaded('kiosk'), 'not before an element asks for it').to.equal(0);
    const main = document.createElement('main');
    main.innerHTML = `<advocacy-quiz kiosk nation="england"></advocacy-quiz>
      <advocacy-contact-card kiosk><script type="application/json">${JSON.stringify(PROVIDER)}</script></advocacy-contact-card>`;
    document.body.append(main);
    try {
      const [quiz, card] = [
        main.querySelector('advocacy-quiz')!,
        main.querySelector('advocacy-contact-card')!,
      ];
      await waitUntil(
        () => root(card).querySelector('svg.qr') && root(quiz).querySelector('fieldset input'),
        'both show',
        {
          timeout: 5000,
        },
      );
      expect(packsLoaded('kiosk')).to.equal(1);
      expect(root(card).querySelectorAll('a[href]')).to.have.length(0);
      expect(
        await decodeQr(root(card).querySelector('svg.qr') as unknown as SVGSVGElement),
      ).to.equal(PROVIDER.website);

      const first = root(quiz).querySelector('fieldset input')!.getAttribute('name');
      (root(quiz).querySelector('fieldset input') as HTMLInputElement).click();
      (root(quiz).querySelector('button[type="submit"]') as HTMLElement).click();
      await waitUntil(
        () => root(quiz).querySelector('fieldset input')?.getAttribute('name') !== first,
        'the next question',
      );
      const reset = new Promise((resolve) =>
        quiz.addEventListener('advocacy-kiosk-reset', resolve, { once: true }),
      );
      (root(card).querySelector('.kiosk-bar .finish') as HTMLElement).click();
      await reset;
      expect(
        root(quiz).querySelector('fieldset input')!.getAttribute('name'),
        'back to the first question',
      ).to.equal(first);
      expect([...root(quiz).querySelectorAll('input')].some((i) => i.checked)).to.equal(false);
      await expectAccessible(main);
    } finally {
      main.remove();
    }
  });

  it('loads the speech pack on the first press of "Listen"', async () => {
    const card = document.createElement('advocacy-contact-card');
    card.setAttribute('name', 'Example Advocacy');
    card.setAttribute('phone', '0300 123 4567');
    document.body.append(card);
    try {
      await waitUntil(() => root(card).querySelector('button.listen'), 'Listen shows');
      expect(packsLoaded('speech')).to.equal(0);
      (root(card).querySelector('button.listen') as HTMLElement).click();
      await waitUntil(() => spoken.length > 0, 'it speaks', { timeout: 5000 });
      expect(packsLoaded('speech')).to.equal(1);
      expect(spoken[0]).to.include({ text: 'Example Advocacy', lang: 'en-GB' });
      await waitUntil(
        () => root(card).querySelector('button.listen')!.textContent.trim() === 'Stop listening',
        'Stop',
      );
    } finally {
      card.remove();
    }
  });

  it('works from the all-in-one file, with its pictures whole', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body><main>
      <advocacy-contact-card kiosk easy-read><script type="application/json">${JSON.stringify(PROVIDER)}</script></advocacy-contact-card>
      </main><script src="/dist/advocacy-widgets.all.js"></script></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(
        () =>
          frame.contentDocument
            ?.querySelector('advocacy-contact-card')
            ?.shadowRoot?.querySelector('svg.qr'),
        'the QR code shows',
        {
          timeout: 8000,
        },
      );
      const card = frame.contentDocument!.querySelector('advocacy-contact-card')!;
      await waitUntil(
        () => root(card).querySelector('svg.pictogram'),
        'easy read shows its pictures',
        { timeout: 5000 },
      );
      for (const picture of root(card).querySelectorAll('svg.pictogram')) {
        // Each shape is a child of the picture, not of another shape.
        expect(
          picture.querySelector('circle > *, path > *, rect > *'),
          picture.outerHTML.slice(0, 120),
        ).to.equal(null);
      }
      expect(root(card).querySelector('.kiosk-bar .finish')).to.exist;
      expect(root(card).querySelectorAll('a[href]')).to.have.length(0);
    } finally {
      frame.remove();
    }
  });
});
