import { define } from './define.js';
import { AdvocacyContactCard } from './elements/advocacy-contact-card.js';

export { AdvocacyContactCard };
define('advocacy-contact-card', AdvocacyContactCard);
