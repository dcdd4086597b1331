import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, subLevel } from '../ui/heading.js';
import type { AdvocacyKindId } from '../knowledge/ids.js';
import type { Outcome, Strength } from '../eligibility/index.js';
import '../contact-card.js';
import { QuizCheckView } from './advocacy-quiz.check.js';

/** The quiz's result view: each kind of advocacy, how strong the right is, why, and who to ask. */
export class QuizResultView extends QuizCheckView {
  protected strengthHeading(strength: Strength): string {
    const self = this.perspective === 'self';
    switch (strength) {
      case 'legal-right':
        return self
          ? this.ui(
              'quiz.result.strength.right.self',
              msg('You have a legal right to this', { id: 'quiz.result.strength.right.self' }),
            )
          : this.ui(
              'quiz.result.strength.right.other',
              msg('The person you support has a legal right to this', {
                id: 'quiz.result.strength.right.other',
              }),
            );
      case 'may-be-able':
        return self
          ? this.ui(
              'quiz.result.strength.may.self',
              msg('You may be able to get this', { id: 'quiz.result.strength.may.self' }),
            )
          : this.ui(
              'quiz.result.strength.may.other',
              msg('The person you support may be able to get this', {
                id: 'quiz.result.strength.may.other',
              }),
            );
      case 'ask-about':
        return self
          ? this.ui(
              'quiz.result.strength.ask.self',
              msg('Ask about this', { id: 'quiz.result.strength.ask.self' }),
            )
          : this.ui(
              'quiz.result.strength.ask.other',
              msg('Ask about this for the person you support', {
                id: 'quiz.result.strength.ask.other',
              }),
            );
    }
  }

  protected inlineProviders(): unknown {
    if (this.providers !== undefined && this.providers !== null) return this.providers;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return inline ? (inline.textContent ?? '') : undefined;
  }

  protected renderProviders(kind: AdvocacyKindId): TemplateResult | typeof nothing {
    const inline = this.inlineProviders();
    const src = this.providersSrc?.trim();
    if (inline === undefined && !src) return nothing;
    const level = subLevel(this.level, 2);
    return html`<div class="providers">
      ${
        inline !== undefined
          ? html`<advocacy-contact-card
              service=${kind}
              heading-level=${level}
              no-json-ld
              ?easy-read=${this.easyRead}
              ?kiosk=${this.kiosk}
              .providers=${inline}
              .emptyMessage=${''}
              .landmark=${false}
            ></advocacy-contact-card>`
          : html`<advocacy-contact-card
              service=${kind}
              heading-level=${level}
              no-json-ld
              ?easy-read=${this.easyRead}
              ?kiosk=${this.kiosk}
              src=${src!}
              .emptyMessage=${''}
              .landmark=${false}
            ></advocacy-contact-card>`
      }
    </div>`;
  }

  protected showInExplainer(kind: AdvocacyKindId): void {
    const explainer = document.querySelector('advocacy-explainer');
    void explainer?.show(kind);
  }

  protected renderOutcome(outcome: Outcome): TemplateResult {
    const kind = this.knowledge!.getKind(outcome.kind);
    const text = (this.easyRead && kind.easyRead) || kind.standard;
    const nation = this.rules!.withPreset(this.answers, this.preset).nation;
    const route = nation ? kind.nations[nation] : undefined;
    const level = subLevel(this.level);
    const sub = subLevel(this.level, 2);
    const explainer = document.querySelector('advocacy-explainer');
    return html`<section class="outcome outcome--${outcome.strength}" part="outcome">
      ${heading(level, html`${this.pict(kind.pictogram)}${text.name()}${kind.acronym ? ` (${kind.acronym})` : ''}`, { className: 'heading-medium' })}
      <p class="strength">${this.strengthHeading(outcome.strength)}</p>
      <p class="about">${text.summary()}</p>
      ${
        outcome.reasons.length
          ? html`${heading(sub, this.ui('quiz.result.why', msg('Why', { id: 'quiz.result.why' })), { className: 'heading-small why' })}
              <ul class="why">
                ${outcome.reasons.map((reason) => html`<li>${reason(this.register)}</li>`)}
              </ul>`
          : nothing
      }
      ${heading(sub, this.ui('quiz.result.next', msg('What to do next', { id: 'quiz.result.next' })), { className: 'heading-small' })}
      <p>${text.howToGet()}</p>
      ${(['localName', 'route'] as const).map((field) => {
        const text = route && ((this.easyRead && route.easyRead?.[field]) || route[field]);
        return text ? html`<p class="route">${text()}</p>` : nothing;
      })}
      ${
        explainer
          ? html`<p>
              <button
                type="button"
                class="link-button"
                @click=${() => this.showInExplainer(outcome.kind)}
              >
                ${this.ui('quiz.result.read-more', msg(str`Read more about ${text.name()}`, { id: 'quiz.result.read-more' }), { name: text.name() })}
              </button>
            </p>`
          : nothing
      }
      ${this.renderProviders(outcome.kind)}
      ${
        outcome.basis.length
          ? html`<details class="basis">
              <summary>
                ${this.ui('explainer.sources.summary', msg('Where does this come from?', { id: 'explainer.sources.summary' }))}
              </summary>
              <ul>
                ${outcome.basis.map((b) => html`<li>${b.url ? this.link(b.url, b.title) : b.title}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  protected renderResult(): TemplateResult {
    const outcomes = this.rules!.assess(this.answers, this.preset);
    const self = this.perspective === 'self';
    const right = this.rules!.hasLegalRight(outcomes);
    let lead: string;
    if (right) {
      lead = self
        ? this.ui(
            'quiz.result.lead.right.self',
            msg('You have a legal right to an advocate. It is free.', {
              id: 'quiz.result.lead.right.self',
            }),
          )
        : this.ui(
            'quiz.result.lead.right.other',
            msg('The person you support has a legal right to an advocate. It is free.', {
              id: 'quiz.result.lead.right.other',
            }),
          );
    } else {
      lead = self
        ? this.ui(
            'quiz.result.lead.none.self',
            msg(
              'From your answers, the law does not give you a right to an advocate. You can still get help to speak up.',
              {
                id: 'quiz.result.lead.none.self',
              },
            ),
          )
        : this.ui(
            'quiz.result.lead.none.other',
            msg(
              'From your answers, the law does not give the person you support a right to an advocate. They can still get help to speak up.',
              {
                id: 'quiz.result.lead.none.other',
              },
            ),
          );
    }
    return html`${this.renderTop(true)}
      <div class="result" data-read>
        ${heading(
          this.level,
          this.ui('quiz.result.heading', msg('Your result', { id: 'quiz.result.heading' })),
          {
            id: 'step-heading',
            className: 'heading-large',
            focusable: true,
          },
        )}
        ${this.listen('result')}
        <p>${lead}</p>
        ${outcomes.map((o) => this.renderOutcome(o))}
        <p class="notice">
          ${this.ui(
            'quiz.result.notice',
            msg(
              'This is not legal advice. If you are not sure, ask your council, the ward staff, your GP or the complaints team. Nothing you answered was stored or sent.',
              {
                id: 'quiz.result.notice',
              },
            ),
          )}
        </p>
        <div class="actions">${this.printButton()}${this.renderStartAgain()}</div>
      </div>`;
  }
}
