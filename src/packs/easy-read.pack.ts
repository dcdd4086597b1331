/**
 * Easy read as a pack for the drop-in script: `advocacy-widgets.easy-read.js`, the pictograms and
 * the elements' easy-read words, loaded only when an element has the `easy-read` attribute.
 */
import * as easyRead from '../easy-read/pack.js';
import { bindLocalize } from './localize-shim.js';
import { announce } from './protocol.js';

announce<typeof easyRead>({
  name: 'easy-read',
  take(localize) {
    bindLocalize(localize);
    return easyRead;
  },
});
