/**
 * The drop-in entry: defines every element. Safe to load twice, and on a page that already
 * defined one of the names.
 */
export { AdvocacyExplainer } from './explainer.js';
export { AdvocacyQuiz } from './quiz.js';
export { AdvocacyContactCard } from './contact-card.js';
