import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { heading, subLevel } from '../ui/heading.js';
import { baseStyles } from '../ui/tokens.js';
import { quizStyles } from './advocacy-quiz.styles.js';
import type { AdvocacyKindId } from '../knowledge/ids.js';
import {
  loadEligibility,
  loadKnowledge,
  type EligibilityModule,
  type KnowledgeModule,
} from '../packs/load.js';
import type {
  Answers,
  Outcome,
  Perspective,
  PerspectiveText,
  Preset,
  Question,
  QuestionId,
  Register,
  Strength,
} from '../eligibility/index.js';
import '../contact-card.js';

type Step = { view: 'question'; id: QuestionId } | { view: 'check' } | { view: 'result' };

/** Detail of `advocacy-quiz-step`: where the person is now. Ids only, never answers. */
export interface QuizStepDetail {
  /** A question id, `check-answers` or `result`. */
  step: string;
  /** 1 for the first question. */
  number: number;
}

/** Detail of `advocacy-quiz-complete`: the kinds of advocacy in the result. Ids only. */
export interface QuizCompleteDetail {
  kinds: AdvocacyKindId[];
}

/**
 * "Which advocacy can I get?": a few plain questions, one at a time, then the advocacy the
 * person may be entitled to, why, the law behind it and who to contact.
 *
 * It follows the GOV.UK question pages: a fieldset and legend per question, hints, "Continue",
 * "Back", an error summary when nothing is chosen, "Check your answers" with "Change", and
 * "Start again". Answers stay in memory on this page: nothing is stored or sent, and the
 * browser's history and the page address are left alone.
 *
 * @tagname advocacy-quiz
 * @summary "Which advocacy can I get?" in a few plain questions, for each UK nation.
 * @fires advocacy-quiz-step - When a new step is shown after the person's action. `detail`: `{ step, number }`, ids only.
 * @fires advocacy-quiz-complete - When the result is shown. `detail`: `{ kinds }`, the ids of the kinds of advocacy in it.
 * @slot - Not used; an inline `<script type="application/json">` child gives local providers for the result.
 * @csspart base - The wrapper of everything.
 * @csspart heading - Each heading.
 * @csspart button - The main buttons.
 * @csspart outcome - One kind of advocacy in the result.
 * @cssprop --advocacy-color-button - Background of the main buttons.
 * @cssprop --advocacy-color-error - Colour of error messages.
 * @cssprop --advocacy-quiz-right-color - The edge of an outcome that is a legal right.
 */
@localized()
export class AdvocacyQuiz extends AdvocacyElement {
  static override styles = [baseStyles, quizStyles];

  /** The questions and rules, loaded when the quiz first appears (a pack in the drop-in script). */
  @state()
  private rules?: EligibilityModule;

  /** The knowledge model, for the names, routes and sources in the result. */
  @state()
  private knowledge?: KnowledgeModule;

  @state()
  private loadFailed = false;

  @state()
  private answers: Answers = {};

  @state()
  private step: Step | null = null;

  @state()
  private showError = false;

  /** A JSON file of local providers (our format or Open Referral UK) to show in the result. */
  @property({ attribute: 'providers-src' })
  providersSrc?: string;

  /** Local providers given by script, in our format or Open Referral UK. */
  @property({ attribute: false })
  providers?: unknown;

  private returnToCheck = false;
  private moveFocus = false;

  /** Settles when the questions and rules have loaded (or could not be). */
  readonly ready: Promise<void> = Promise.all([loadEligibility(), loadKnowledge()]).then(
    ([rules, knowledge]) => {
      this.knowledge = knowledge;
      this.rules = rules;
    },
    (error: unknown) => {
      this.loadFailed = true;
      this.warnOnce(
        'load',
        `could not load the quiz's questions (${String(error)}). Check that advocacy-widgets.eligibility.js and advocacy-widgets.knowledge.js are next to advocacy-widgets.js.`,
      );
    },
  );

  /** Clears every answer and goes back to the first question. */
  override reset(): void {
    super.reset();
    this.answers = {};
    this.showError = false;
    this.returnToCheck = false;
    if (this.rules) this.go(this.firstStep());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.rules) return;
    if (changed.has('nation')) this.answers = this.rules.pruneAnswers(this.answers, this.preset);
    if (!this.step) this.step = this.firstStep();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.moveFocus) return;
    this.moveFocus = false;
    const target = this.showError
      ? this.renderRoot.querySelector<HTMLElement>('.error-summary')
      : this.renderRoot.querySelector<HTMLElement>('#step-heading');
    target?.focus();
  }

  private get preset(): Preset {
    const nation = this.validNation;
    return nation ? { nation } : {};
  }

  private get register(): Register {
    return this.easyRead ? 'easy-read' : 'standard';
  }

  private get perspective(): Perspective {
    return this.rules!.perspectiveOf(this.answers);
  }

  private text(wording: PerspectiveText): string {
    return this.rules!.read(wording, this.perspective, this.register);
  }

  private firstStep(): Step {
    const first = this.rules!.nextQuestion({}, this.preset);
    return first ? { view: 'question', id: first.id } : { view: 'check' };
  }

  private go(step: Step): void {
    this.step = step;
    this.moveFocus = true;
    const path = this.rules!.questionsToAsk(this.answers, this.preset);
    const name =
      step.view === 'question' ? step.id : step.view === 'check' ? 'check-answers' : 'result';
    const number =
      step.view === 'question' ? path.findIndex((q) => q.id === step.id) + 1 : path.length + 1;
    this.dispatchEvent(
      new CustomEvent<QuizStepDetail>('advocacy-quiz-step', {
        detail: { step: name, number },
        bubbles: true,
        composed: true,
      }),
    );
    if (step.view === 'result') {
      const kinds = this.rules!.assess(this.answers, this.preset).map((o) => o.kind);
      this.dispatchEvent(
        new CustomEvent<QuizCompleteDetail>('advocacy-quiz-complete', {
          detail: { kinds },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private onSubmit(event: SubmitEvent, question: Question): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = new FormData(form).getAll(question.id).map(String);
    const value = question.type === 'single' ? values[0] : values;
    const next =
      value === undefined || value.length === 0
        ? this.answers
        : this.rules!.answer(this.answers, question.id, value, this.preset);
    if (
      !(
        this.rules!.selectedOptions(this.rules!.withPreset(next, this.preset), question.id).length >
        0
      )
    ) {
      this.showError = true;
      this.moveFocus = true;
      this.requestUpdate();
      return;
    }
    this.showError = false;
    this.answers = next;
    const following = this.rules!.nextQuestion(next, this.preset);
    if (following && !(this.returnToCheck && this.rules!.isComplete(next, this.preset))) {
      this.go({ view: 'question', id: following.id });
    } else {
      this.returnToCheck = false;
      this.go({ view: 'check' });
    }
  }

  private onBack(): void {
    this.showError = false;
    const step = this.step;
    if (!step) return;
    if (step.view === 'result') {
      this.go({ view: 'check' });
      return;
    }
    const previous = this.rules!.previousQuestion(
      this.answers,
      step.view === 'question' ? step.id : undefined,
      this.preset,
    );
    if (previous) this.go({ view: 'question', id: previous.id });
  }

  private onChange(id: QuestionId): void {
    this.returnToCheck = true;
    this.showError = false;
    this.go({ view: 'question', id });
  }

  /** "None of these" cannot be ticked with other options, as on GOV.UK. */
  private onCheckbox(event: Event, question: Question): void {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
    const form = input.form;
    if (!form) return;
    for (const other of form.querySelectorAll<HTMLInputElement>(`input[name="${question.id}"]`)) {
      if (other === input) continue;
      if (exclusive.has(input.value) || exclusive.has(other.value)) other.checked = false;
    }
  }

  private focusInput(event: Event, id: string): void {
    // The link names the field; following it must not change the page address.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private renderTop(showBack: boolean): TemplateResult {
    return html`<div class="top">
      ${
        showBack
          ? html`<button type="button" class="link-button back" @click=${() => this.onBack()}>
              ${this.ui('quiz.back', msg('Back', { id: 'quiz.back' }))}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderStartAgain(): TemplateResult {
    return html`<button type="button" class="link-button start-again" @click=${() => this.reset()}>
      ${this.ui('quiz.start-again', msg('Start again', { id: 'quiz.start-again' }))}
    </button>`;
  }

  private renderQuestion(question: Question): TemplateResult {
    const context = this.rules!.withPreset(this.answers, this.preset);
    const path = this.rules!.questionsToAsk(this.answers, this.preset);
    const number = path.findIndex((q) => q.id === question.id) + 1;
    const options = this.rules!.shownOptions(question, context);
    const selected = this.rules!.selectedOptions(context, question.id);
    const error = this.text(question.error);
    const firstInput = `q-${question.id}-${options[0]?.id ?? ''}`;
    const hintId = `hint-${question.id}`;
    const errorId = `error-${question.id}`;
    const describedBy = [question.hint ? hintId : '', this.showError ? errorId : '']
      .filter(Boolean)
      .join(' ');
    const type = question.type === 'single' ? 'radio' : 'checkbox';
    // The total is known only once every question that applies has an answer (Back, Change).
    const total = this.rules!.isComplete(this.answers, this.preset) ? path.length : undefined;
    const progress =
      total === undefined
        ? this.ui('quiz.progress', msg(str`Question ${number}`, { id: 'quiz.progress' }), {
            number,
          })
        : this.ui(
            'quiz.progress.of',
            msg(str`Question ${number} of ${total}`, {
              id: 'quiz.progress.of',
              desc: 'Above the question, read with it. The total is known only when going back.',
            }),
            { number, total },
          );
    return html`${this.renderTop(number > 1)}
      ${
        this.showError
          ? html`<div
              class="error-summary"
              role="alert"
              tabindex="-1"
              aria-labelledby="error-summary-title"
            >
              ${heading(
                this.level,
                this.ui('quiz.error.title', msg('There is a problem', { id: 'quiz.error.title' })),
                { id: 'error-summary-title', className: 'heading-medium' },
              )}
              <ul>
                <li>
                  <a href="#${firstInput}" @click=${(e: Event) => this.focusInput(e, firstInput)}
                    >${error}</a
                  >
                </li>
              </ul>
            </div>`
          : nothing
      }
      <form novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, question)}>
        <div class="form-group ${this.showError ? 'form-group--error' : ''}">
          <fieldset data-read aria-describedby=${describedBy || nothing}>
            <legend>
              <span class="progress">${progress}</span>
              ${this.pict(this.easy?.QUESTION_PICTOGRAMS[question.id])}
              ${heading(this.level, this.text(question.legend), {
                id: 'step-heading',
                className: 'heading-large',
                focusable: true,
              })}
            </legend>
            ${question.hint ? html`<p class="hint" id=${hintId}>${this.text(question.hint)}</p>` : nothing}
            ${this.listen(question.id)}
            ${
              this.showError
                ? html`<p class="error-message" id=${errorId}>
                    <span class="visually-hidden"
                      >${this.ui('quiz.error.prefix', msg('Error:', { id: 'quiz.error.prefix' }))}</span
                    >
                    ${error}
                  </p>`
                : nothing
            }
            <div class="choices">
              ${options.map((option, i) => {
                const id = `q-${question.id}-${option.id}`;
                const optionHint = option.hint ? `${id}-hint` : undefined;
                const divider =
                  option.exclusive && i > 0
                    ? html`<p class="or">
                        ${msg('or', { id: 'quiz.or', desc: 'Between the options and "None of these".' })}
                      </p>`
                    : nothing;
                return html`${divider}
                  <div class="choice">
                    <input
                      type=${type}
                      id=${id}
                      name=${question.id}
                      .value=${option.id}
                      ?checked=${selected.includes(option.id) /* in the markup too, for tools that read it */}
                      .checked=${live(selected.includes(option.id))}
                      aria-describedby=${optionHint ?? nothing}
                      @change=${type === 'checkbox' ? (e: Event) => this.onCheckbox(e, question) : nothing}
                    />
                    <label for=${id}>${this.text(option.label)}</label>
                    ${option.hint ? html`<p class="option-hint" id=${optionHint!}>${this.text(option.hint)}</p>` : nothing}
                  </div>`;
              })}
            </div>
          </fieldset>
        </div>
        <div class="actions">
          <button type="submit" class="button" part="button">
            ${this.ui('quiz.continue', msg('Continue', { id: 'quiz.continue' }))}
          </button>
          ${this.renderStartAgain()}
        </div>
      </form>`;
  }

  private answerText(question: Question): string {
    const context = this.rules!.withPreset(this.answers, this.preset);
    const chosen = this.rules!.selectedOptions(context, question.id);
    return question.options
      .filter((o) => chosen.includes(o.id))
      .map((o) => this.text(o.label))
      .join('\n');
  }

  private renderCheck(): TemplateResult {
    const path = this.rules!.questionsToAsk(this.answers, this.preset);
    return html`${this.renderTop(true)}
      ${heading(
        this.level,
        this.ui('quiz.check.heading', msg('Check your answers', { id: 'quiz.check.heading' })),
        {
          id: 'step-heading',
          className: 'heading-large',
          focusable: true,
        },
      )}
      <dl class="summary">
        ${path.map((question) => {
          const legend = this.text(question.legend);
          return html`<div>
            <dt>${legend}</dt>
            <dd class="answer">
              ${this.answerText(question)
                .split('\n')
                .map((line) => html`<span class="line">${line}</span><br />`)}
            </dd>
            <dd class="change">
              <button type="button" class="link-button" @click=${() => this.onChange(question.id)}>
                ${this.ui('quiz.check.change', msg('Change', { id: 'quiz.check.change' }))}
                <!-- The space before the question is its own text, so every engine reads one. -->
                <span class="visually-hidden">${legend}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <div class="actions">
        <button
          type="button"
          class="button"
          part="button"
          @click=${() => this.go({ view: 'result' })}
        >
          ${this.ui('quiz.check.submit', msg('See the result', { id: 'quiz.check.submit' }))}
        </button>
        ${this.renderStartAgain()}
      </div>`;
  }

  private strengthHeading(strength: Strength): string {
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

  private inlineProviders(): unknown {
    if (this.providers !== undefined && this.providers !== null) return this.providers;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return inline ? (inline.textContent ?? '') : undefined;
  }

  private renderProviders(kind: AdvocacyKindId): TemplateResult | typeof nothing {
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

  private showInExplainer(kind: AdvocacyKindId): void {
    const explainer = document.querySelector('advocacy-explainer');
    void explainer?.show(kind);
  }

  private renderOutcome(outcome: Outcome): TemplateResult {
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

  private renderResult(): TemplateResult {
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

  protected override renderContent(): unknown {
    if (this.loadFailed) {
      return html`<div part="base">
        <p>
          ${this.ui(
            'quiz.load-failed',
            msg(
              'Sorry, the questions could not be loaded. Please try again later, or ask your council about advocacy.',
              {
                id: 'quiz.load-failed',
              },
            ),
          )}
        </p>
      </div>`;
    }
    if (!this.rules) {
      return html`<div part="base" class="loading" aria-busy="true">
        <p>${this.ui('quiz.loading', msg('Loading the questions…', { id: 'quiz.loading' }))}</p>
      </div>`;
    }
    const step = this.step ?? this.firstStep();
    let body: TemplateResult;
    if (step.view === 'question') body = this.renderQuestion(this.rules.getQuestion(step.id));
    else if (step.view === 'check') body = this.renderCheck();
    else body = this.renderResult();
    // A fresh DOM for each step, so nothing ticked on one question is carried to the next.
    const key = step.view === 'question' ? step.id : step.view;
    return html`<div part="base">${keyed(key, body)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-quiz': AdvocacyQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'advocacy-quiz-step': CustomEvent<QuizStepDetail>;
    'advocacy-quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}
