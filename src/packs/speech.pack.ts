/**
 * Reading aloud as a pack for the drop-in script: `advocacy-widgets.speech.js`, loaded the first
 * time someone presses "Listen".
 */
import * as speech from '../speech/index.js';
import { PACK_EVENT, type PackDetail } from './protocol.js';

document.currentScript?.dispatchEvent(
  new CustomEvent<PackDetail<typeof speech>>(PACK_EVENT, {
    detail: { name: 'speech', take: () => speech },
  }),
);
