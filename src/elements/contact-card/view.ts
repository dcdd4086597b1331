import type { TemplateResult, nothing } from 'lit';
import type { HeadingLevel } from '../../ui/heading.js';
import type { PictogramId } from '../../knowledge/pictogram-ids.js';
import type { Provider } from '../../providers/index.js';

/** What the card's parts need from the element: its settings and its shared helpers. */
export interface CardView {
  readonly level: HeadingLevel;
  readonly landmark: boolean;
  readonly kiosk: boolean;
  readonly now: Date;
  ui(id: string, standard: string, values?: Record<string, unknown>): string;
  pict(id: PictogramId | undefined): TemplateResult | typeof nothing;
  uiPictogram(id: string): PictogramId | undefined;
  link(href: string, text: unknown, className?: string): unknown;
  listen(key: string): unknown;
  printButton(): TemplateResult;
  editorMessage(title: string, detail: string): TemplateResult;
  warnOnce(code: string, message: string): void;
  saveContact(provider: Provider): Promise<void>;
  /** Updates the card again at `at`, when a provider opens or closes. */
  scheduleClock(at: Date): void;
  /** The "open now" line as shown: blank while prerendered or hydrating. */
  openNowLine(line: string): string;
}
