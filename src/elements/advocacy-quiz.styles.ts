import { css } from 'lit';

export const quizStyles = css`
  .loading {
    /* Keeps the space the first question takes, so the page does not jump when it arrives. */
    min-height: var(--advocacy-quiz-min-height, 24em);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0 var(--_space);
    margin-block-end: var(--_space);
  }
  .top {
    min-block-size: var(--_target);
  }
  /* The caption above the question, inside the legend so it is read with it (as GOV.UK does). */
  .progress {
    display: block;
    color: var(--_muted);
    margin-block-end: calc(var(--_space) * 0.25);
  }
  :host([easy-read]) legend {
    flex-wrap: wrap;
  }
  :host([easy-read]) legend .progress {
    flex-basis: 100%;
  }
  .back::before {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-end: 0.4em;
    border-block-start: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  [dir='rtl'] .back::before {
    transform: rotate(45deg);
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  legend > * {
    margin: 0;
  }
  :host([easy-read]) legend {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  :host([easy-read]) .outcome h2,
  :host([easy-read]) .outcome h3,
  :host([easy-read]) .outcome h4,
  :host([easy-read]) .outcome h5,
  :host([easy-read]) .outcome h6 {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .hint {
    color: var(--_muted);
    margin-block-end: var(--_space);
  }
  .form-group--error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: var(--_space);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .choice {
    display: grid;
    grid-template-columns: var(--_target) 1fr;
    align-items: start;
    column-gap: calc(var(--_space) * 0.5);
    position: relative;
  }
  .choice input {
    inline-size: var(--_target);
    block-size: var(--_target);
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .choice label {
    align-self: center;
    padding-block: 0.4em;
    cursor: pointer;
  }
  .choice .option-hint {
    grid-column: 2;
    color: var(--_muted);
    margin: 0;
  }
  .choice input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .or {
    margin: 0;
    padding-inline-start: calc(var(--_target) / 4);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }
  .summary {
    margin: 0 0 calc(var(--_space) * 1.5);
    border-block-start: 1px solid var(--_border);
  }
  .summary > div {
    display: grid;
    grid-template-columns: 1fr 1fr auto;
    gap: 0 var(--_space);
    padding-block: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  @media (max-width: 40em) {
    .summary > div {
      grid-template-columns: 1fr;
    }
  }
  .outcome {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  .outcome--legal-right {
    border-inline-start-color: var(
      --advocacy-quiz-right-color,
      var(--govuk-success-colour, var(--nhsuk-success-colour, #00703c))
    );
  }
  .strength {
    display: inline-block;
    padding: 0.1em 0.5em;
    margin-block-end: calc(var(--_space) * 0.5);
    border: 2px solid currentColor;
    font-weight: 700;
  }
  details.basis > summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  details.basis li {
    margin-block-end: 0.5em;
  }
  details.basis a {
    display: inline-block;
    min-height: 24px;
  }
  .notice {
    border-inline-start: 5px solid var(--_surface);
    padding-inline-start: var(--_space);
  }
  .providers advocacy-contact-card {
    margin-block-end: var(--_space);
  }
  @media (forced-colors: active) {
    .choice input {
      accent-color: auto;
    }
  }
  @media print {
    .actions,
    .top,
    .change {
      display: none !important;
    }
    details.basis > * {
      display: block;
    }
  }
`;
