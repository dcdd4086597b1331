/** Small builders for the questions: `appliesWhen` comes from the `when` data. */
import { holds } from '../conditions.js';
import type { Question, QuestionOption } from '../types.js';

export function question(q: Omit<Question, 'appliesWhen'>): Question {
  return { ...q, appliesWhen: (answers) => holds(q.when, answers) };
}

export function option(
  id: string,
  label: Question['legend'],
  extra: Omit<QuestionOption, 'id' | 'label'> = {},
): QuestionOption {
  return { id, label, ...extra };
}
