import { html, nothing, type PropertyValues } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../ui/tokens.js';
import { nationName } from '../ui/nation-names.js';
import { explainerStyles } from './advocacy-explainer.styles.js';
import { loadKnowledge } from '../packs/load.js';
import { arrived, nextTask } from '../ui/first-view.js';
import { pageFragment } from '../ui/fragment.js';
import { ADVOCACY_KIND_IDS, isAdvocacyKindId } from '../knowledge/ids.js';
import { ExplainerView, words } from './advocacy-explainer.view.js';

const FRAGMENT_PREFIX = '#advocacy-';
/** The topic the element opens with; the others follow the kinds. */
const INTRO_TOPIC = 'what-is-advocacy';

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
export class AdvocacyExplainer extends ExplainerView {
  static override styles = [baseStyles, explainerStyles];

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

  protected override showsContentAtOnce(): boolean {
    return this.knowledge !== undefined;
  }

  protected override firstView(): Promise<unknown> {
    return Promise.all([super.firstView(), this.knowledgeLoad.then((k) => (this.knowledge = k))]).catch(() => undefined);
  }

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
