import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { arrived } from '../ui/first-view.js';
import { heading, subLevel } from '../ui/heading.js';
import { formatDate } from '../ui/format.js';
import { nationName } from '../ui/nation-names.js';
import type { KnowledgeModule } from '../packs/load.js';
import { NATIONS, type Nation } from '../knowledge/nations.js';
import type {
  AdvocacyKind,
  KindText,
  Strength,
  Source,
  Topic,
  TopicBlock,
  TopicText,
} from '../knowledge/types.js';

/** Splits an attribute like "imha imca" or "imha, imca" into words. */
export function words(value: string | undefined | null): string[] {
  return (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * What the explainer shows: its kinds of advocacy, each a button and a panel, and its topics,
 * with their sources. <advocacy-explainer> adds loading, links to a section, and printing.
 */
export class ExplainerView extends AdvocacyElement {
  @state()
  protected expanded = new Set<string>();

  /** The knowledge model, loaded when the explainer first appears (a pack in the drop-in script). */
  @state()
  protected knowledge?: KnowledgeModule = arrived.knowledge;

  @state()
  protected loadFailed = false;

  /** Show only these kinds: ids separated by spaces, for example `imha imca`. Default: all. */
  @property()
  types?: string;

  /** Kinds (ids separated by spaces) open at the start. */
  @property({ attribute: 'open' })
  openKinds?: string;

  protected toggle(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  protected visibleKinds(): AdvocacyKind[] {
    const asked = words(this.types);
    const kinds = this.knowledge?.KINDS ?? [];
    return asked.length === 0 ? [...kinds] : kinds.filter((k) => asked.includes(k.id));
  }

  protected text(kind: AdvocacyKind): KindText {
    return (this.easyRead && kind.easyRead) || kind.standard;
  }

  protected topicText(topic: Topic): TopicText {
    return (this.easyRead && topic.easyRead) || topic.standard;
  }

  /** With a nation set, a kind is grouped by what it is there; otherwise by what it is anywhere. */
  protected isRight(kind: AdvocacyKind, nation: Nation | undefined): boolean {
    return nation
      ? kind.nations[nation].strength === 'legal-right'
      : kind.group === 'legal-right';
  }

  /** The strength label, from the rules the quiz uses too (knowledge/strength.ts). */
  protected strengthLabel(strength: Strength): string {
    switch (strength) {
      case 'legal-right':
        return this.ui(
          'explainer.status.legal-right',
          msg('A legal right', { id: 'explainer.status.legal-right' }),
        );
      case 'may-be-able':
        return this.ui(
          'explainer.status.may-be-able',
          msg('You may be able to get this', { id: 'explainer.status.may-be-able' }),
        );
      case 'ask-about':
        return this.ui(
          'explainer.status.ask-about',
          msg('Ask whether you can get this', { id: 'explainer.status.ask-about' }),
        );
      case 'no-right':
        return this.ui(
          'explainer.status.not-a-legal-right',
          msg('Not a legal right', { id: 'explainer.status.not-a-legal-right' }),
        );
    }
  }

  protected renderBlocks(blocks: readonly TopicBlock[]): TemplateResult[] {
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

  protected renderSources(sources: readonly Source[], checked: string): TemplateResult {
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

  protected renderNation(kind: AdvocacyKind, nation: Nation, withName: boolean): TemplateResult {
    const route = kind.nations[nation];
    return html`<li>
      ${withName ? html`<span class="nation-name">${nationName(nation)}:</span> ` : nothing}
      <span class="status" data-strength=${route.strength}>${this.strengthLabel(route.strength)}</span>
      ${(['localName', 'route', 'note'] as const).map((field) => {
        const text = (this.easyRead && route.easyRead?.[field]) || route[field];
        return text ? html`<p>${text()}</p>` : nothing;
      })}
    </li>`;
  }

  protected renderKind(
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
  protected renderPanel(
    kind: AdvocacyKind,
    text: KindText,
    sub: ReturnType<typeof subLevel>,
    nation: Nation | undefined,
  ): TemplateResult {
    const nations = nation ? [nation] : NATIONS;
    // The date shown is the oldest re-read among the sources listed (only this nation's, when set).
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
      ${this.renderSources(sources, sources.map((s) => s.checked).sort()[0] ?? kind.checked)}`;
  }

  protected renderGroup(
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

  protected renderTopic(
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
}
