/**
 * The quiz's questions and rules as a pack for the drop-in script: a file of its own,
 * `advocacy-widgets.eligibility.js`, loaded only on pages that have an <advocacy-quiz>.
 */
import * as eligibility from '../eligibility/index.js';
import { bindLocalize } from './localize-shim.js';
import { PACK_EVENT, type PackDetail } from './protocol.js';

document.currentScript?.dispatchEvent(
  new CustomEvent<PackDetail<typeof eligibility>>(PACK_EVENT, {
    detail: {
      name: 'eligibility',
      take(localize) {
        bindLocalize(localize);
        return eligibility;
      },
    },
  }),
);
