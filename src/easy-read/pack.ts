/** What the easy-read pack carries: pictograms and the elements' easy-read words. */
export { PICTOGRAMS, pictogram } from './pictograms.js';
export { QUESTION_PICTOGRAMS, UI_EASY, UI_PICTOGRAMS } from './ui.js';
