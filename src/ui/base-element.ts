import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { isNation, type Nation } from '../knowledge/nations.js';
import { toHeadingLevel, type HeadingLevel } from './heading.js';
import { baseStyles } from './tokens.js';

/** Marks our own classes, so a second copy of the script stays quiet about names we defined. */
export const WIDGETS_MARK = Symbol.for('advocacy-widgets');

/**
 * What every advocacy element shares: heading level, nation, easy read and kiosk flags, a
 * visible message for the page's editor instead of a blank box, and warnings sent once.
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

  private warned = new Set<string>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
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
    if (this.warned.has(code)) return;
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

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('nation') && this.nation && !this.validNation) {
      this.warnOnce(
        'nation',
        `nation="${this.nation}" is not a UK nation. Use england, wales, scotland or northern-ireland.`,
      );
    }
  }

  override render(): unknown {
    try {
      return this.renderContent();
    } catch (error) {
      this.warnOnce('render', `could not render (${String(error)}). Please report this.`);
      return this.editorMessage(
        msg('This advocacy widget could not be shown.', { id: 'editor.render-failed.title' }),
        msg('Check the settings of this element on the page, or tell the owner of the page.', {
          id: 'editor.render-failed.detail',
        }),
      );
    }
  }
}
