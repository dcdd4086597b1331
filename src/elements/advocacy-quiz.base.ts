import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { arrived } from '../ui/first-view.js';
import type { AdvocacyKindId } from '../knowledge/ids.js';
import type { EligibilityModule, KnowledgeModule } from '../packs/load.js';
import type {
  Answers,
  Perspective,
  PerspectiveText,
  Preset,
  Question,
  QuestionId,
  Register,
} from '../eligibility/index.js';

export type Step = { view: 'question'; id: QuestionId } | { view: 'check' } | { view: 'result' };

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
 * The quiz's state and the steps between its views: what the person answered, where they are,
 * and moving on, back or to a Change. The views build on it: question, check answers, result.
 */
export class QuizBase extends AdvocacyElement {
  /** The questions and rules, loaded when the quiz first appears (a pack in the drop-in script). */
  @state()
  protected rules?: EligibilityModule = arrived.eligibility;

  /** The knowledge model, for the names, routes and sources in the result. */
  @state()
  protected knowledge?: KnowledgeModule = arrived.knowledge;

  @state()
  protected loadFailed = false;

  @state()
  protected answers: Answers = {};

  @state()
  protected step: Step | null = null;

  @state()
  protected showError = false;

  /** A JSON file of local providers (our format or Open Referral UK) to show in the result. */
  @property({ attribute: 'providers-src' })
  providersSrc?: string;

  /** Local providers given by script, in our format or Open Referral UK. */
  @property({ attribute: false })
  providers?: unknown;

  protected returnToCheck = false;
  protected moveFocus = false;

  protected get preset(): Preset {
    const nation = this.validNation;
    return nation ? { nation } : {};
  }

  protected get register(): Register {
    return this.easyRead ? 'easy-read' : 'standard';
  }

  protected get perspective(): Perspective {
    return this.rules!.perspectiveOf(this.answers);
  }

  protected text(wording: PerspectiveText): string {
    return this.rules!.read(wording, this.perspective, this.register);
  }

  protected firstStep(): Step {
    const first = this.rules!.nextQuestion({}, this.preset);
    return first ? { view: 'question', id: first.id } : { view: 'check' };
  }

  protected go(step: Step): void {
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

  protected onSubmit(event: SubmitEvent, question: Question): void {
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

  protected onBack(): void {
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

  protected onChange(id: QuestionId): void {
    this.returnToCheck = true;
    this.showError = false;
    this.go({ view: 'question', id });
  }

  /** "None of these" cannot be ticked with other options, as on GOV.UK. */
  protected onCheckbox(event: Event, question: Question): void {
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

  protected focusInput(event: Event, id: string): void {
    // The link names the field; following it must not change the page address.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  protected renderTop(showBack: boolean): TemplateResult {
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

  protected renderStartAgain(): TemplateResult {
    return html`<button type="button" class="link-button start-again" @click=${() => this.reset()}>
      ${this.ui('quiz.start-again', msg('Start again', { id: 'quiz.start-again' }))}
    </button>`;
  }
}
