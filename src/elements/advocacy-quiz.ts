import { html } from 'lit';
import { localized, msg } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { heading } from '../ui/heading.js';

/**
 * Asks a few plain questions, one at a time, and says which advocacy the person may be entitled to.
 *
 * @tagname advocacy-quiz
 * @summary "Which advocacy can I get?" in a few plain questions.
 * @csspart heading - Each heading.
 * @cssprop --advocacy-color-button - Background of the main buttons.
 */
@localized()
export class AdvocacyQuiz extends AdvocacyElement {
  protected override renderContent(): unknown {
    return html`<section part="base">
      ${heading(this.level, msg('Find out which advocacy you can get', { id: 'quiz.start.heading' }), {
        className: 'heading-large',
      })}
      <p>
        ${msg('Answer a few short questions. You can answer for yourself or for someone you support.', { id: 'quiz.start.intro' })}
      </p>
      <p>
        ${msg('Your answers stay on this page. Nothing is stored or sent.', { id: 'quiz.start.privacy' })}
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-quiz': AdvocacyQuiz;
  }
}
