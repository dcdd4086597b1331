import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { heading } from '../ui/heading.js';
import type { Question } from '../eligibility/index.js';
import { QuizBase } from './advocacy-quiz.base.js';

/** The quiz's question view: one question, its hint, error and options, as GOV.UK asks them. */
export class QuizQuestionView extends QuizBase {
  protected renderQuestion(question: Question): TemplateResult {
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
}
