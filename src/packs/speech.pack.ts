/**
 * Reading aloud as a pack for the drop-in script: `advocacy-widgets.speech.js`, loaded the first
 * time someone presses "Listen".
 */
import * as speech from '../speech/index.js';
import { announce } from './protocol.js';

announce<typeof speech>({ name: 'speech', take: () => speech });
