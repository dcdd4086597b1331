/**
 * Kiosk mode as a pack for the drop-in script: `advocacy-widgets.kiosk.js`, loaded only when an
 * element has the `kiosk` attribute, or when someone prints a slip. It holds the shared idle
 * timer, "Finish and clear", the QR codes (with the `uqr` library) and the printed slip.
 */
import * as kiosk from '../kiosk/index.js';
import { bindLocalize } from './localize-shim.js';
import { announce } from './protocol.js';

announce<typeof kiosk>({
  name: 'kiosk',
  take(localize) {
    bindLocalize(localize);
    return kiosk;
  },
});
