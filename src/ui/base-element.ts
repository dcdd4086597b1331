import { LitElement, adoptStyles, html, nothing, render, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  ALL_LOCALES,
  LOCALE_INFO,
  chosenLocale,
  dirOf,
  failedLocale,
  forgetChosenLocale,
  getLocale,
  requestLocale,
  resolveLocale,
} from '../i18n/locale.js';
import { isNation, type Nation } from '../knowledge/nations.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';
import { loadEasyRead, loadThemeCheck, loadKiosk, loadSpeech, refusal, type EasyReadModule, type KioskModule } from '../packs/load.js';
import { REFUSED } from '../packs/protocol.js';
import type { PictogramId } from '../knowledge/pictogram-ids.js';
import { baseStyles } from './tokens.js';
import { arrived, nextTask } from './first-view.js';
import { applyHostStates } from './host-style.js';

/** Marks our own classes, so a second copy of the script stays quiet about names we defined. */
export const WIDGETS_MARK = Symbol.for('advocacy-widgets');

/** Kiosk mode, QR codes and the printed slip, once some element has loaded them. */
let kioskPack: KioskModule | undefined;

/**
 * What every advocacy element shares: heading level, nation, easy read and kiosk flags, a
 * visible message for the page's editor instead of a blank box, and warnings sent once.
 *
 * @attr {number} idle-seconds - With `kiosk`: seconds without a touch or a key before "Are you still there?" (default 120). With several kiosk elements, the shortest wins.
 * @attr {number} idle-countdown - With `kiosk`: seconds "Are you still there?" waits before it clears everything (default 30, at least 20).
 * @fires advocacy-kiosk-reset - In kiosk mode, when the element went back to the start for the next person ("Finish and clear", or nobody answered "Are you still there?"). No detail.
 */
export class AdvocacyElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  static readonly [WIDGETS_MARK] = true;

  /** The level of the element's top headings (2 to 6), to fit the host page's outline. */
  @property({ attribute: 'heading-level' })
  headingLevel: string | number = 2;

  /** Fixes the UK nation: `england`, `wales`, `scotland` or `northern-ireland`. */
  @property({ reflect: true })
  nation?: string;

  /** Shows the easy-read version: easy words, pictures, larger type and targets. */
  @property({ type: Boolean, reflect: true, attribute: 'easy-read' })
  easyRead = false;

  /** Kiosk mode for shared touch screens. */
  @property({ type: Boolean, reflect: true })
  kiosk = false;

  /** Shows buttons to choose the language, each language named in itself. */
  @property({ type: Boolean, attribute: 'language-switcher' })
  languageSwitcher = false;

  /** Pictograms and the elements' easy-read words, loaded when `easy-read` is first set. */
  @state()
  protected easy?: EasyReadModule = arrived.easyRead;

  /**
   * The part being read aloud, so its "Listen" button says "Stop". Set by the speech pack, which
   * then asks for an update.
   * @protected
   */
  reading?: string;

  /**
   * Drawn for paper while a slip prints: web addresses as QR codes. Set by the kiosk pack, which
   * then asks for an update.
   * @protected
   */
  paper = false;

  private warned = new Set<string>();
  private langObserver?: MutationObserver;
  private localeRequest: Promise<void> = Promise.resolve();
  private prerenderedRoot = false;
  private easyLoading = false;
  private kioskLoading = false;
  private internals?: ElementInternals;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Once per element: attachInternals throws the second time.
    this.internals ??= this.attachInternals?.();
    applyHostStates(this, this.internals);
    this.applyLocale();
    // The element's own lang, or the page's, may change later (a host's language menu).
    this.langObserver = new MutationObserver(() => this.applyLocale());
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    // A listener left on speechSynthesis would keep a removed element alive for good.
    window.speechSynthesis?.removeEventListener('voiceschanged', this.onVoices);
  }

  /** Back to the start for the next person. Subclasses clear what the person did. */
  reset(): void {
    this.reading = undefined;
    this.requestUpdate();
  }

  /** True while the first update adopts prerendered markup (a declarative shadow root). */
  protected get hydrating(): boolean {
    return this.prerenderedRoot && !this.hasUpdated;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerenderedRoot = Boolean(this.shadowRoot);
    return super.createRenderRoot();
  }

  /**
   * Settles when the element has what its first view shows (packs, words, pictures), so that
   * prerendered markup is hydrated with the same content. Subclasses add their packs.
   */
  protected firstView(): Promise<unknown> {
    const waits: Promise<unknown>[] = [this.localeRequest];
    if (this.easyRead) waits.push(loadEasyRead().then((easy) => (this.easy = arrived.easyRead = easy)));
    return Promise.all(waits).catch(() => undefined);
  }

  /** Whether the first render shows the content (its packs have arrived), not a "Loading" line. */
  protected showsContentAtOnce(): boolean {
    return false;
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      // A first render that shows the content is a task of its own, so three elements never make
      // one long task (one inside another of ours, like the quiz's card, renders with it). A light
      // first render ("Loading…") is not put off: an element left empty for a task would let the
      // page below it move up and down again. Prerendered markup stays on screen meanwhile, and
      // waits until the same content can be rendered over it.
      const host = (this.getRootNode() as Partial<ShadowRoot>).host;
      const nested = (host?.constructor as { [WIDGETS_MARK]?: boolean } | undefined)?.[WIDGETS_MARK];
      if (!nested && (this.hydrating || this.showsContentAtOnce())) await nextTask();
      if (this.hydrating) await this.firstView();
    }
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const hydrating = this.hydrating;
    try {
      super.update(changed);
    } catch (error) {
      if (!hydrating) throw error;
      // Prerendered by another version or with other settings: a clean render, never half of each.
      this.warnOnce('hydrate', `its prerendered HTML does not match this script (${String(error)}), so it was rendered again. Prerender it again with this version.`);
      this.renderRoot.replaceChildren();
      render(this.render(), this.renderRoot, this.renderOptions);
    }
    // Hydration keeps the prerendered markup and its stylesheet link; the styles are adopted too,
    // so the element looks the same if the link is blocked or late.
    if (hydrating) adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /** Loads a pack, then `use`s it; if it cannot, tells the page's editor which file is missing. */
  private pack<T>(load: () => Promise<T>, file: string, use: (pack: T) => unknown): void {
    load().then(use, (error: unknown) =>
      this.warnOnce(file, `could not load advocacy-widgets.${file}.js (${String(error)}).`),
    );
  }

  private onVoices = (): void => this.requestUpdate();

  private applyLocale(): void {
    const locale = resolveLocale(this);
    this.localeRequest = requestLocale(locale).then(() => {
      const shown = getLocale();
      if (!chosenLocale() && !failedLocale() && shown !== locale) {
        this.warnOnce(
          `locale:${locale}`,
          `asks for ${locale} but the page already shows ${shown}: all advocacy widgets on a page share one language.`,
        );
      }
    });
  }

  /** The heading level, clamped to 2–6. */
  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel);
  }

  /** The nation when the attribute holds a valid one. */
  protected get validNation(): Nation | undefined {
    const value = this.nation?.trim().toLowerCase();
    return isNation(value) ? value : undefined;
  }

  /** Warns the page's editor once per problem, with the fix. */
  protected warnOnce(code: string, message: string): void {
    // The loader has already warned once, with the fix, when it could not find its files.
    if (this.warned.has(code) || message.includes(REFUSED)) return;
    this.warned.add(code);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** A short, visible explanation for the page's editor. */
  protected editorMessage(title: string, detail: string): TemplateResult {
    return html`<div class="editor-message" part="editor-message" role="note">
      <p><strong>${title}</strong></p>
      <p>${detail}</p>
    </div>`;
  }

  /** Subclasses render here; an error becomes an editor message, never an exception on the page. */
  protected renderContent(): unknown {
    return null;
  }

  /**
   * The easy-read version of one of the element's own messages, when in easy read.
   * @protected
   */
  ui(id: string, standard: string, values?: Record<string, unknown>): string {
    if (!this.easyRead || !this.easy) return standard;
    const easy = (this.easy.UI_EASY as unknown as Record<string, ((v?: Record<string, unknown>) => string) | undefined>)[id];
    return easy ? easy(values) : standard;
  }

  /** A pictogram beside a chunk of text, in easy read only. It repeats the text, so it is hidden from screen readers. */
  protected pict(id: PictogramId | undefined): TemplateResult | typeof nothing {
    return this.easyRead && this.easy && id ? this.easy.pictogram(id, true) : nothing;
  }

  /** In easy read, a chunk is its picture on the left and its text on the right. */
  protected chunk(id: PictogramId | undefined, content: unknown): unknown {
    if (!this.easyRead || !this.easy || !id) return content;
    return html`<div class="chunk">${this.easy.pictogram(id, true)}<div class="chunk-text">${content}</div></div>`;
  }

  /** A link; in kiosk mode and on paper, text that cannot be followed, with a QR code for a web address. */
  protected link(href: string, text: unknown, className?: string): unknown {
    if (!this.kiosk && !this.paper) return html`<a class=${className ?? nothing} href=${href}>${text}</a>`;
    return kioskPack ? kioskPack.link(this, href, text, className) : text;
  }

  /** A button of ours that does something with itself when pressed. */
  private tool(className: string, label: string, press: (button: Element) => void): TemplateResult {
    return html`<button type="button" class=${className} @click=${(event: Event) => press(event.currentTarget as Element)}>
      ${label}
    </button>`;
  }

  /**
   * "Listen": reads aloud the part it is in (its nearest `[data-read]`). Shown only when the
   * device has a voice of its own for the language; until the browser has listed its voices, it
   * waits for them.
   */
  protected listen(key: string): unknown {
    const synth = window.speechSynthesis;
    const lang = getLocale().split('-')[0];
    const voices = synth?.getVoices().filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang) ?? [];
    if (!voices.some((v) => v.localService)) {
      // Only while on the page: an update can still run after the element was removed.
      if (this.isConnected) synth?.addEventListener('voiceschanged', this.onVoices, { once: true });
      // A voice on a server is there, and refused: say why there is no "Listen".
      return voices.length
        ? html`<p class="listen-off">${this.ui('ui.listen.off', msg('Reading aloud is not offered here. The only voice for this language on this device would send the words over the internet.', { id: 'ui.listen.off', desc: 'Shown instead of the Listen button when the only text-to-speech voice for the language runs on a server.' }))}</p>`
        : nothing;
    }
    return this.tool(
      'link-button listen',
      this.reading === key
        ? this.ui('ui.listen.stop', msg('Stop listening', { id: 'ui.listen.stop' }))
        : this.ui('ui.listen', msg('Listen', { id: 'ui.listen', desc: 'A button that reads the text beside it aloud.' })),
      (button) => this.pack(loadSpeech, 'speech', (speech) => speech.toggle(this, key, button, getLocale())),
    );
  }

  /** "Print this": prints the part it is in (its nearest `[data-read]`) alone, as a slip to take away. */
  protected printButton(): TemplateResult {
    return this.tool(
      'button button--secondary print',
      this.ui('ui.print', msg('Print this', { id: 'ui.print', desc: 'A button that prints the result or contact details on paper.' })),
      (button) => this.pack(loadKiosk, 'kiosk', (kiosk) => (kioskPack = kiosk).printSlip(this, button.closest('[data-read]'))),
    );
  }

  /** The pictogram the easy-read pack gives one of the element's messages. */
  protected uiPictogram(id: string): PictogramId | undefined {
    return (this.easy?.UI_PICTOGRAMS as Record<string, PictogramId> | undefined)?.[id];
  }

  protected override firstUpdated(changed: Map<PropertyKey, unknown>): void {
    super.firstUpdated(changed);
    // A page that sets its own colours gets its contrast checked, in the console, once.
    const style = getComputedStyle(this);
    const themed = 'text background link button button-text focus focus-text surface error text-secondary'
      .split(' ')
      .some((name) => style.getPropertyValue(`--advocacy-color-${name}`).trim());
    if (themed) void loadThemeCheck().then((m) => m.checkContrast(this), () => undefined);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.easyRead && !this.easy && !this.easyLoading) {
      this.easyLoading = true;
      loadEasyRead().then(
        (easy) => {
          this.easy = arrived.easyRead = easy;
        },
        (error: unknown) => {
          this.easyLoading = false;
          this.warnOnce('easy-read', `could not load the easy-read pictures and words (${String(error)}); showing the standard text.`);
        },
      );
    }
    if (this.kiosk) {
      if (kioskPack) {
        kioskPack.attach(this, () => {
          forgetChosenLocale();
          this.applyLocale();
        });
      } else if (!this.kioskLoading) {
        this.kioskLoading = true;
        this.pack(loadKiosk, 'kiosk', (kiosk) => {
          kioskPack = kiosk;
          this.requestUpdate();
        });
      }
    }
    if (changed.has('nation') && this.nation && !this.validNation) {
      this.warnOnce(
        'nation',
        `nation="${this.nation}" is not a UK nation. Use england, wales, scotland or northern-ireland.`,
      );
    }
  }

  private renderLanguageSwitcher(): TemplateResult {
    const current = getLocale();
    return html`<nav class="languages" part="languages" aria-label=${this.ui('ui.languages.label', msg('Language', { id: 'ui.languages.label' }))}>
      <ul>
        ${ALL_LOCALES.map((locale) => {
          const info = LOCALE_INFO[locale];
          return html`<li>
            <button
              type="button"
              class="link-button"
              lang=${locale}
              aria-current=${locale === current ? 'true' : 'false'}
              @click=${() => void requestLocale(locale, true)}
            >
              ${info?.name ?? locale}
            </button>
            ${info?.status === 'draft'
              ? html`<span class="draft">${this.ui('ui.languages.draft', msg('(draft translation)', { id: 'ui.languages.draft' }))}</span>`
              : nothing}
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private renderLocaleNotice(): TemplateResult | typeof nothing {
    const failed = failedLocale();
    if (!failed) return nothing;
    const name = LOCALE_INFO[failed]?.name ?? failed;
    return html`<p class="locale-notice" role="status">
      ${this.ui('ui.locale-failed', msg(str`This could not be shown in ${name}, so it is shown in English.`, { id: 'ui.locale-failed' }), { name })}
    </p>`;
  }

  private renderRefusal(): TemplateResult | typeof nothing {
    if (!refusal()) return nothing;
    return this.editorMessage(
      msg('This advocacy widget cannot find its files.', { id: 'editor.files-unknown.title' }),
      msg('Load the script under its own name, advocacy-widgets.js, or give its folder in the data-base attribute of the script tag.', {
        id: 'editor.files-unknown.detail',
        desc: 'For the web editor of the page. Keep "advocacy-widgets.js" and "data-base" as they are: they are a file name and an HTML attribute.',
      }),
    );
  }

  override render(): unknown {
    const locale = getLocale();
    let content: unknown;
    try {
      content = this.renderContent();
    } catch (error) {
      this.warnOnce('render', `could not render (${String(error)}). Please report this.`);
      content = this.editorMessage(
        msg('This advocacy widget could not be shown.', { id: 'editor.render-failed.title' }),
        msg('Check the settings of this element on the page, or tell the owner of the page.', {
          id: 'editor.render-failed.detail',
        }),
      );
    }
    return html`<div class="root" lang=${locale} dir=${dirOf(locale)}>
      ${this.kiosk && kioskPack ? kioskPack.bar(this) : nothing}${this.languageSwitcher ? this.renderLanguageSwitcher() : nothing}${this.renderLocaleNotice()}${this.renderRefusal()}${content}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'advocacy-kiosk-reset': CustomEvent;
  }
}
