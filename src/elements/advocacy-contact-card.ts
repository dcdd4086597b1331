import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { heading } from '../ui/heading.js';
import { RANGES, inRange } from '../ui/numbers.js';
import { baseStyles } from '../ui/tokens.js';
import { formatDate, formatLanguage, formatList, formatTime, formatWeekday } from '../ui/format.js';
import { contactCardStyles } from './advocacy-contact-card.styles.js';
import { kindName } from '../knowledge/names.js';
import { loadCardExtras } from '../packs/load.js';
import type { AdvocacyKindId } from '../knowledge/ids.js';
import {
  FIELDS,
  filterProviders,
  isOpenAt,
  nextChange,
  readAttributes,
  readProviders,
  summariseHours,
  type Problem,
  type Provider,
  type ReadResult,
  type WeeklyHours,
} from '../providers/index.js';

/** Attributes that describe one provider: our format's fields (but `id`), in kebab-case. */
const PROVIDER_ATTRIBUTES = FIELDS.filter((f) => f !== 'id').map((f) => f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

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
  private clock?: ReturnType<typeof setTimeout>;
  private childObserver?: MutationObserver;
  private warnedProblems = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver((records) => {
      const ours = records.every((r) =>
        [...r.addedNodes, ...r.removedNodes].every((n) => n instanceof Element && n.hasAttribute(JSON_LD_MARK)),
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
    const { value: timeout, warning } = inRange('timeout', this.timeout, RANGES.timeout);
    if (warning) this.warnOnce('timeout', warning);
    const timer = setTimeout(() => controller.abort(), timeout);
    this.loadState = 'loading';
    try {
      const url = new URL(src, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('src must be an http(s) address');
      const response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const result = readProviders(await response.text(), { baseUrl: url.href, orukServices: this.orukServices() });
      if (controller.signal.aborted) return;
      if (result.providers.length === 0) throw new Error(this.problemSummary(result.problems) || 'no providers in the file');
      this.loaded = result;
      this.loadState = 'loaded';
    } catch (error) {
      // Stopped because the element left the page: not a failure to report.
      if (this.abort !== controller || !this.isConnected) return;
      this.loaded = null;
      this.loadState = 'failed';
      const reason = controller.signal.aborted ? `no answer within ${timeout / 1000} seconds` : String(error);
      this.warnOnce(`src:${src}`, `could not load providers from src="${src}" (${reason}). Showing the fallback content instead.`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Where the providers come from, in order: `providers`, `src`, inline JSON, attributes. */
  private read(): ReadResult | null {
    if (this.providers !== undefined && this.providers !== null) {
      return readProviders(this.providers, { baseUrl: document.baseURI, orukServices: this.orukServices() });
    }
    if (this.src?.trim()) return this.loaded;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return readProviders(inline.textContent ?? '', { baseUrl: document.baseURI, orukServices: this.orukServices() });
    const attrs: Record<string, string | null> = {};
    let any = false;
    for (const name of PROVIDER_ATTRIBUTES) {
      attrs[name] = this.getAttribute(name);
      if (attrs[name] !== null) any = true;
    }
    return any ? readAttributes(attrs, { baseUrl: document.baseURI }) : null;
  }

  /** Open Referral UK records name no kinds of advocacy: `services` (or `service`) gives them. */
  private orukServices(): string[] {
    const listed = (this.services ?? '').split(/[\s,]+/).filter(Boolean);
    return listed.length > 0 ? listed : this.service ? [this.service.trim()] : [];
  }

  private problemSummary(problems: readonly Problem[]): string {
    return problems
      .map((p) => `${p.field || 'data'}${p.index !== undefined ? ` (provider ${p.index + 1})` : ''}: ${p.code}${p.value ? ` "${p.value}"` : ''}`)
      .join('; ');
  }

  private reportProblems(problems: readonly Problem[]): void {
    const unsafe = problems.filter((p) => p.code === 'unsafe-url');
    if (unsafe.length > 0) {
      this.warnOnce(
        `unsafe:${this.problemSummary(unsafe)}`,
        `left out ${unsafe.length === 1 ? 'a link' : 'links'} that could be unsafe (${this.problemSummary(unsafe)}). Websites and map links must start with https:// or http://; a referral link may also be a mailto: address.`,
      );
    }
    const rest = problems.filter((p) => p.code !== 'unsafe-url' && p.code !== 'no-name' && p.code !== 'no-contact');
    const key = this.problemSummary(rest);
    if (rest.length > 0 && !this.warnedProblems.has(key)) {
      this.warnedProblems.add(key);
      this.warnOnce(`problems:${key}`, `some provider details were left out: ${key}. See docs/providers.md.`);
    }
  }

  private placeJsonLd(): void {
    const providers = this.visibleProviders();
    if (this.noJsonLd || providers.length === 0) {
      this.removeJsonLd();
      return;
    }
    const names: Partial<Record<AdvocacyKindId, string>> = {};
    for (const p of providers) for (const id of p.services) names[id] = kindName(id);
    const place = (this.jsonLdPlaced = loadCardExtras().then(
      (extras) => {
        // A later update, or no-json-ld, may have come first.
        if (place !== this.jsonLdPlaced || this.noJsonLd || !this.isConnected) return;
        extras.placeJsonLd(this, JSON_LD_MARK, providers, names);
      },
    ).catch((error: unknown) =>
      this.warnOnce('json-ld', `could not add the search-engine description (${String(error)}). Add no-json-ld to turn it off.`),
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

  private scheduleClock(hours: WeeklyHours): void {
    clearTimeout(this.clock);
    if (isServer) return;
    const change = nextChange(hours, this.now);
    if (!change) return;
    const wait = Math.min(change.at.getTime() - Date.now() + 1000, 6 * 60 * 60 * 1000);
    if (wait > 0) this.clock = setTimeout(() => (this.now = new Date()), wait);
  }

  private renderHours(hours: WeeklyHours): TemplateResult {
    const groups = summariseHours(hours);
    const open = isOpenAt(hours, this.now);
    const change = nextChange(hours, this.now);
    this.scheduleClock(hours);
    let line: string;
    if (change) {
      const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(change.at);
      const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      const time = formatTime(`${get('hour')}:${get('minute')}`);
      const sameDay =
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short' }).format(change.at) ===
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short' }).format(this.now);
      const day = formatWeekday(get('weekday').toLowerCase());
      if (open) {
        line = sameDay
          ? this.ui('card.hours.open-closes', msg(str`Open now. Closes at ${time}.`, { id: 'card.hours.open-closes' }), { time })
          : this.ui('card.hours.open-closes-day', msg(str`Open now. Closes on ${day} at ${time}.`, { id: 'card.hours.open-closes-day' }), { day, time });
      } else {
        line = sameDay
          ? this.ui('card.hours.closed-opens', msg(str`Closed now. Opens at ${time}.`, { id: 'card.hours.closed-opens' }), { time })
          : this.ui('card.hours.closed-opens-day', msg(str`Closed now. Opens on ${day} at ${time}.`, { id: 'card.hours.closed-opens-day' }), { day, time });
      }
    } else {
      line = open
        ? this.ui('card.hours.open', msg('Open now.', { id: 'card.hours.open' }))
        : this.ui('card.hours.closed', msg('Closed now.', { id: 'card.hours.closed' }));
    }
    return html`<ul class="hours">
        ${groups.map((g) => {
          const first = formatWeekday(g.days[0]);
          const last = formatWeekday(g.days[g.days.length - 1]);
          const days =
            g.days.length === 1
              ? first
              : g.days.length === 2
                ? this.ui('card.hours.two-days', msg(str`${first} and ${last}`, { id: 'card.hours.two-days' }), { first, last })
                : this.ui('card.hours.day-range', msg(str`${first} to ${last}`, { id: 'card.hours.day-range' }), { first, last });
          const times =
            g.ranges.length === 0
              ? this.ui('card.hours.closed-day', msg('closed', { id: 'card.hours.closed-day' }))
              : formatList(
                  g.ranges.map(([o, c]) =>
                    o === c
                      ? this.ui('card.hours.all-day', msg('open 24 hours', { id: 'card.hours.all-day' }))
                      : this.ui('card.hours.range', msg(str`${formatTime(o)} to ${formatTime(c)}`, { id: 'card.hours.range' }), { open: formatTime(o), close: formatTime(c) }),
                  ),
                );
          return html`<li>${this.ui('card.hours.line', msg(str`${days}: ${times}`, { id: 'card.hours.line' }), { days, times })}</li>`;
        })}
      </ul>
      <p class="open-now">${this.openNowLine(line)}</p>
      <p class="muted">${this.ui('card.hours.uk-time', msg('Times are UK time.', { id: 'card.hours.uk-time' }))}</p>`;
  }

  /** "Open now" depends on the moment it is read: prerendered HTML keeps the line blank, and it is filled once hydrated. */
  private openNowLine(line: string): string {
    if (!isServer && !this.hydrating) return line;
    if (this.hydrating) void this.updateComplete.then(() => this.requestUpdate());
    return '\u00a0';
  }

  private renderReferrers(provider: Provider): TemplateResult | typeof nothing {
    const who = provider.whoCanRefer;
    const lines: string[] = [];
    if (who.self) lines.push(this.ui('card.refer.self', msg('You can refer yourself.', { id: 'card.refer.self' })));
    if (who.self === false) lines.push(this.ui('card.refer.not-self', msg('You cannot refer yourself. Ask a professional to refer you.', { id: 'card.refer.not-self' })));
    if (who.family) lines.push(this.ui('card.refer.family', msg('A family member or friend can refer you.', { id: 'card.refer.family' })));
    if (who.professional) lines.push(this.ui('card.refer.professional', msg('A professional, such as a social worker, nurse or doctor, can refer you.', { id: 'card.refer.professional' })));
    if (lines.length === 0) return nothing;
    return html`<dt>${this.pict(this.uiPictogram('card.refer.label'))}${this.ui('card.refer.label', msg('Who can refer', { id: 'card.refer.label' }))}</dt>
      <dd>${lines.map((l) => html`<span class="line">${l}</span>`)}</dd>`;
  }

  private renderProvider(provider: Provider): TemplateResult {
    const noContact = provider.problems.some((p) => p.code === 'no-contact');
    if (noContact) {
      this.warnOnce(`no-contact:${provider.id}`, `"${provider.name}" has no phone, textphone, text number, email, website or referral form, so nobody can contact it. Add at least one.`);
    }
    const kinds = provider.services.map((id) => kindName(id));
    return html`<section class="card" part="card" data-read aria-labelledby=${this.landmark ? `name-${provider.id}` : nothing}>
      ${heading(this.level, provider.name, { id: `name-${provider.id}`, className: 'heading-medium' })}
      ${this.listen(provider.id)}
      ${provider.organisation && provider.organisation !== provider.name
        ? html`<p class="muted">${this.ui('card.organisation', msg(str`Run by ${provider.organisation}`, { id: 'card.organisation' }), { organisation: provider.organisation ?? '' })}</p>`
        : nothing}
      ${provider.alert
        ? html`<p class="alert" part="alert"><strong>${this.ui('card.alert.label', msg('Notice:', { id: 'card.alert.label' }))}</strong> ${provider.alert}</p>`
        : nothing}
      ${noContact
        ? this.editorMessage(
            msg('This contact card has no way to get in touch.', { id: 'card.editor.no-contact.title' }),
            msg('Add a phone number, email address, website or referral form link.', { id: 'card.editor.no-contact.detail' }),
          )
        : nothing}
      ${kinds.length
        ? html`<div class="services">
            <p>${this.ui('card.services.label', msg('Advocacy offered:', { id: 'card.services.label' }))}</p>
            <ul>
              ${kinds.map((k) => html`<li>${k}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${provider.singlePointOfAccess
        ? html`<p>
            ${this.ui('card.single-point', msg('This is the single point of access: one place to ask for any kind of advocacy in this area.', {
              id: 'card.single-point',
            }))}
            ${provider.singlePointOfAccessNote ?? ''}
          </p>`
        : nothing}
      <dl class="details">
        ${provider.phone
          ? html`<dt>${this.pict(this.uiPictogram('card.phone.label'))}${this.ui('card.phone.label', msg('Phone', { id: 'card.phone.label' }))}</dt>
              <dd>${this.link(provider.phone.href, provider.phone.display, 'phone')}
                ${provider.referralHelpByPhone
                  ? html`<br />${this.ui('card.phone.referral-help', msg('Need help with the referral form? Call us.', { id: 'card.phone.referral-help' }))}`
                  : nothing}
              </dd>`
          : nothing}
        ${provider.sms
          ? html`<dt>${this.pict(this.uiPictogram('card.sms.label'))}${this.ui('card.sms.label', msg('Text message (SMS)', { id: 'card.sms.label' }))}</dt>
              <dd>${this.link(provider.sms.href.replace(/^tel:/, 'sms:'), provider.sms.display)}</dd>`
          : nothing}
        ${provider.textphone
          ? html`<dt>${this.pict(this.uiPictogram('card.textphone.label'))}${this.ui('card.textphone.label', msg('Textphone', { id: 'card.textphone.label' }))}</dt>
              <dd>${this.link(provider.textphone.href, provider.textphone.display)}</dd>`
          : nothing}
        ${provider.relayUk
          ? html`<dt>${this.pict(this.uiPictogram('card.relay.label'))}${this.ui('card.relay.label', msg('Relay UK', { id: 'card.relay.label' }))}</dt>
              <dd>${this.link(provider.relayUk.href, provider.relayUk.display)}</dd>`
          : nothing}
        ${provider.email
          ? html`<dt>${this.pict(this.uiPictogram('card.email.label'))}${this.ui('card.email.label', msg('Email', { id: 'card.email.label' }))}</dt>
              <dd>${this.link(`mailto:${provider.email}`, provider.email)}</dd>`
          : nothing}
        ${provider.website
          ? html`<dt>${this.pict(this.uiPictogram('card.website.label'))}${this.ui('card.website.label', msg('Website', { id: 'card.website.label' }))}</dt>
              <dd>${this.link(provider.website, new URL(provider.website).host.replace(/^www\./, ''))}</dd>`
          : nothing}
        ${provider.referralUrl
          ? html`<dt>${this.pict(this.uiPictogram('card.referral.label'))}${this.ui('card.referral.label', msg('Referral form', { id: 'card.referral.label' }))}</dt>
              <dd>${this.link(provider.referralUrl, this.ui('card.referral.link', msg('Fill in the referral form', { id: 'card.referral.link' })))}</dd>`
          : nothing}
        ${provider.address
          ? html`<dt>${this.pict(this.uiPictogram('card.address.label'))}${this.ui('card.address.label', msg('Address', { id: 'card.address.label' }))}</dt>
              <dd class="address">
                ${provider.address.lines.map((l) => html`<span>${l}</span>`)}
                ${provider.address.postcode ? html`<span>${provider.address.postcode}</span>` : nothing}
                ${provider.mapUrl
                  ? this.link(provider.mapUrl, this.ui('card.address.map', msg('See it on a map', { id: 'card.address.map' })))
                  : nothing}
              </dd>`
          : nothing}
        ${provider.hours
          ? html`<dt>${this.pict(this.uiPictogram('card.hours.label'))}${this.ui('card.hours.label', msg('Opening hours', { id: 'card.hours.label' }))}</dt>
              <dd>${this.renderHours(provider.hours)}</dd>`
          : nothing}
        ${this.renderReferrers(provider)}
        ${provider.languages.length
          ? html`<dt>${this.pict(this.uiPictogram('card.languages.label'))}${this.ui('card.languages.label', msg('Languages', { id: 'card.languages.label' }))}</dt>
              <dd>${formatList(provider.languages.map(formatLanguage))}</dd>`
          : nothing}
      </dl>
      ${provider.lastChecked
        ? html`<p class="muted">
            ${this.ui('card.last-checked', msg(str`These details were last checked on ${formatDate(provider.lastChecked)}.`, { id: 'card.last-checked' }), { lastChecked: formatDate(provider.lastChecked ?? '') })}
          </p>`
        : nothing}
      ${this.kiosk
        ? this.printButton()
        : html`<button type="button" class="button button--secondary save" part="button" @click=${() => void this.saveContact(provider)}>
            ${this.ui('card.save', msg(str`Save contact: ${provider.name}`, { id: 'card.save' }), { name: provider.name })}
          </button>`}
    </section>`;
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
      return this.renderFallback(this.ui('card.loading', msg('Loading contact details…', { id: 'card.loading' })));
    }
    if (this.loadState === 'failed') {
      return this.renderFallback(
        this.ui('card.failed', msg('Sorry, the contact details could not be shown. Please try again later, or ask your council about advocacy.', {
          id: 'card.failed',
        })),
      );
    }
    const result = this.read();
    if (!result || result.providers.length === 0) {
      const noName = !result || result.problems.some((p) => p.code === 'no-name');
      if (result) this.reportProblems(result.problems);
      this.warnOnce(
        'no-provider',
        noName
          ? 'add a name attribute with the provider\'s name, inline JSON or a src file. See docs/providers.md.'
          : `no provider could be read (${this.problemSummary(result?.problems ?? [])}). See docs/providers.md.`,
      );
      return html`${this.editorMessage(
          noName
            ? msg('This contact card has no name.', { id: 'card.editor.no-name.title' })
            : msg('This contact card has no provider details that could be read.', { id: 'card.editor.unreadable.title' }),
          msg('Add the provider\'s name and a way to contact them, as attributes, inline JSON or a src file. See the guide for editors.', {
            id: 'card.editor.no-name.detail',
          }),
        )}${this.renderFallback('')}`;
    }
    this.reportProblems(result.problems);
    const providers = filterProviders(result.providers, { service: this.service, area: this.area });
    if (providers.length === 0) {
      if (this.emptyMessage !== undefined) return this.emptyMessage ? html`<p>${this.emptyMessage}</p>` : nothing;
      return html`<p>
        ${this.ui('card.none-match', msg('We could not find a local service that matches. Ask your council which advocacy service covers your area.', {
          id: 'card.none-match',
        }))}
      </p>`;
    }
    if (providers.length === 1) return html`<div part="base">${this.renderProvider(providers[0])}</div>`;
    return html`<ul class="list" part="base">
      ${providers.map((p) => html`<li>${this.renderProvider(p)}</li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-contact-card': AdvocacyContactCard;
  }
}
