import { define } from './define.js';
import { AdvocacyQuiz } from './elements/advocacy-quiz.js';

export { AdvocacyQuiz };
define('advocacy-quiz', AdvocacyQuiz);
