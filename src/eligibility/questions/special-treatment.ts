/** The question about treatments with extra safeguards (Mental Health Act 1983 s57, s58A). */
import { msg } from '@lit/localize';
import { all, any, is } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import { UNDER_18 } from '../when.js';

export const specialTreatment = question({
  id: 'special-treatment',
  type: 'single',
  topic: 'Treatment with extra safeguards',
  when: any(
    all(is('nation', 'england'), is('mh-status', 'informal-inpatient', 'community')),
    all(is('nation', 'wales'), is('mh-status', 'community')),
  ),
  legend: {
    self: text(
      () =>
        msg('Is a doctor talking with you about a treatment on this list?', {
          id: 'quiz.q.special-treatment.legend.self',
        }),
      () =>
        msg('Is a doctor talking with you about 1 of these treatments?', {
          id: 'quiz.q.special-treatment.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg('Is a doctor talking with the person you support about a treatment on this list?', {
          id: 'quiz.q.special-treatment.legend.other',
        }),
      () =>
        msg('Is a doctor talking with the person about 1 of these treatments?', {
          id: 'quiz.q.special-treatment.legend.other.easy',
        }),
    ),
  },
  hint: same(
    text(
      () =>
        msg('These treatments are rare and have extra legal safeguards. Most people choose ‘No’.', {
          id: 'quiz.q.special-treatment.hint',
          desc: '‘No’ starts the label of the last answer.',
        }),
      () =>
        msg('These treatments are rare. Most people choose ‘No’.', {
          id: 'quiz.q.special-treatment.hint.easy',
        }),
    ),
  ),
  error: same(
    text(
      () => msg('Select a treatment, or ‘No’', { id: 'quiz.q.special-treatment.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.special-treatment.error.easy' }),
    ),
  ),
  options: [
    option(
      'ect',
      same(
        text(
          () => msg('Electroconvulsive therapy (ECT)', { id: 'quiz.q.special-treatment.opt.ect' }),
          () =>
            msg('A treatment using electricity on the brain (ECT)', {
              id: 'quiz.q.special-treatment.opt.ect.easy',
            }),
        ),
      ),
      { shownWhen: UNDER_18 },
    ),
    option(
      'neurosurgery',
      same(
        text(
          () =>
            msg('Surgery on the brain to treat a mental disorder (neurosurgery)', {
              id: 'quiz.q.special-treatment.opt.neurosurgery',
            }),
          () =>
            msg('An operation on the brain for mental health', {
              id: 'quiz.q.special-treatment.opt.neurosurgery.easy',
            }),
        ),
      ),
    ),
    option(
      'neither',
      same(
        text(
          () => msg('No', { id: 'quiz.q.special-treatment.opt.neither' }),
          () => msg('No', { id: 'quiz.q.special-treatment.opt.neither.easy' }),
        ),
      ),
    ),
  ],
});
