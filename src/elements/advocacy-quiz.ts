import { html, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg } from '@lit/localize';
import { baseStyles } from '../ui/tokens.js';
import { quizStyles } from './advocacy-quiz.styles.js';
import { loadEligibility, loadKnowledge } from '../packs/load.js';
import { arrived, nextTask } from '../ui/first-view.js';
import type { QuizCompleteDetail, QuizStepDetail } from './advocacy-quiz.base.js';
import { QuizResultView } from './advocacy-quiz.result.js';

export type { QuizCompleteDetail, QuizStepDetail } from './advocacy-quiz.base.js';

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
export class AdvocacyQuiz extends QuizResultView {
  static override styles = [baseStyles, quizStyles];

  /** Settles when the questions and rules have loaded (or could not be). */
  readonly ready: Promise<void> = Promise.all([loadEligibility(), loadKnowledge()]).then(
    async ([rules, knowledge]) => {
      arrived.eligibility = rules;
      arrived.knowledge = knowledge;
      // The first question is rendered in a task of its own, not in the one that brought the pack.
      if (!this.rules) await nextTask();
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

  protected override showsContentAtOnce(): boolean {
    return this.rules !== undefined;
  }

  protected override firstView(): Promise<unknown> {
    return Promise.all([super.firstView(), this.ready]);
  }

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
