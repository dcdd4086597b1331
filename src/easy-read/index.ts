/**
 * Easy read: pictograms, the elements' own words in easy read, and the pictures for the quiz's
 * questions and the elements' parts. The easy-read text of the knowledge is in
 * src/knowledge/easy/ (gathered in src/knowledge/easy-read.ts), attached to each kind and topic as
 * `easyRead`.
 */
export {
  PICTOGRAMS,
  PICTOGRAM_IDS,
  isPictogramId,
  pictogram,
  type Pictogram,
  type PictogramId,
} from './pictograms.js';
export {
  QUESTION_PICTOGRAMS,
  UI_EASY,
  UI_PICTOGRAMS,
  type UiEasyId,
  type UiEasyValues,
} from './ui.js';
export { EASY_KINDS, EASY_TOPICS } from '../knowledge/easy-read.js';
