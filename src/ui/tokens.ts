import { css } from 'lit';

/**
 * Design tokens and the styles every element shares. Defaults meet WCAG AAA contrast on white;
 * hosts override the `--advocacy-*` custom properties to match their site.
 */
export const baseStyles = css`
  :host {
    --_text: var(--advocacy-color-text, #0b0c0c);
    --_muted: var(--advocacy-color-text-secondary, #383f43);
    --_background: var(--advocacy-color-background, #ffffff);
    --_surface: var(--advocacy-color-surface, #f3f2f1);
    --_border: var(--advocacy-color-border, #505a5f);
    --_link: var(--advocacy-color-link, #144e81);
    --_link-visited: var(--advocacy-color-link-visited, #4c2c92);
    --_focus: var(--advocacy-color-focus, #ffdd00);
    --_focus-text: var(--advocacy-color-focus-text, #0b0c0c);
    --_button: var(--advocacy-color-button, #00703c);
    --_button-text: var(--advocacy-color-button-text, #ffffff);
    --_error: var(--advocacy-color-error, #b10e1e);
    --_space: var(--advocacy-space, 1rem);
    --_radius: var(--advocacy-radius, 0);
    --_target: var(--advocacy-target-size, 44px);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--advocacy-font-family, inherit);
    font-size: var(--advocacy-font-size, 1rem);
    font-weight: 400;
    font-style: normal;
    line-height: var(--advocacy-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([easy-read]) {
    --_target: var(--advocacy-target-size-easy-read, 48px);
    font-size: var(--advocacy-font-size-easy-read, 1.25rem);
    line-height: 1.6;
  }
  :host([kiosk]) {
    --_target: var(--advocacy-target-size-kiosk, 48px);
    font-size: var(--advocacy-font-size-kiosk, 1.375rem);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .heading-large {
    font-size: 1.5em;
  }
  .heading-medium {
    font-size: 1.25em;
  }
  .heading-small {
    font-size: 1.1em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 var(--_space);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible + label::before,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 0 var(--_focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus-visible {
    background-color: transparent;
    box-shadow: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5em 1em;
    margin: 0 0.75em var(--_space) 0;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    box-shadow: 0 2px 0 var(--advocacy-color-button-shadow, #002d18);
    background: var(--_button);
    color: var(--_button-text);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:focus-visible {
    box-shadow: 0 4px 0 0 var(--_focus-text);
    border-color: var(--_focus);
  }
  .button--secondary {
    --_button: var(--advocacy-color-button-secondary, #f3f2f1);
    --_button-text: var(--advocacy-color-button-secondary-text, #0b0c0c);
    box-shadow: 0 2px 0 var(--advocacy-color-button-secondary-shadow, #929191);
  }
  .link-button {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .languages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .languages button[aria-current='true'] {
    font-weight: 700;
    text-decoration: none;
  }
  .languages .draft {
    color: var(--_muted);
    font-size: 0.875em;
    margin-inline-start: 0.25em;
  }
  .locale-notice {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  .pictogram {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    overflow: visible;
  }
  [dir='rtl'] .pictogram--directional {
    transform: scaleX(-1);
  }
  .chunk {
    display: grid;
    grid-template-columns: 3rem 1fr;
    gap: calc(var(--_space) * 0.75);
    align-items: start;
    margin-block-end: var(--_space);
  }
  .chunk-text > :last-child {
    margin-block-end: 0;
  }
  :host([easy-read]) p,
  :host([easy-read]) li {
    max-width: 40em;
  }
  :host([easy-read]) strong {
    font-weight: 700;
  }
  .editor-message {
    border: 3px solid var(--_error);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    color: var(--_text);
    background: var(--_background);
  }
  .editor-message strong {
    color: var(--_error);
  }
  @media (forced-colors: active) {
    .pictogram {
      color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
