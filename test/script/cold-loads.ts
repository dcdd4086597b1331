/**
 * Fresh page loads of every locale, with all three elements: each load is a new frame (a new
 * window, registry and Lit) whose script and pack URLs are new (a unique query, which the core
 * carries to every pack), so nothing comes from the browser's cache. After each load, no English
 * sentence of a translated message may be left in the explainer or the quiz.
 *
 * Used by cold-loads.test.ts (a few loads per locale, in npm test) and cold-loads.repeat.ts
 * (npm run test:cold-loads: many, in both browsers). Needs npm run build.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers/frame.js';

const LOCALES = ['cy', 'pl', 'ro', 'pa', 'ur', 'ar'];

/** How the page brings in the script. */
const WAYS = ['head-defer', 'head', 'head-async', 'inserted-late', 'lang-after-load'] as const;
type Way = (typeof WAYS)[number];

let run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
let count = 0;

/** English sentences of every message translated into `locale` (not also inside a translation). */
async function englishLeftovers(locale: string): Promise<string[]> {
  const xml = await (await fetch(`/locales/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const sources: string[] = [];
  const targets: string[] = [];
  for (const unit of doc.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source');
    const target = unit.querySelector('target');
    if (!source || !target || source.querySelector('*')) continue;
    const [s, t] = [source.textContent.trim(), target.textContent.trim()];
    targets.push(t);
    if (s !== t && s.length >= 20 && s.includes(' ')) sources.push(s);
  }
  return sources.filter((s) => !targets.some((t) => t.includes(s)));
}

function page(locale: string, way: Way, src: string): string {
  const lang = way === 'lang-after-load' ? 'en-GB' : locale;
  const script =
    way === 'head-defer' || way === 'lang-after-load'
      ? `<script src="${src}" defer></script>`
      : way === 'head'
        ? `<script src="${src}"></script>`
        : way === 'head-async'
          ? `<script src="${src}" async></script>`
          : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Cold load</title>${script}</head>
<body><main>
<advocacy-explainer nation="wales" open="imha"></advocacy-explainer>
<advocacy-quiz nation="wales"></advocacy-quiz>
<advocacy-contact-card name="Example Advocacy" phone="0300 123 4567" services="imha"></advocacy-contact-card>
</main></body></html>`;
}

type Widget = HTMLElement & { ready?: Promise<void>; updateComplete: Promise<boolean> };

async function settled(doc: Document, locale: string): Promise<Widget[]> {
  const view = doc.defaultView!;
  for (const name of ['advocacy-explainer', 'advocacy-quiz', 'advocacy-contact-card']) {
    await until(() => view.customElements.get(name), `<${name}> is defined`, 8000);
  }
  const widgets = [...doc.querySelectorAll<Widget>('advocacy-explainer, advocacy-quiz')];
  for (const widget of widgets) {
    await until(() => widget.shadowRoot, `<${widget.localName}> has rendered`);
    await widget.ready;
    await until(
      () => widget.shadowRoot!.querySelector('.root')?.getAttribute('lang') === locale,
      `<${widget.localName}> shows ${locale}`,
      8000,
    );
    await widget.updateComplete;
  }
  return widgets;
}

function textNodes(root: Node): string[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

/** One cold load of `locale`, brought in the given way; resolves with the English left over. */
async function coldLoad(locale: string, way: Way, leftovers: string[]): Promise<string[]> {
  count += 1;
  const src = `/dist/advocacy-widgets.js?cold=${run}-${count}`;
  const frame = document.createElement('iframe');
  frame.title = `Cold load ${locale}`;
  frame.width = '900';
  frame.height = '700';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page(locale, way, src);
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    if (way === 'inserted-late') {
      const script = doc.createElement('script');
      script.src = src;
      doc.head.append(script);
    }
    if (way === 'lang-after-load') {
      await settled(doc, 'en-GB');
      doc.documentElement.lang = locale;
    }
    const widgets = await settled(doc, locale);
    // Each message is its own text node (a Lit binding), so compare whole text nodes: an English
    // title of a source that contains a message's words is not a message left untranslated.
    const texts = new Set(widgets.flatMap((w) => textNodes(w.shadowRoot!)));
    expect(texts.size, 'the elements show text').to.be.greaterThan(10);
    return leftovers.filter((sentence) => texts.has(sentence));
  } finally {
    frame.remove();
  }
}

/** `loads` cold loads per locale, each way of loading the script in turn. */
export function coldLoads(loads: number): void {
  describe(`cold page loads in every locale (${loads} per locale)`, () => {
    before(() => {
      run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    });
    for (const locale of LOCALES) {
      let leftovers: string[] = [];
      describe(locale, () => {
        before(async () => {
          leftovers = await englishLeftovers(locale);
          expect(leftovers.length, 'translated sentences to look for').to.be.greaterThan(50);
        });
        for (let i = 0; i < loads; i += 1) {
          const way = WAYS[(i + LOCALES.indexOf(locale)) % WAYS.length];
          it(`load ${i + 1}, script ${way}: no English sentence is left`, async () => {
            expect(await coldLoad(locale, way, leftovers)).to.deep.equal([]);
          });
        }
      });
    }
  });
}
