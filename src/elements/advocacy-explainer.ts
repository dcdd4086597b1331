import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { arrived, nextTask } from '../ui/first-view.js';
import { heading, subLevel } from '../ui/heading.js';
import { baseStyles } from '../ui/tokens.js';
import { formatDate } from '../ui/format.js';
import { nationName } from '../ui/nation-names.js';
import { explainerStyles } from './advocacy-explainer.styles.js';
import { loadKnowledge, type KnowledgeModule } from '../packs/load.js';
import { pageFragment } from '../ui/fragment.js';
import { ADVOCACY_KIND_IDS, isAdvocacyKindId } from '../knowledge/ids.js';
import { NATIONS, type Nation } from '../knowledge/nations.js';
import type {
  AdvocacyKind,
  KindText,
  NationStatus,
  Source,
  Topic,
  TopicBlock,
  TopicText,
} from '../knowledge/types.js';

const FRAGMENT_PREFIX = '#advocacy-';
/** The topic the element opens with; the others follow the kinds. */
const INTRO_TOPIC = 'what-is-advocacy';

/** Splits an attribute like "imha imca" or "imha, imca" into words. */
function words(value: string | undefined | null): string[] {
  return (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * Explains independent advocacy: what an advocate is and does, every kind of advocacy with who
 * it is for and how to get one, nation by nation, each with its legal basis.
 *
 * Each kind is a disclosure: a heading holding a button with `aria-expanded`. A section opens
 * from the page address (`#advocacy-imha`) without the element changing the address itself, and
 * every section is open when the page is printed.
 *
 * @tagname advocacy-explainer
 * @summary Explains the kinds of independent advocacy in plain English, per UK nation.
 * @csspart base - The wrapper of everything.
 * @csspart heading - Each heading.
 * @csspart toggle - The button that opens or closes a kind of advocacy.
 * @csspart panel - The text of a kind of advocacy.
 * @csspart editor-message - A message for the page's editor when the settings are wrong.
 * @cssprop --advocacy-color-text - Text colour.
 * @cssprop --advocacy-color-link - Link and toggle colour.
 * @cssprop --advocacy-color-focus - Focus highlight colour.
 * @cssprop --advocacy-color-border - Lines between sections.
 * @cssprop --advocacy-font-family - Font (inherits the page's by default).
 */
@localized()
export class AdvocacyExplainer extends AdvocacyElement {
  static override styles = [baseStyles, explainerStyles];

  @state()
  private expanded = new Set<string>();

  /** The knowledge model, loaded when the explainer first appears (a pack in the drop-in script). */
  @state()
  private knowledge?: KnowledgeModule = arrived.knowledge;

  @state()
  private loadFailed = false;

  private readonly knowledgeLoad = loadKnowledge().then((knowledge) => (arrived.knowledge = knowledge));

  /** Settles when the text has loaded (or could not be). */
  readonly ready: Promise<void> = this.knowledgeLoad.then(
    async (knowledge) => {
      // The text is rendered in a task of its own, not in the one that brought the pack.
      if (!this.knowledge) await nextTask();
      this.knowledge = knowledge;
      await this.updateComplete;
      this.openFromFragment(false);
    },
    (error: unknown) => {
      this.loadFailed = true;
      this.warnOnce(
        'load',
        `could not load the text (${String(error)}). Check that advocacy-widgets.knowledge.js is next to advocacy-widgets.js.`,
      );
    },
  );

  /** Show only these kinds: ids separated by spaces, for example `imha imca`. Default: all. */
  @property()
  types?: string;

  /** Kinds (ids separated by spaces) open at the start. */
  @property({ attribute: 'open' })
  openKinds?: string;

  private printing = false;
  private expandedBeforePrint = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('openKinds')) {
      const open = words(this.openKinds).filter(isAdvocacyKindId);
      this.expanded = new Set([...this.expanded, ...open]);
    }
    if (changed.has('types')) this.checkTypes();
  }

  protected override showsContentAtOnce(): boolean {
    return this.knowledge !== undefined;
  }

  protected override firstView(): Promise<unknown> {
    return Promise.all([super.firstView(), this.knowledgeLoad.then((k) => (this.knowledge = k))]).catch(() => undefined);
  }

  /** Opens a kind of advocacy by id and brings it into view. Resolves false for an unknown id. */
  async show(id: string): Promise<boolean> {
    await this.ready;
    if (!this.visibleKinds().some((k) => k.id === id)) return false;
    this.expanded = new Set([...this.expanded, id]);
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`#toggle-${id}`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
    return true;
  }

  /** Closes every section: back to the start, for the next person at a kiosk. */
  override reset(): void {
    super.reset();
    this.expanded = new Set();
  }

  private onHashChange = (): void => this.openFromFragment(true);

  private onBeforePrint = (): void => {
    this.printing = true;
    this.expandedBeforePrint = new Set(this.expanded);
    this.expanded = new Set(this.visibleKinds().map((k) => k.id));
    // Render now: the page is laid out for printing as soon as this handler returns.
    this.performUpdate();
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = true;
  };

  private onAfterPrint = (): void => {
    if (!this.printing) return;
    this.printing = false;
    this.expanded = this.expandedBeforePrint;
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = false;
  };

  private openFromFragment(focus: boolean): void {
    const hash = pageFragment().toLowerCase();
    if (!hash.startsWith(FRAGMENT_PREFIX)) return;
    const id = hash.slice(FRAGMENT_PREFIX.length);
    if (focus) void this.show(id);
    else if (this.visibleKinds().some((k) => k.id === id)) {
      this.expanded = new Set([...this.expanded, id]);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#toggle-${id}`)?.scrollIntoView({ block: 'start' }),
      );
    }
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private checkTypes(): void {
    const asked = words(this.types);
    const unknown = asked.filter((id) => !isAdvocacyKindId(id));
    if (unknown.length > 0) {
      this.warnOnce(
        `types:${unknown.join(' ')}`,
        `types="${this.types ?? ''}" has ids we do not know: ${unknown.join(', ')}. Known ids: ${ADVOCACY_KIND_IDS.join(', ')}.`,
      );
    }
  }

  private visibleKinds(): AdvocacyKind[] {
    const asked = words(this.types);
    const kinds = this.knowledge?.KINDS ?? [];
    return asked.length === 0 ? [...kinds] : kinds.filter((k) => asked.includes(k.id));
  }

  private text(kind: AdvocacyKind): KindText {
    return (this.easyRead && kind.easyRead) || kind.standard;
  }

  private topicText(topic: Topic): TopicText {
    return (this.easyRead && topic.easyRead) || topic.standard;
  }

  /** With a nation set, a kind is grouped by what it is there; otherwise by what it is anywhere. */
  private isRight(kind: AdvocacyKind, nation: Nation | undefined): boolean {
    return nation
      ? kind.nations[nation].status !== 'not-a-legal-right'
      : kind.group === 'legal-right';
  }

  private statusLabel(status: NationStatus): string {
    switch (status) {
      case 'legal-right':
        return this.ui(
          'explainer.status.legal-right',
          msg('A legal right', { id: 'explainer.status.legal-right' }),
        );
      case 'partly':
        return this.ui(
          'explainer.status.partly',
          msg('A legal right in some situations', { id: 'explainer.status.partly' }),
        );
      case 'not-a-legal-right':
        return this.ui(
          'explainer.status.not-a-legal-right',
          msg('Not a legal right', { id: 'explainer.status.not-a-legal-right' }),
        );
    }
  }

  private renderBlocks(blocks: readonly TopicBlock[]): TemplateResult[] {
    return blocks.map((block) =>
      block.type === 'paragraph'
        ? html`${this.chunk(block.pictogram, html`<p>${block.text()}</p>`)}`
        : html`${this.chunk(
            block.pictogram,
            html`<p>${block.intro()}</p>
              <ul>
                ${block.items.map((item) => html`<li>${item()}</li>`)}
              </ul>`,
          )}`,
    );
  }

  private renderSources(sources: readonly Source[], checked: string): TemplateResult {
    const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
    return html`<details class="sources">
      <summary>
        ${this.ui('explainer.sources.summary', msg('Where does this come from?', { id: 'explainer.sources.summary' }))}
      </summary>
      <div>
        <ul>
          ${unique.map((s) => html`<li>${s.url ? this.link(s.url, s.title) : s.title}</li>`)}
        </ul>
        <p class="checked">
          ${this.ui('explainer.sources.checked', msg(str`Last checked: ${formatDate(checked)}`, { id: 'explainer.sources.checked' }), { checked: formatDate(checked) })}
        </p>
      </div>
    </details>`;
  }

  private renderNation(kind: AdvocacyKind, nation: Nation, withName: boolean): TemplateResult {
    const route = kind.nations[nation];
    return html`<li>
      ${withName ? html`<span class="nation-name">${nationName(nation)}:</span> ` : nothing}
      <span class="status">${this.statusLabel(route.status)}</span>
      ${(['localName', 'route', 'note'] as const).map((field) => {
        const text = (this.easyRead && route.easyRead?.[field]) || route[field];
        return text ? html`<p>${text()}</p>` : nothing;
      })}
    </li>`;
  }

  private renderKind(
    kind: AdvocacyKind,
    level: ReturnType<typeof subLevel>,
    nation: Nation | undefined,
  ): TemplateResult {
    const text = this.text(kind);
    const open = this.expanded.has(kind.id);
    const sub = subLevel(level);
    return html`<div class="kind" id="advocacy-${kind.id}" data-read>
      ${heading(
        level,
        html`<button
          type="button"
          class="toggle"
          part="toggle"
          id="toggle-${kind.id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel-${kind.id}"
          @click=${() => this.toggle(kind.id)}
        >
          <span class="chevron" aria-hidden="true"></span>
          ${this.pict(kind.pictogram)}
          <span class="toggle-text"
            >${text.name()}${
              kind.acronym
                ? html` <span class="acronym"><bdi>(${kind.acronym})</bdi></span>`
                : nothing
            }</span
          >
        </button>`,
        { className: 'heading' },
      )}
      <div class="panel" part="panel" id="panel-${kind.id}" ?hidden=${!open}>
        ${open ? this.renderPanel(kind, text, sub, nation) : nothing}
      </div>
    </div>`;
  }

  /** The text of an open section. Closed sections stay empty, which keeps the first render light. */
  private renderPanel(
    kind: AdvocacyKind,
    text: KindText,
    sub: ReturnType<typeof subLevel>,
    nation: Nation | undefined,
  ): TemplateResult {
    const nations = nation ? [nation] : NATIONS;
    const sources = [...kind.sources, ...nations.flatMap((n) => kind.nations[n].sources)];
    const chunk = (id: string, content: unknown) => this.chunk(this.uiPictogram(id), content);
    return html`${this.listen(kind.id)}
      <p>${text.summary()}</p>
      ${heading(sub, this.ui('explainer.kind.who-for', msg('Who it is for', { id: 'explainer.kind.who-for' })), { className: 'heading-small' })}
      ${chunk('explainer.kind.who-for', html`<p>${text.whoFor()}</p>`)}
      ${heading(
        sub,
        this.ui(
          'explainer.kind.helps-with',
          msg('What the advocate helps with', { id: 'explainer.kind.helps-with' }),
        ),
        {
          className: 'heading-small',
        },
      )}
      ${chunk(
        'explainer.kind.helps-with',
        html`<ul>
          ${text.helpsWith.map((item) => html`<li>${item()}</li>`)}
        </ul>`,
      )}
      ${heading(sub, this.ui('explainer.kind.how-to-get', msg('How to get one', { id: 'explainer.kind.how-to-get' })), { className: 'heading-small' })}
      ${chunk(
        'explainer.kind.how-to-get',
        html`<p>${text.howToGet()}</p>
          <p>${text.referral()}</p>`,
      )}
      ${heading(
        sub,
        nation
          ? this.ui(
              'explainer.kind.in-nation',
              msg(str`In ${nationName(nation)}`, { id: 'explainer.kind.in-nation' }),
              { nation: nationName(nation) },
            )
          : this.ui(
              'explainer.kind.by-nation',
              msg('In each UK nation', { id: 'explainer.kind.by-nation' }),
            ),
        { className: 'heading-small' },
      )}
      <ul class="nations">
        ${nations.map((n) => this.renderNation(kind, n, !nation))}
      </ul>
      ${this.renderSources(sources, kind.checked)}`;
  }

  private renderGroup(
    title: string,
    intro: string,
    kinds: AdvocacyKind[],
    nation: Nation | undefined,
  ): TemplateResult | typeof nothing {
    if (kinds.length === 0) return nothing;
    const level = this.level;
    return html`<section class="group">
      ${heading(level, title, { className: 'heading-large' })}
      <p>${intro}</p>
      <div class="kinds">${kinds.map((k) => this.renderKind(k, subLevel(level), nation))}</div>
    </section>`;
  }

  private renderTopic(
    topic: Topic,
    level: ReturnType<typeof subLevel>,
    className: string,
  ): TemplateResult {
    const text = this.topicText(topic);
    return html`<section class=${className} id="advocacy-topic-${topic.id}">
      ${heading(level, text.title(), { className: className === 'intro' ? 'heading-large' : 'heading-medium' })}
      ${this.renderBlocks(text.blocks)}
      ${topic.legalClaim ? this.renderSources(topic.sources, topic.checked) : nothing}
    </section>`;
  }

  protected override renderContent(): unknown {
    if (this.loadFailed) {
      return html`<p>
        ${this.ui('explainer.load-failed', msg('Sorry, this information could not be loaded. Please try again later.', { id: 'explainer.load-failed' }))}
      </p>`;
    }
    if (!this.knowledge) {
      return html`<div class="loading" aria-busy="true">
        <p>
          ${this.ui('explainer.loading', msg('Loading information about advocacy…', { id: 'explainer.loading' }))}
        </p>
      </div>`;
    }
    const { TOPICS } = this.knowledge;
    const nation = this.validNation;
    const kinds = this.visibleKinds();
    if (kinds.length === 0) {
      return this.editorMessage(
        msg('None of the kinds of advocacy asked for exist.', {
          id: 'explainer.editor.no-types.title',
        }),
        msg(
          str`Check the types attribute. Use ids such as ${ADVOCACY_KIND_IDS.slice(0, 3).join(', ')}.`,
          {
            id: 'explainer.editor.no-types.detail',
          },
        ),
      );
    }
    const intro = TOPICS.find((t) => t.id === INTRO_TOPIC);
    const others = TOPICS.filter((t) => t.id !== INTRO_TOPIC);
    const rights = kinds.filter((k) => this.isRight(k, nation));
    const other = kinds.filter((k) => !this.isRight(k, nation));
    return html`<div part="base">
      ${intro ? this.renderTopic(intro, this.level, 'intro') : nothing}
      ${this.renderGroup(
        this.ui(
          'explainer.group.legal-right.heading',
          msg('Advocacy that is a legal right', { id: 'explainer.group.legal-right.heading' }),
        ),
        nation
          ? this.ui(
              'explainer.group.legal-right.intro-nation',
              msg(
                str`In ${nationName(nation)}, the law gives some people a right to an advocate. It is free.`,
                {
                  id: 'explainer.group.legal-right.intro-nation',
                },
              ),
              { nation: nationName(nation) },
            )
          : this.ui(
              'explainer.group.legal-right.intro',
              msg(
                'The law gives some people a right to an advocate. It is free. The law is different in each UK nation.',
                {
                  id: 'explainer.group.legal-right.intro',
                },
              ),
            ),
        rights,
        nation,
      )}
      ${this.renderGroup(
        this.ui(
          'explainer.group.other.heading',
          msg('Other kinds of advocacy', { id: 'explainer.group.other.heading' }),
        ),
        this.ui(
          'explainer.group.other.intro',
          msg('These are not a legal right, so what you can get depends on where you live.', {
            id: 'explainer.group.other.intro',
          }),
        ),
        other,
        nation,
      )}
      ${others.map((t) => this.renderTopic(t, this.level, 'topic'))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-explainer': AdvocacyExplainer;
  }
}
