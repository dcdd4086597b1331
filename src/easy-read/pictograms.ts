/**
 * Pictograms for easy read: one simple picture beside each chunk of text. Drawn for this project
 * on a 48 × 48 grid with thick round strokes in `currentColor`, so they follow the text colour,
 * high contrast and forced colours. No text inside a picture: the words are beside it.
 *
 * Each drawing is a few paths; the outer `<svg>` (see {@link pictogram}) sets the stroke, so a
 * drawing only adds `fill="currentColor"` for a solid part. To add one, see docs/easy-read.md.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PictogramId } from '../knowledge/pictogram-ids.js';

export { PICTOGRAM_IDS, isPictogramId, type PictogramId } from '../knowledge/pictogram-ids.js';

export interface Pictogram {
  /** The drawing, inside a 0 0 48 48 viewBox. */
  readonly draw: SVGTemplateResult;
  /** What the picture shows, for screen readers when it is not decorative. */
  readonly label: () => string;
  /** Points one way (forward): mirrored in right-to-left text. */
  readonly directional?: boolean;
}

export const PICTOGRAMS: Readonly<Record<PictogramId, Pictogram>> = {
  advocate: {
    // Two people side by side: someone beside you.
    draw: svg`<circle cx="15" cy="14" r="5"/><path d="M5 40v-4a10 10 0 0 1 20 0v4"/><circle cx="33" cy="14" r="5" fill="currentColor"/><path d="M23 40v-4a10 10 0 0 1 20 0v4z" fill="currentColor"/>`,
    label: () =>
      msg('Advocate', { id: 'ui.pict.advocate', desc: 'Picture: two people side by side.' }),
  },
  person: {
    draw: svg`<circle cx="24" cy="13" r="7"/><path d="M10 42v-5a14 14 0 0 1 28 0v5z"/>`,
    label: () => msg('Person', { id: 'ui.pict.person', desc: 'Picture of one person.' }),
  },
  family: {
    // Two people with a heart between them.
    draw: svg`<circle cx="13" cy="18" r="5"/><path d="M4 42v-4a9 9 0 0 1 18 0v4"/><circle cx="35" cy="18" r="5"/><path d="M26 42v-4a9 9 0 0 1 18 0v4"/><path d="M24 14c-2-2-5-3-5-6a2.5 2.5 0 0 1 5-1 2.5 2.5 0 0 1 5 1c0 3-3 4-5 6z" fill="currentColor"/>`,
    label: () => msg('Family and friends', { id: 'ui.pict.family', desc: 'Picture.' }),
  },
  child: {
    // A child (solid) beside an adult.
    draw: svg`<circle cx="15" cy="12" r="6"/><path d="M4 43V31a11 11 0 0 1 22 0v12"/><circle cx="36" cy="25" r="5" fill="currentColor"/><path d="M29 43v-5a7 7 0 0 1 14 0v5z" fill="currentColor"/>`,
    label: () => msg('Child', { id: 'ui.pict.child', desc: 'Picture of a child with an adult.' }),
  },
  group: {
    draw: svg`<circle cx="11" cy="15" r="4"/><circle cx="37" cy="15" r="4"/><path d="M3 36v-3a8 8 0 0 1 12-7M45 36v-3a8 8 0 0 0-12-7"/><circle cx="24" cy="18" r="6" fill="currentColor"/><path d="M12 42v-3a12 12 0 0 1 24 0v3z" fill="currentColor"/>`,
    label: () => msg('Group', { id: 'ui.pict.group', desc: 'Picture of three people.' }),
  },
  'speak-up': {
    draw: svg`<path d="M6 8h36v24H22l-9 8v-8H6z"/><path d="M14 17h20M14 24h12"/>`,
    label: () => msg('Speak up', { id: 'ui.pict.speak-up', desc: 'Picture of a speech bubble.' }),
  },
  listen: {
    // An ear.
    draw: svg`<path d="M14 19a12 12 0 0 1 24 0c0 8-7 9-7 16a6 6 0 0 1-11 3"/><path d="M20 20a6 6 0 0 1 12 0c0 4-5 4-5 8"/>`,
    label: () => msg('Listen', { id: 'ui.pict.listen', desc: 'Picture of an ear.' }),
  },
  decide: {
    // A path that splits into two arrows: a choice.
    draw: svg`<path d="M24 44V27L11 12M24 27l13-15M10 20V11h9M38 20v-9h-9"/>`,
    label: () =>
      msg('Decide', { id: 'ui.pict.decide', desc: 'Picture of a path that splits in two.' }),
  },
  mind: {
    // A head with a heart inside: mental health.
    draw: svg`<path d="M16 44v-7c-5-3-8-8-8-14A16 16 0 0 1 24 7c8 0 14 5 15 12l4 7-4 2v5a3 3 0 0 1-3 3h-5v8"/><path d="M23 28c-3-2-6-4-6-7a3 3 0 0 1 6-1 3 3 0 0 1 6 1c0 3-3 5-6 7z" fill="currentColor"/>`,
    label: () =>
      msg('Mental health', { id: 'ui.pict.mind', desc: 'Picture of a head with a heart.' }),
  },
  rights: {
    // Scales of justice.
    draw: svg`<path d="M24 7v34M15 41h18M9 13h30M9 13 4 26h10zM39 13l-5 13h10z"/>`,
    label: () => msg('Your rights', { id: 'ui.pict.rights', desc: 'Picture of scales: the law.' }),
  },
  hospital: {
    draw: svg`<path d="M8 42V12h32v30M4 42h40M24 17v12M18 23h12M20 42v-7h8v7"/>`,
    label: () =>
      msg('Hospital', { id: 'ui.pict.hospital', desc: 'Picture of a building with a cross.' }),
  },
  health: {
    // A stethoscope.
    draw: svg`<path d="M12 6v12a8 8 0 0 0 16 0V6M20 26v6a8 8 0 0 0 16 0v-3"/><circle cx="36" cy="24" r="4"/>`,
    label: () =>
      msg('Doctor', {
        id: 'ui.pict.health',
        desc: 'Picture of a stethoscope: a doctor or health care.',
      }),
  },
  care: {
    // A heart above an open hand.
    draw: svg`<path d="M26 22c-4-3-8-5-8-9a4 4 0 0 1 8-2 4 4 0 0 1 8 2c0 4-4 6-8 9z" fill="currentColor"/><path d="M4 32h8l6 2h8a3 3 0 0 1 0 6H17M26 40l12-6a3 3 0 0 1 3 5l-13 7H4"/>`,
    label: () =>
      msg('Care and support', { id: 'ui.pict.care', desc: 'Picture of a heart and a hand.' }),
  },
  home: {
    draw: svg`<path d="M5 23 24 7l19 16M10 19v23h28V19M20 42V30h8v12"/>`,
    label: () => msg('Home', { id: 'ui.pict.home', desc: 'Picture of a house.' }),
  },
  council: {
    // A public building with columns.
    draw: svg`<path d="M5 16 24 6l19 10zM10 20v16M19 20v16M29 20v16M38 20v16M6 36h36M4 42h40"/>`,
    label: () => msg('Council', { id: 'ui.pict.council', desc: 'Picture of a public building.' }),
  },
  complaint: {
    // A speech bubble with an exclamation mark.
    draw: svg`<path d="M6 8h36v24H22l-9 8v-8H6z"/><path d="M24 13v9"/><circle cx="24" cy="27" r="1.5" fill="currentColor"/>`,
    label: () =>
      msg('Complaint', {
        id: 'ui.pict.complaint',
        desc: 'Picture of a speech bubble with an exclamation mark.',
      }),
  },
  phone: {
    draw: svg`<path d="M13 5l7 9-4 5c2 5 7 10 12 12l5-4 9 7-4 7C22 41 7 26 6 9z"/>`,
    label: () => msg('Phone', { id: 'ui.pict.phone', desc: 'Picture of a phone.' }),
  },
  'text-message': {
    // A mobile phone with lines of text.
    draw: svg`<rect x="13" y="4" width="22" height="40" rx="3"/><path d="M18 14h12M18 20h12M18 26h7M22 38h4"/>`,
    label: () =>
      msg('Text message', {
        id: 'ui.pict.text-message',
        desc: 'Picture of a mobile phone with a message.',
      }),
  },
  email: {
    draw: svg`<rect x="5" y="11" width="38" height="26" rx="2"/><path d="M6 13l18 14 18-14"/>`,
    label: () => msg('Email', { id: 'ui.pict.email', desc: 'Picture of an envelope.' }),
  },
  website: {
    // A globe.
    draw: svg`<circle cx="24" cy="24" r="18"/><path d="M6 24h36M24 6c-7 8-7 28 0 36M24 6c7 8 7 28 0 36"/>`,
    label: () =>
      msg('Website', { id: 'ui.pict.website', desc: 'Picture of a globe: the internet.' }),
  },
  address: {
    // A map pin.
    draw: svg`<path d="M24 44S38 31 38 19a14 14 0 0 0-28 0c0 12 14 25 14 25z"/><circle cx="24" cy="19" r="5"/>`,
    label: () => msg('Address', { id: 'ui.pict.address', desc: 'Picture of a map pin.' }),
  },
  clock: {
    draw: svg`<circle cx="24" cy="24" r="18"/><path d="M24 13v11l8 5"/>`,
    label: () => msg('Opening times', { id: 'ui.pict.clock', desc: 'Picture of a clock.' }),
  },
  calendar: {
    draw: svg`<rect x="6" y="9" width="36" height="33" rx="2"/><path d="M6 18h36M15 5v8M33 5v8"/><path d="M13 25h6v6h-6z" fill="currentColor"/>`,
    label: () => msg('Date', { id: 'ui.pict.calendar', desc: 'Picture of a calendar.' }),
  },
  form: {
    // A page with lines to fill in.
    draw: svg`<path d="M10 4h20l8 8v32H10z"/><path d="M30 4v8h8M16 22h16M16 29h16M16 36h9"/>`,
    label: () => msg('Form', { id: 'ui.pict.form', desc: 'Picture of a form.' }),
  },
  free: {
    // A coin, crossed out: no money.
    draw: svg`<circle cx="24" cy="24" r="14"/><circle cx="24" cy="24" r="8"/><path d="M8 8l32 32"/>`,
    label: () =>
      msg('Free', { id: 'ui.pict.free', desc: 'Picture of a coin crossed out: it costs nothing.' }),
  },
  money: {
    // A banknote and a coin.
    draw: svg`<rect x="4" y="10" width="32" height="20" rx="2"/><circle cx="20" cy="20" r="4"/><circle cx="35" cy="33" r="9" fill="currentColor"/>`,
    label: () => msg('Money', { id: 'ui.pict.money', desc: 'Picture of a banknote and a coin.' }),
  },
  private: {
    // A padlock.
    draw: svg`<rect x="10" y="21" width="28" height="22" rx="3"/><path d="M16 21v-6a8 8 0 0 1 16 0v6M24 29v6"/>`,
    label: () => msg('Private', { id: 'ui.pict.private', desc: 'Picture of a padlock.' }),
  },
  question: {
    draw: svg`<circle cx="24" cy="24" r="18"/><path d="M18 19a6 6 0 1 1 8 5.6c-1.4.6-2 1.6-2 3v1.4"/><circle cx="24" cy="34" r="1.5" fill="currentColor"/>`,
    label: () => msg('Question', { id: 'ui.pict.question', desc: 'Picture of a question mark.' }),
  },
  tick: {
    draw: svg`<path d="M8 25l10 10L40 13"/>`,
    label: () => msg('Yes', { id: 'ui.pict.tick', desc: 'Picture of a tick.' }),
  },
  warning: {
    draw: svg`<path d="M24 5 44 41H4z"/><path d="M24 18v11"/><circle cx="24" cy="35" r="1.5" fill="currentColor"/>`,
    label: () =>
      msg('Important', { id: 'ui.pict.warning', desc: 'Picture of a warning triangle.' }),
  },
  language: {
    // Two speech bubbles: two languages.
    draw: svg`<path d="M4 6h24v16H15l-6 6v-6H4zM20 26h24v16h-5v6l-6-6H20z"/>`,
    label: () =>
      msg('Language', { id: 'ui.pict.language', desc: 'Picture of two speech bubbles.' }),
  },
  'arrow-forward': {
    draw: svg`<path d="M6 24h34M28 12l12 12-12 12"/>`,
    label: () =>
      msg('Next', { id: 'ui.pict.arrow-forward', desc: 'Picture of an arrow pointing forward.' }),
    directional: true,
  },
};

/**
 * A pictogram as inline SVG, 48 px square. Meaningful by default: `role="img"` with its label.
 * Decorative (`decorative = true`) when the text beside it says the same: hidden from screen
 * readers. Directional pictures carry `pictogram--directional`, to mirror in right-to-left text
 * (see {@link pictogramStyles}).
 */
export function pictogram(id: PictogramId, decorative = false): TemplateResult {
  const p = PICTOGRAMS[id];
  return html`<svg
    class="pictogram${p.directional ? ' pictogram--directional' : ''}"
    viewBox="0 0 48 48"
    width="48"
    height="48"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="3"
    stroke-linecap="round"
    stroke-linejoin="round"
    role=${decorative ? nothing : 'img'}
    aria-label=${decorative ? nothing : p.label()}
    aria-hidden=${decorative ? 'true' : nothing}
  >
    ${p.draw}
  </svg>`;
}

// Their styles (size, mirroring right to left) are in src/ui/tokens.ts, with the core's styles.
