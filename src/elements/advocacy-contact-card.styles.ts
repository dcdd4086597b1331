import { css } from 'lit';

export const contactCardStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list > li + li {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .card {
    border: 1px solid var(--_border);
    border-inline-start: 5px solid var(--advocacy-contact-card-accent, var(--_link));
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }
  .card > :last-child {
    margin-block-end: 0;
  }
  .alert {
    border: 3px solid var(--_text);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    background: var(--_surface);
  }
  .services {
    margin-block-end: var(--_space);
  }
  dl.details {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 var(--_space);
  }
  dl.details dt {
    font-weight: 700;
  }
  :host([easy-read]) dl.details dt {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  dl.details dd {
    margin: 0;
  }
  .phone {
    font-size: 1.25em;
    font-weight: 700;
  }
  :host([kiosk]) .phone {
    font-size: 1.75em;
  }
  .address > span,
  .line {
    display: block;
  }
  .hours {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
  }
  .open-now {
    font-weight: 700;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    display: inline-block;
    min-height: 24px;
  }
  @media (max-width: 30em) {
    dl.details {
      grid-template-columns: 1fr;
    }
    dl.details dd {
      margin-block-end: calc(var(--_space) * 0.5);
    }
  }
  @media print {
    .card {
      border: 1px solid #000;
      break-inside: avoid;
    }
    .save,
    .no-print {
      display: none !important;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
