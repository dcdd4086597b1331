import { expect, waitUntil } from '@open-wc/testing';

// The built drop-in script, as an editor pastes it: a classic <script>, loaded twice, on a page
// that already defined one of our names. Run after `npm run build` (npm test does both).
const SCRIPT = '/dist/advocacy-widgets.js';

function loadClassicScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${SCRIPT}: run npm run build`));
    document.head.append(script);
  });
}

class SomeoneElsesQuiz extends HTMLElement {}

describe('the drop-in script (dist/advocacy-widgets.js)', () => {
  const errors: unknown[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const originalWarn = console.warn;
  let globalsBefore: Set<string>;

  before(async () => {
    window.addEventListener('error', onError);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    customElements.define('advocacy-quiz', SomeoneElsesQuiz);
    globalsBefore = new Set(Object.getOwnPropertyNames(window));
    await loadClassicScript();
    await loadClassicScript();
  });

  after(() => {
    window.removeEventListener('error', onError);
    console.warn = originalWarn;
  });

  it('defines the elements and throws nothing when loaded twice', () => {
    expect(errors).to.deep.equal([]);
    expect(customElements.get('advocacy-explainer')).to.be.a('function');
    expect(customElements.get('advocacy-contact-card')).to.be.a('function');
  });

  it('leaves a name that the page already defined alone, and says so once per load', () => {
    expect(customElements.get('advocacy-quiz')).to.equal(SomeoneElsesQuiz);
    const quizWarnings = warnings.filter((w) => w.includes('<advocacy-quiz> is already defined'));
    expect(quizWarnings.length).to.be.greaterThan(0);
    // Our own names, registered by the first copy, cause no warning from the second.
    expect(warnings.filter((w) => w.includes('<advocacy-explainer>'))).to.deep.equal([]);
  });

  it('adds no globals of its own (only the version lists Lit keeps)', () => {
    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name));
    const litVersionLists = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'];
    expect(added.filter((name) => !litVersionLists.includes(name))).to.deep.equal([]);
  });

  it('renders real content from the built script', async () => {
    const explainer = document.createElement('advocacy-explainer');
    document.body.append(explainer);
    await customElements.whenDefined('advocacy-explainer');
    await waitUntil(() => explainer.shadowRoot?.querySelector('.intro'), 'the text arrives', { timeout: 5000 });
    expect(explainer.shadowRoot!.textContent).to.contain('on your side');
    explainer.remove();
  });
});
