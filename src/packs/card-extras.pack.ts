/** The contact card's vCard and JSON-LD writers as a pack: `advocacy-widgets.card-extras.js`. */
import * as extras from '../providers/extras.js';
import { announce } from './protocol.js';

announce<typeof extras>({ name: 'card-extras', take: () => extras });
