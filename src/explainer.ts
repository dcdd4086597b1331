import { define } from './define.js';
import { AdvocacyExplainer } from './elements/advocacy-explainer.js';

export { AdvocacyExplainer };
define('advocacy-explainer', AdvocacyExplainer);
