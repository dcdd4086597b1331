/**
 * Easy read as a pack for the drop-in script: `advocacy-widgets.easy-read.js`, the pictograms and
 * the elements' easy-read words, loaded only when an element has the `easy-read` attribute.
 */
import * as easyRead from '../easy-read/pack.js';
import { bindLocalize } from './localize-shim.js';
import { PACK_EVENT, type PackDetail } from './protocol.js';

document.currentScript?.dispatchEvent(
  new CustomEvent<PackDetail<typeof easyRead>>(PACK_EVENT, {
    detail: {
      name: 'easy-read',
      take(localize) {
        bindLocalize(localize);
        return easyRead;
      },
    },
  }),
);
