import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { AdvocacyElement } from '../ui/base-element.js';
import { heading } from '../ui/heading.js';

/**
 * Shows how to reach a local advocacy provider.
 *
 * @tagname advocacy-contact-card
 * @summary A local advocacy provider's contact details.
 * @csspart heading - The provider's name.
 * @csspart editor-message - A message for the page's editor when the details are missing.
 */
@localized()
export class AdvocacyContactCard extends AdvocacyElement {
  /** The provider's name. */
  @property()
  name = '';

  /** The provider's phone number. */
  @property()
  phone = '';

  protected override renderContent(): unknown {
    const name = this.name.trim();
    if (!name) {
      this.warnOnce('no-name', 'add a name attribute with the provider\'s name.');
      return this.editorMessage(
        msg('This contact card has no name.', { id: 'card.editor.no-name.title' }),
        msg('Add the provider\'s name to the element, for example name="Local Advocacy Service".', {
          id: 'card.editor.no-name.detail',
        }),
      );
    }
    const phone = this.phone.trim();
    return html`<section part="base">
      ${heading(this.level, name, { className: 'heading-medium' })}
      ${phone
        ? html`<p>${msg('Phone:', { id: 'card.phone.label' })} <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a></p>`
        : null}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'advocacy-contact-card': AdvocacyContactCard;
  }
}
