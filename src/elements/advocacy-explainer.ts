import { html, css } from 'lit';
import { localized, msg } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { heading, subLevel } from '../ui/heading.js';
import { baseStyles } from '../ui/tokens.js';

/**
 * Explains independent advocacy: what an advocate is, the kinds of advocacy, and how to get one.
 *
 * @tagname advocacy-explainer
 * @summary Explains the kinds of independent advocacy in plain English.
 * @csspart heading - Each heading.
 * @csspart editor-message - A message for the page's editor when the settings are wrong.
 * @cssprop --advocacy-color-text - Text colour.
 * @cssprop --advocacy-color-link - Link colour.
 * @cssprop --advocacy-color-focus - Focus highlight colour.
 * @cssprop --advocacy-font-family - Font (inherits the page's by default).
 */
@localized()
export class AdvocacyExplainer extends AdvocacyElement {
  static override styles = [
    baseStyles,
    css`
      .intro {
        border-inline-start: 5px solid var(--_border);
        padding-inline-start: var(--_space);
      }
    `,
  ];

  protected override renderContent(): unknown {
    const level = this.level;
    return html`<section class="intro" part="base">
      ${heading(level, msg('What is an advocate?', { id: 'explainer.intro.heading' }), {
        className: 'heading-large',
      })}
      <p>
        ${msg('An advocate is someone on your side. They help you have your say when decisions are made about your life.', { id: 'explainer.intro.on-your-side' })}
      </p>
      <p>
        ${msg('Advocates are independent. They do not work for the council, the NHS or your care provider.', { id: 'explainer.intro.independent' })}
      </p>
      <p>
        ${msg('If the law gives you a right to an advocate, it is free and what you say is kept private.', { id: 'explainer.intro.free-confidential' })}
      </p>
      ${heading(subLevel(level), msg('What an advocate does', { id: 'explainer.does.heading' }), {
        className: 'heading-medium',
      })}
      <ul>
        <li>${msg('listens to what you want', { id: 'explainer.does.listen' })}</li>
        <li>${msg('helps you understand your rights and choices', { id: 'explainer.does.rights' })}</li>
        <li>${msg('helps you speak up, or speaks up with you', { id: 'explainer.does.speak' })}</li>
      </ul>
      <p>${msg('An advocate does not make decisions for you. You decide.', { id: 'explainer.does.you-decide' })}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-explainer': AdvocacyExplainer;
  }
}
