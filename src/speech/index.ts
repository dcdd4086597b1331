/**
 * Reading aloud with the browser's own speech synthesis: the current quiz question (legend, hint,
 * options), an open section of the explainer, the quiz's result or a provider's contact details.
 * A pack: the elements load it the first time someone presses "Listen".
 *
 * Only voices on the device (`localService`) are used, in the language of the page's locale
 * (matched by the language subtag): a voice that runs on a server would send the words to it,
 * and the widgets send nothing anywhere. Without such a voice the elements hide "Listen".
 *
 * While it reads, the part being read has the class `reading` and the sentence or label being
 * spoken `reading-now`; the element's `reading` property names the part, so its button says
 * "Stop listening". It stops when pressed again, when its button leaves the screen (the quiz
 * moves on, the section is closed), when the element's `reading` changes (its `reset()`) or when
 * the element leaves the page.
 */
import type { AdvocacyElement } from '../ui/base-element.js';

/** One thing to say: a block of text on screen and its words. */
export interface Chunk {
  block: Element;
  text: string;
}

interface Session {
  el: AdvocacyElement;
  key: string;
  button: Element;
  target: Element;
  chunks: Chunk[];
  index: number;
  locale: string;
  voice: SpeechSynthesisVoice | undefined;
  now?: Element;
}

/** Not read: buttons (their words are not content), pictures, QR codes and their hints. */
const SKIP =
  'button:not(.toggle),[aria-hidden="true"],.kiosk-bar,dialog,.scan,.qr,script,style,template';
/** What is said as one utterance, and highlighted while it is. */
const BLOCK = 'p,li,legend,label,h1,h2,h3,h4,h5,h6,dt,dd,summary,button,td,th,caption';

const CSS = `.reading{outline:3px dashed var(--_text);outline-offset:4px}
.reading-now{background:var(--_focus);color:var(--_focus-text);box-shadow:0 0 0 3px var(--_focus)}
@media print{.reading{outline:0}.reading-now{background:none;box-shadow:none}}`;

let session: Session | undefined;
let sheet: CSSStyleSheet | undefined;
const watched = new WeakSet<AdvocacyElement>();

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
const normal = (tag: string) => tag.toLowerCase().replace('_', '-');

/** The device's voices for a locale's language, the best first: same region, then any. */
export function voicesFor(locale: string): SpeechSynthesisVoice[] {
  const voices = window.speechSynthesis?.getVoices() ?? [];
  return voices
    .filter((v) => v.localService && primary(v.lang) === primary(locale))
    .sort(
      (a, b) =>
        Number(normal(b.lang) === normal(locale)) - Number(normal(a.lang) === normal(locale)) ||
        Number(b.default) - Number(a.default),
    );
}

function shown(el: Element): boolean {
  return !el.checkVisibility || el.checkVisibility() || getComputedStyle(el).display === 'contents';
}

/** What there is to read in `target`, block by block, through shadow roots and slots. */
export function chunksOf(target: Element): Chunk[] {
  const chunks: Chunk[] = [];
  // Words in separate boxes (a line break, a block) are separate words.
  const gap = () => {
    const last = chunks[chunks.length - 1];
    if (last) last.text += ' ';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      const parent = node.parentElement;
      if (!parent) return;
      if (!text.trim()) {
        gap();
        return;
      }
      let block = parent.closest(BLOCK) ?? parent;
      if (block.contains(target) && block !== target) block = parent;
      const last = chunks[chunks.length - 1];
      if (last?.block === block) last.text += text;
      else chunks.push({ block, text });
      return;
    }
    if (node instanceof Element) {
      if (node.matches(SKIP) || !shown(node)) return;
      const apart = node.localName === 'br' || !getComputedStyle(node).display.startsWith('inline');
      if (apart) gap();
      if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(visit);
      else (node.shadowRoot ?? node).childNodes.forEach(visit);
      if (apart) gap();
    }
  };
  visit(target);
  for (const chunk of chunks) chunk.text = chunk.text.replace(/\s+/g, ' ').trim();
  return chunks.filter((c) => c.text);
}

function highlight(el: Element | undefined, className: string, on: boolean): void {
  if (!el) return;
  el.classList.toggle(className, on);
  const root = el.getRootNode();
  if (on && root instanceof ShadowRoot) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** Stops reading, wherever it is. */
export function stop(): void {
  const s = session;
  if (!s) return;
  session = undefined;
  window.speechSynthesis?.cancel();
  highlight(s.now, 'reading-now', false);
  highlight(s.target, 'reading', false);
  if (s.el.reading === s.key) {
    s.el.reading = undefined;
    s.el.requestUpdate();
  }
}

function speakNext(s: Session): void {
  if (session !== s) return;
  highlight(s.now, 'reading-now', false);
  const chunk = s.chunks[s.index];
  s.index += 1;
  if (!chunk) {
    stop();
    return;
  }
  s.now = chunk.block;
  highlight(chunk.block, 'reading-now', true);
  const utterance = new SpeechSynthesisUtterance(chunk.text);
  utterance.lang = s.locale;
  if (s.voice) utterance.voice = s.voice;
  // A little slower in easy read.
  utterance.rate = s.el.easyRead ? 0.9 : 1;
  utterance.onend = () => speakNext(s);
  utterance.onerror = () => {
    if (session === s) stop();
  };
  window.speechSynthesis.speak(utterance);
}

/** Whether `el` is reading the part named `key`. */
export function isReading(el: AdvocacyElement, key: string): boolean {
  return session?.el === el && session.key === key;
}

/**
 * "Listen" pressed: reads the part the button belongs to (its nearest `[data-read]`), in
 * `locale`; pressed again, stops.
 */
export function toggle(el: AdvocacyElement, key: string, button: Element, locale: string): void {
  const again = isReading(el, key);
  stop();
  if (again) return;
  const target = button.closest('[data-read]');
  // Never the browser's default voice, which may be on a server: the device's own, or nothing.
  const voice = voicesFor(locale)[0];
  if (!target || !window.speechSynthesis || !voice) return;
  if (!watched.has(el)) {
    watched.add(el);
    el.addController({
      hostUpdated: () => {
        if (session?.el === el && (el.reading !== session.key || !session.button.isConnected))
          stop();
      },
      hostDisconnected: () => {
        if (session?.el === el) stop();
      },
    });
  }
  const s: Session = {
    el,
    key,
    button,
    target,
    chunks: chunksOf(target),
    index: 0,
    locale,
    voice,
  };
  session = s;
  highlight(target, 'reading', true);
  el.reading = key;
  el.requestUpdate();
  speakNext(s);
}
