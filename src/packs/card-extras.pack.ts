/** The contact card's vCard and JSON-LD writers as a pack: `advocacy-widgets.card-extras.js`. */
import * as extras from '../providers/extras.js';
import { PACK_EVENT, type PackDetail } from './protocol.js';

document.currentScript?.dispatchEvent(
  new CustomEvent<PackDetail<typeof extras>>(PACK_EVENT, {
    detail: { name: 'card-extras', take: () => extras },
  }),
);
