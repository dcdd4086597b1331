/**
 * The quiz's questions and rules as a pack for the drop-in script: a file of its own,
 * `advocacy-widgets.eligibility.js`, loaded only on pages that have an <advocacy-quiz>.
 */
import * as eligibility from '../eligibility/index.js';
import { bindLocalize } from './localize-shim.js';
import { announce } from './protocol.js';

announce<typeof eligibility>({
  name: 'eligibility',
  take(localize) {
    bindLocalize(localize);
    return eligibility;
  },
});
