import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { RANGES, inRange } from '../ui/numbers.js';
import { baseStyles } from '../ui/tokens.js';
import { contactCardStyles } from './advocacy-contact-card.styles.js';
import { renderProvider } from './contact-card/provider.js';
import type { CardView } from './contact-card/view.js';
import {
  fetchProviders,
  ProviderSource,
  limitMessage,
  problemSummary,
  reportProblems,
} from './contact-card/source.js';
import { kindName } from '../knowledge/names.js';
import { loadCardExtras } from '../packs/load.js';
import type { AdvocacyKindId } from '../knowledge/ids.js';
import { filterProviders, type Provider, type ReadResult } from '../providers/index.js';

const JSON_LD_MARK = 'data-advocacy-json-ld';

type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * Shows how to reach local advocacy providers: phone, text message, textphone and Relay UK,
 * email, website, address, opening hours with an "open now" line (UK time), the referral form,
 * who can refer, languages and the date the details were last checked.
 *
 * Configure one provider with attributes, or a list with an inline
 * `<script type="application/json">` child or a `src` JSON file, in our format or as Open
 * Referral UK service records. Anything else placed inside the element is shown when the data
 * cannot be loaded, and by browsers that cannot run the script.
 *
 * @tagname advocacy-contact-card
 * @summary A local advocacy provider's contact details.
 * @slot - Fallback content, shown while loading and when `src` fails: the provider's details as plain HTML.
 * @csspart base - The wrapper of everything.
 * @csspart card - One provider.
 * @csspart heading - The provider's name.
 * @csspart alert - A short notice the provider set.
 * @csspart button - The "Save contact" button.
 * @csspart editor-message - A message for the page's editor when the details are missing or wrong.
 * @cssprop --advocacy-contact-card-accent - The colour of the card's leading edge.
 * @cssprop --advocacy-color-border - Card border.
 */
@localized()
export class AdvocacyContactCard extends AdvocacyElement {
  static override styles = [baseStyles, contactCardStyles];

  @state()
  private loadState: LoadState = 'idle';

  @state()
  private loaded: ReadResult | null = null;

  @state()
  private now = new Date();

  /** The provider's name. */
  @property() name?: string;
  /** The organisation behind the service, when it differs from the name. */
  @property() organisation?: string;
  /** Phone number, written any UK way ("01332 641633", "+44 1332 641633"). */
  @property() phone?: string;
  /** Number for text messages (SMS). */
  @property() sms?: string;
  /** Textphone number. */
  @property() textphone?: string;
  /** Present (or a number) when the provider takes calls through Relay UK. */
  @property({ attribute: 'relay-uk' }) relayUk?: string;
  /** Present when the provider helps with the referral form by phone. */
  @property({ attribute: 'referral-help-by-phone' }) referralHelpByPhone?: string;
  /** Email address. */
  @property() email?: string;
  /** Website (http or https). */
  @property() website?: string;
  /** Link to the referral form. */
  @property({ attribute: 'referral-url' }) referralUrl?: string;
  /** Link to a map of the address. */
  @property({ attribute: 'map-url' }) mapUrl?: string;
  /** Address, lines separated by commas; the postcode last. */
  @property() address?: string;
  /** Opening hours, for example "Mon-Fri 9:00-17:00; Sat 10:00-13:00". */
  @property() hours?: string;
  /** Kinds of advocacy offered: ids separated by commas or spaces (`imha, imca, care-act`). */
  @property() services?: string;
  /** Areas served, separated by commas. */
  @property() areas?: string;
  /** Nations served, separated by commas. */
  @property() nations?: string;
  /** Who can refer: `self`, `family`, `professional`, separated by commas. */
  @property({ attribute: 'who-can-refer' }) whoCanRefer?: string;
  /** Languages spoken: language tags (`cy`, `pl`) or names, separated by commas. */
  @property() languages?: string;
  /** Present when the provider is the area's single point of access to advocacy. */
  @property({ attribute: 'single-point-of-access' }) singlePointOfAccess?: string;
  /** A note about the single point of access. */
  @property({ attribute: 'single-point-of-access-note' }) singlePointOfAccessNote?: string;
  /** A short notice, for example "Closed for training on Friday". */
  @property() alert?: string;
  /** The date the details were last checked, YYYY-MM-DD. */
  @property({ attribute: 'last-checked' }) lastChecked?: string;

  /** A JSON file of providers: our format or Open Referral UK. */
  @property() src?: string;
  /** Milliseconds to wait for `src` before showing the fallback (default 8000, 100 to 60000). */
  @property({ type: Number }) timeout = RANGES.timeout.fallback;
  /** Show only providers that offer this kind of advocacy (an id such as `imha`). */
  @property() service?: string;
  /** Show only providers that serve this area. */
  @property() area?: string;
  /** Present to leave out the schema.org JSON-LD that describes the service to search engines. */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;
  /** Providers given by script, in our format or Open Referral UK (used by `<advocacy-quiz>`). */
  @property({ attribute: false }) providers?: unknown;
  /** What to say when no provider matches `service` and `area`; empty to show nothing. */
  @property({ attribute: false }) emptyMessage?: string;
  /** Whether each provider is a region landmark named by its name; `<advocacy-quiz>` turns it off in its result, where one provider can appear under several kinds. */
  @property({ attribute: false }) landmark = true;

  private abort?: AbortController;
  /** The last `src` file was larger than the documented limit. */
  private tooLarge = false;
  private clock?: ReturnType<typeof setTimeout>;
  private clockAt?: number;
  private childObserver?: MutationObserver;
  private warnedProblems = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver((records) => {
      const ours = records.every((r) =>
        [...r.addedNodes, ...r.removedNodes].every(
          (n) => n instanceof Element && n.hasAttribute(JSON_LD_MARK),
        ),
      );
      if (!ours) this.requestUpdate();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // Taken out of the page (or moved) while `src` was loading: that load was stopped, so start again.
    if (this.loadState === 'loading' && this.abort?.signal.aborted) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.abort?.abort();
    clearTimeout(this.clock);
    this.clockAt = undefined;
    this.removeJsonLd();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) void this.load();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeJsonLd();
  }

  /** Loads `src` again. */
  async reload(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const src = this.src?.trim();
    if (!src) {
      this.loadState = 'idle';
      this.loaded = null;
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.tooLarge = false;
    const { value: timeout, warning } = inRange('timeout', this.timeout, RANGES.timeout);
    if (warning) this.warnOnce('timeout', warning);
    const timer = setTimeout(() => controller.abort(), timeout);
    this.loadState = 'loading';
    try {
      const { result, tooLarge } = await fetchProviders(
        src,
        controller.signal,
        this.orukServices(),
      );
      this.tooLarge = tooLarge;
      if (controller.signal.aborted) return;
      if (result.providers.length === 0)
        throw new Error(problemSummary(result.problems) || 'no providers in the file');
      this.loaded = result;
      this.loadState = 'loaded';
    } catch (error) {
      // Stopped because the element left the page: not a failure to report.
      if (this.abort !== controller || !this.isConnected) return;
      this.loaded = null;
      this.loadState = 'failed';
      const reason = controller.signal.aborted
        ? `no answer within ${timeout / 1000} seconds`
        : String(error);
      this.warnOnce(
        `src:${src}`,
        `could not load providers from src="${src}" (${reason}). Showing the fallback content instead.`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** Where the providers come from, in order: `providers`, `src`, inline JSON, attributes. */
  private read(): ReadResult | null {
    if (this.src?.trim() && (this.providers === undefined || this.providers === null))
      return this.loaded;
    return this.source.read(this, this.providers, this.orukServices());
  }

  private source = new ProviderSource();

  /** Open Referral UK records name no kinds of advocacy: `services` (or `service`) gives them. */
  private orukServices(): string[] {
    const listed = (this.services ?? '').split(/[\s,]+/).filter(Boolean);
    return listed.length > 0 ? listed : this.service ? [this.service.trim()] : [];
  }

  private placeJsonLd(): void {
    const providers = this.visibleProviders();
    if (this.noJsonLd || providers.length === 0) {
      this.removeJsonLd();
      return;
    }
    const names: Partial<Record<AdvocacyKindId, string>> = {};
    for (const p of providers) for (const id of p.services) names[id] = kindName(id);
    const place = (this.jsonLdPlaced = loadCardExtras()
      .then((extras) => {
        // A later update, or no-json-ld, may have come first.
        if (place !== this.jsonLdPlaced || this.noJsonLd || !this.isConnected) return;
        extras.placeJsonLd(this, JSON_LD_MARK, providers, names);
      })
      .catch((error: unknown) =>
        this.warnOnce(
          'json-ld',
          `could not add the search-engine description (${String(error)}). Add no-json-ld to turn it off.`,
        ),
      ));
  }

  /** Settles when the search-engine description has been placed (or left out). */
  jsonLdPlaced: Promise<void> = Promise.resolve();

  private removeJsonLd(): void {
    this.querySelector(`:scope > script[${JSON_LD_MARK}]`)?.remove();
  }

  private visibleProviders(): Provider[] {
    const result = this.read();
    if (!result) return [];
    return filterProviders(result.providers, { service: this.service, area: this.area });
  }

  private async saveContact(provider: Provider): Promise<void> {
    (await loadCardExtras()).saveContact(provider, this.renderRoot);
  }

  /** Sets the clock to update the card at the earliest change that any provider on it asked for. */
  private scheduleClock(at: Date): void {
    if (isServer) return;
    const wait = Math.min(at.getTime() - Date.now() + 1000, 6 * 60 * 60 * 1000);
    if (wait <= 0 || (this.clockAt !== undefined && this.clockAt <= at.getTime())) return;
    clearTimeout(this.clock);
    this.clockAt = at.getTime();
    this.clock = setTimeout(() => {
      this.clockAt = undefined;
      this.now = new Date();
    }, wait);
  }

  /** "Open now" depends on the moment it is read: prerendered HTML keeps the line blank, and it is filled once hydrated. */
  private openNowLine(line: string): string {
    if (!isServer && !this.hydrating) return line;
    if (this.hydrating) void this.updateComplete.then(() => this.requestUpdate());
    return '\u00a0';
  }

  /** The element as its parts (./contact-card/) see it. */
  private view(): CardView {
    return {
      level: this.level,
      landmark: this.landmark,
      kiosk: this.kiosk,
      now: this.now,
      ui: (id, standard, values) => this.ui(id, standard, values),
      pict: (id) => this.pict(id),
      uiPictogram: (id) => this.uiPictogram(id),
      link: (href, text, className) => this.link(href, text, className),
      listen: (key) => this.listen(key),
      printButton: () => this.printButton(),
      editorMessage: (title, detail) => this.editorMessage(title, detail),
      warnOnce: (code, message) => this.warnOnce(code, message),
      saveContact: (provider) => this.saveContact(provider),
      scheduleClock: (at) => this.scheduleClock(at),
      openNowLine: (line) => this.openNowLine(line),
    };
  }

  private renderFallback(message: string): TemplateResult {
    const hasFallback = [...this.childNodes].some(
      (n) =>
        (n instanceof Element && n.localName !== 'script') ||
        (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
    );
    if (hasFallback) return html`<slot></slot>`;
    return message ? html`<p>${message}</p>` : html``;
  }

  protected override renderContent(): unknown {
    if (this.loadState === 'loading') {
      return this.renderFallback(
        this.ui('card.loading', msg('Loading contact details…', { id: 'card.loading' })),
      );
    }
    if (this.loadState === 'failed') {
      const fallback = this.renderFallback(
        this.ui(
          'card.failed',
          msg(
            'Sorry, the contact details could not be shown. Please try again later, or ask your council about advocacy.',
            {
              id: 'card.failed',
            },
          ),
        ),
      );
      return this.tooLarge ? html`${limitMessage(this.view(), true)}${fallback}` : fallback;
    }
    const result = this.read();
    if (!result || result.providers.length === 0) {
      const noName = !result || result.problems.some((p) => p.code === 'no-name');
      if (result) reportProblems(this.view(), this.warnedProblems, result.problems);
      this.warnOnce(
        'no-provider',
        noName
          ? "add a name attribute with the provider's name, inline JSON or a src file. See docs/providers.md."
          : `no provider could be read (${problemSummary(result?.problems ?? [])}). See docs/providers.md.`,
      );
      if (result?.problems.some((p) => p.code === 'too-large'))
        return html`${limitMessage(this.view(), true)}${this.renderFallback('')}`;
      return html`${this.editorMessage(
        noName
          ? msg('This contact card has no name.', { id: 'card.editor.no-name.title' })
          : msg('This contact card has no provider details that could be read.', {
              id: 'card.editor.unreadable.title',
            }),
        msg(
          "Add the provider's name and a way to contact them, as attributes, inline JSON or a src file. See the guide for editors.",
          {
            id: 'card.editor.no-name.detail',
          },
        ),
      )}${this.renderFallback('')}`;
    }
    reportProblems(this.view(), this.warnedProblems, result.problems);
    const providers = filterProviders(result.providers, { service: this.service, area: this.area });
    if (providers.length === 0) {
      if (this.emptyMessage !== undefined)
        return this.emptyMessage ? html`<p>${this.emptyMessage}</p>` : nothing;
      return html`<p>
        ${this.ui(
          'card.none-match',
          msg(
            'We could not find a local service that matches. Ask your council which advocacy service covers your area.',
            {
              id: 'card.none-match',
            },
          ),
        )}
      </p>`;
    }
    const view = this.view();
    const limited = result.problems.some((p) => p.code === 'too-long' || p.code === 'too-many')
      ? limitMessage(this.view(), false)
      : nothing;
    if (providers.length === 1)
      return html`${limited}
        <div part="base">${renderProvider(view, providers[0])}</div>`;
    return html`${limited}
      <ul class="list" part="base">
        ${providers.map((p) => html`<li>${renderProvider(view, p)}</li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-contact-card': AdvocacyContactCard;
  }
}
