/**
 * Walks an `<advocacy-quiz>` from its first question to its result the way a person does: ticks
 * an option, presses Continue, then "See the result". Works on a quiz in any window (a host page
 * in a frame included), because it only clicks.
 */
export type QuizLike = HTMLElement & { updateComplete: Promise<boolean>; ready?: Promise<void> };

export interface JourneyOptions {
  /** Which option to tick on each question: an index into the inputs, or a value (default: the first input). */
  choose?: (question: string, values: string[]) => number;
  /** Called before each step is answered, with the question id (or `check-answers`); return false to stop there. */
  before?: (step: string, number: number) => boolean | Promise<boolean>;
}

/** The step the quiz shows: a question id, `check-answers`, `result`, or `loading`. */
export function quizStep(quiz: QuizLike): string {
  const root = quiz.shadowRoot;
  if (!root) return 'loading';
  const input = root.querySelector('fieldset input');
  if (input) return input.getAttribute('name') ?? 'question';
  if (root.querySelector('dl.summary')) return 'check-answers';
  if (root.querySelector('.outcome')) return 'result';
  return 'loading';
}

/** Answers until the result shows; resolves with the steps passed through, in order. */
export async function walkQuiz(quiz: QuizLike, options: JourneyOptions = {}): Promise<string[]> {
  await quiz.ready;
  await quiz.updateComplete;
  const steps: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const step = quizStep(quiz);
    if (step === 'result' || step === 'loading') {
      steps.push(step);
      return steps;
    }
    if (options.before && !(await options.before(step, i + 1))) return steps;
    steps.push(step);
    const root = quiz.shadowRoot!;
    if (step === 'check-answers') {
      root.querySelector<HTMLElement>('.actions .button')!.click();
    } else {
      const inputs = [...root.querySelectorAll<HTMLInputElement>(`input[name="${step}"]`)];
      const index = options.choose
        ? options.choose(
            step,
            inputs.map((input) => input.value),
          )
        : 0;
      inputs[Math.max(0, Math.min(index, inputs.length - 1))].click();
      root.querySelector<HTMLElement>('button[type="submit"]')!.click();
    }
    await quiz.updateComplete;
  }
  throw new Error(`The quiz did not reach a result in 40 steps: ${steps.join(' → ')}`);
}
