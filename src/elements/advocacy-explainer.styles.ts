import { css } from 'lit';

export const explainerStyles = css`
  .loading {
    /* Keeps about the space the text takes with every section closed, so the page does not jump. */
    min-height: var(--advocacy-explainer-min-height, 40em);
  }
  .intro {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  .group {
    margin-block-end: calc(var(--_space) * 2);
  }
  .kinds {
    border-block-start: 1px solid var(--_border);
  }
  .kind {
    border-block-end: 1px solid var(--_border);
  }
  .kind > .heading {
    margin: 0;
    font-size: 1.125em;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: var(--_target);
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover .toggle-text {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 0 var(--_focus-text);
  }
  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 2px solid currentColor;
    border-radius: 50%;
    display: inline-grid;
    place-items: center;
  }
  .chevron::after {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    /* Physical sides: the arrow points down (closed) or up (open) in either direction of text. */
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
  }
  .toggle[aria-expanded='true'] .chevron::after {
    transform: translateY(0.1em) rotate(225deg);
  }
  .acronym {
    /* Spacing in CSS: the build trims spaces at the edges of templates. */
    margin-inline-start: 0.3em;
    font-weight: 400;
    color: var(--_muted);
  }
  .toggle:focus-visible .acronym {
    color: inherit;
  }
  .panel {
    padding: 0 0 var(--_space);
  }
  .status {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 2px solid currentColor;
    font-weight: 700;
  }
  .nations {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .nations > li {
    margin-block-end: calc(var(--_space) * 0.75);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_surface);
  }
  .nation-name {
    margin-inline-end: 0.3em;
    font-weight: 700;
  }
  details.sources {
    margin: 0 0 var(--_space);
  }
  details.sources > summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  details.sources > div {
    padding-inline-start: var(--_space);
    border-inline-start: 5px solid var(--_surface);
  }
  details.sources li {
    margin-block-end: 0.5em;
  }
  details.sources a {
    display: inline-block;
    min-height: 24px;
  }
  .checked {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media print {
    .panel[hidden] {
      display: block !important;
    }
    .chevron {
      display: none;
    }
    .toggle {
      color: inherit;
    }
    details.sources > div {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .toggle {
      color: LinkText;
    }
    .status {
      border-color: CanvasText;
    }
  }
`;
