/**
 * Host pages built from GOV.UK Frontend's and NHS.UK frontend's template markup (header, width
 * container, main wrapper, grid, footer), with a sticky header as many council and NHS sites
 * have, holding all three elements. Neither uses the GOV.UK crown or the NHS logo: these stand
 * for a council or trust site built with the frameworks. demo/govuk.html and demo/nhs.html are
 * the same pages for people.
 */
import { html, type TemplateResult } from 'lit';

/** A provider with no opening hours, so nothing on the page depends on the time of day. */
const card = html`<advocacy-contact-card
  name="Example Advocacy Service"
  phone="0300 123 4567"
  email="help@example.org"
  website="https://example.org"
  no-json-ld
></advocacy-contact-card>`;

export const STICKY = `
  .govuk-header, .nhsuk-header { position: sticky; top: 0; z-index: 10; }
`;

export function govukPage(): TemplateResult {
  return html`<header class="govuk-header" data-module="govuk-header">
      <div class="govuk-header__container govuk-width-container">
        <div class="govuk-header__logo">
          <a href="#top" class="govuk-header__link govuk-header__link--homepage">Example Council</a>
        </div>
      </div>
    </header>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <h1 class="govuk-heading-l">Get help to speak up: independent advocacy</h1>
            <p class="govuk-body">An advocate is on your side. They help you say what you want.</p>
            <advocacy-explainer nation="england"></advocacy-explainer>
            <advocacy-quiz nation="england"></advocacy-quiz>
            ${card}
            <p class="govuk-body">The text after the widgets.</p>
          </div>
        </div>
      </main>
    </div>
    <footer class="govuk-footer">
      <div class="govuk-width-container"><p class="govuk-body-s">Example Council</p></div>
    </footer>`;
}

export function nhsPage(): TemplateResult {
  return html`<header class="nhsuk-header">
      <div class="nhsuk-header__container nhsuk-width-container">
        <div class="nhsuk-header__service">
          <a class="nhsuk-header__service-logo" href="#top">
            <span class="nhsuk-header__service-name">Example NHS Trust</span>
          </a>
        </div>
      </div>
    </header>
    <div class="nhsuk-width-container">
      <main class="nhsuk-main-wrapper" id="maincontent">
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Get help to speak up: independent advocacy</h1>
            <p>An advocate is on your side. They help you say what you want.</p>
            <advocacy-explainer nation="england"></advocacy-explainer>
            <advocacy-quiz nation="england"></advocacy-quiz>
            ${card}
            <p>The text after the widgets.</p>
          </div>
        </div>
      </main>
    </div>
    <footer class="nhsuk-footer">
      <div class="nhsuk-width-container"><p class="nhsuk-body-s">Example NHS Trust</p></div>
    </footer>`;
}
