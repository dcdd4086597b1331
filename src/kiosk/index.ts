/**
 * Kiosk mode, for shared touch screens in libraries and waiting rooms (see docs/kiosk.md), and
 * the printed slip. A pack: the elements load it when one of them has `kiosk`, or when someone
 * presses "Print this".
 *
 * - {@link attach}: the element joins the page's one idle timer (./idle.ts) and shows "Finish and
 *   clear"; the first kiosk element on the page also holds the "Are you still there?" dialog.
 * - {@link link}: in kiosk mode and on paper, a link is text: a web address also gets a QR code
 *   made on the device, with the address written beside it; a phone number or email address is
 *   only text. Nobody can leave the kiosk through a link.
 * - {@link printSlip}: prints the quiz's result or a provider alone.
 *
 * Inside the drop-in script's packs, 'lit' and '@lit/localize' are shims: only `html`,
 * `nothing`, `msg` and `str` are used here, and the styles are a constructable style sheet.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AdvocacyElement } from '../ui/base-element.js';
import {
  clearAll,
  join,
  leader,
  leave,
  secondsLeft,
  stillHere,
  warning,
  type ClearHook,
} from './idle.js';
import { HIDE, adopt, printSlip as print } from './print.js';
import { qrCode } from './qr.js';

export {
  clearAll,
  countdownSeconds,
  idleSeconds,
  leader,
  secondsLeft,
  stillHere,
  useClock,
  warning,
  type Clock,
} from './idle.js';
export { qrPath } from './qr.js';

const CSS = `
.kiosk-bar{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:0 var(--_space)}
.kiosk-bar .button{margin-inline-end:0}
a{display:inline-flex;align-items:center;min-block-size:var(--_target)}
summary{min-block-size:var(--_target)}
.link-button{min-inline-size:var(--_target)}
.qr-link{display:flex;flex-wrap:wrap;align-items:center;gap:calc(var(--_space)*.5) var(--_space);margin-block:calc(var(--_space)*.5)}
.qr{flex:none;inline-size:7.5em;block-size:7.5em;background:#fff;forced-color-adjust:none}
.qr-text{display:flex;flex-direction:column;min-inline-size:0}
.qr-text>*{display:block}
.address-text{font-weight:700;overflow-wrap:anywhere}
.scan{color:var(--_muted);font-size:.875em}
dialog.idle{box-sizing:border-box;max-inline-size:min(36em,calc(100vw - 2em));padding:calc(var(--_space)*1.5);border:5px solid var(--_text);border-radius:var(--_radius);color:var(--_text);background:var(--_background);font-size:1.125em}
dialog.idle::backdrop{background:rgb(11 12 12/.95)}
dialog.idle h2{font-size:1.5em}
.count{font-size:1.5em;font-weight:700}
dialog.idle .stay{display:flex;inline-size:100%;min-block-size:3em;font-size:1.25em;margin:0 0 var(--_space)}
dialog.idle .finish{inline-size:100%;margin:0}
@media print{
[${HIDE}],.kiosk-bar,.languages,dialog{display:none!important}
.qr{inline-size:2.5cm;block-size:2.5cm}
.qr-link,.card,.outcome,dd,li{break-inside:avoid}
:host([data-slip]){font-size:10pt;line-height:1.3}
:host([data-slip]) :is(p,ul,dl,h2,h3,h4,h5,h6){margin-block:0 .35em}
:host([data-slip]) .outcome{margin-block-end:.6em}
:host([data-slip]) .strength{margin-block-end:.25em}
:host([data-slip]) .card{padding:.5em .75em}
:host([data-slip]) dl.details{gap:.15em 1em}
:host([data-slip]) .qr-link{margin-block:.15em}
:host([data-slip]) .outcome>:is(h2,h3,h4,h5,h6)~:is(h2,h3,h4,h5,h6),:host([data-slip]) .services{display:none}
:host([data-slip]) .qr{inline-size:2.2cm;block-size:2.2cm}
:host([data-slip]) button:not(.toggle),:host([data-slip]) .basis,:host([data-slip]) .scan,:host([data-slip]) .about,:host([data-slip]) .why,:host([data-slip]) .route{display:none!important}
}`;

let sheet: CSSStyleSheet | undefined;

/** The kiosk's styles, added to each element's shadow root that needs them. */
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** An element inside another advocacy element (the quiz's contact cards): its host does the work. */
function nested(el: Element): boolean {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.startsWith('advocacy-');
}

const attached = new WeakSet<AdvocacyElement>();

/**
 * Takes an element into kiosk mode: its styles, and a place on the page's idle timer while it is
 * on the page and has `kiosk`. `forgetLanguage` forgets the language a person chose.
 */
export function attach(el: AdvocacyElement, forgetLanguage: ClearHook): void {
  adopt(el.renderRoot as ShadowRoot, styles());
  const sync = () =>
    el.isConnected && el.kiosk && !nested(el) ? join(el, forgetLanguage) : leave(el);
  if (!attached.has(el)) {
    attached.add(el);
    el.addController({ hostConnected: sync, hostDisconnected: sync, hostUpdated: sync });
  }
  sync();
}

/** The dialog, on the leader only: one per page, however many kiosk elements it has. */
function renderDialog(el: AdvocacyElement): TemplateResult {
  const seconds = secondsLeft();
  return html`<dialog
    class="idle"
    role="alertdialog"
    aria-labelledby="idle-title"
    aria-describedby="idle-text idle-count"
    @cancel=${(event: Event) => {
      // Escape means "I'm still here" too.
      event.preventDefault();
      stillHere();
    }}
  >
    <h2 id="idle-title">
      ${el.ui('ui.kiosk.idle.title', msg('Are you still there?', { id: 'ui.kiosk.idle.title' }))}
    </h2>
    <p id="idle-text">
      ${el.ui(
        'ui.kiosk.idle.text',
        msg('To keep your answers private, they will be cleared soon.', {
          id: 'ui.kiosk.idle.text',
          desc: 'In a dialog that asks "Are you still there?" on a shared screen in a library.',
        }),
      )}
    </p>
    <p id="idle-count" class="count">
      ${el.ui(
        'ui.kiosk.idle.seconds',
        msg(str`Seconds left: ${seconds}`, {
          id: 'ui.kiosk.idle.seconds',
          desc: 'A countdown that goes down by one every second. seconds: 20 or more, down to 1.',
        }),
        { number: seconds },
      )}
    </p>
    <button type="button" class="button stay" @click=${stillHere}>
      ${el.ui('ui.kiosk.idle.stay', msg("I'm still here", { id: 'ui.kiosk.idle.stay' }))}
    </button>
    ${renderFinish(el)}
  </dialog>`;
}

function renderFinish(el: AdvocacyElement): TemplateResult {
  return html`<button
    type="button"
    class="button button--secondary finish"
    @click=${() => void clearAll()}
  >
    ${el.ui(
      'ui.kiosk.finish',
      msg('Finish and clear', {
        id: 'ui.kiosk.finish',
        desc: 'A button on a shared screen: clears the answers so the next person cannot see them.',
      }),
    )}
  </button>`;
}

/** What a kiosk element shows above its content: "Finish and clear", and on the leader the dialog. */
export function bar(el: AdvocacyElement): TemplateResult | typeof nothing {
  if (nested(el)) return nothing;
  return html`<div class="kiosk-bar">${renderFinish(el)}</div>
    ${leader() === el && warning() ? renderDialog(el) : nothing}`;
}

/**
 * A link that cannot be followed: a web address as a QR code with the address written beside
 * it, anything else (phone, text message, email) as text in the same place.
 */
export function link(
  el: AdvocacyElement,
  href: string,
  text: unknown,
  className?: string,
): TemplateResult {
  if (!/^https?:/i.test(href)) return html`<span class=${className ?? nothing}>${text}</span>`;
  const address = href.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  // An address too long for a code is still written out in full.
  const code = qrCode(href);
  return html`<span class="qr-link">
    ${code ?? nothing}
    <span class="qr-text">
      <span class=${className ?? nothing}>${text}</span>
      <span class="address-text" dir="ltr">${address}</span>
      ${code ? html`<span class="scan">
        ${el.ui(
          'ui.kiosk.scan',
          msg("Scan the code with your phone's camera to open this on your phone.", {
            id: 'ui.kiosk.scan',
            desc: 'Beside a QR code on a shared screen or a printed slip.',
          }),
        )}
      </span>` : nothing}
    </span>
  </span>`;
}

/** Prints `target` (the quiz's result, or one provider) alone: see ./print.ts. */
export function printSlip(el: AdvocacyElement, target: Element | null): Promise<void> {
  return print(el, target, styles());
}
