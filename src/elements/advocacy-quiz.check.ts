import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from '../ui/heading.js';
import type { Question } from '../eligibility/index.js';
import { QuizQuestionView } from './advocacy-quiz.question.js';

/** The quiz's "Check your answers" view, with a Change button per question. */
export class QuizCheckView extends QuizQuestionView {
  protected answerText(question: Question): string {
    const context = this.rules!.withPreset(this.answers, this.preset);
    const chosen = this.rules!.selectedOptions(context, question.id);
    return question.options
      .filter((o) => chosen.includes(o.id))
      .map((o) => this.text(o.label))
      .join('\n');
  }

  protected renderCheck(): TemplateResult {
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
}
