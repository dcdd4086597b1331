/**
 * The knowledge model (every kind of advocacy, per nation, with sources) as a pack for the
 * drop-in script: `advocacy-widgets.knowledge.js`, loaded by the explainer and the quiz.
 */
import * as knowledge from '../knowledge/index.js';
import { bindLocalize } from './localize-shim.js';
import { announce } from './protocol.js';

announce<typeof knowledge>({
  name: 'knowledge',
  take(localize) {
    bindLocalize(localize);
    return knowledge;
  },
});
