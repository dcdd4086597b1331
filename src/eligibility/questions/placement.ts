/**
 * Who arranged the care, asked only when it can differ from where the person is now: a council
 * in one nation can arrange care in another (Care Act 2014 Schedule 1 and the matching provisions
 * of the other nations), and keeps its duties, advocacy in its assessments and reviews included.
 */
import { msg } from '@lit/localize';
import { all, is, not } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import { ADULT } from '../when.js';

function nationOption(
  id: 'england' | 'wales' | 'scotland' | 'northern-ireland',
  label: () => string,
): ReturnType<typeof option> {
  return option(id, same(text(label, label)), { shownWhen: not(is('nation', id)) });
}

export const placedBy = question({
  id: 'placed-by',
  type: 'single',
  topic: 'Who arranged the care',
  when: all(ADULT, is('situation', 'social-care')),
  legend: {
    self: text(
      () =>
        msg('Which council or health and social care trust arranged your care?', {
          id: 'quiz.q.placed-by.legend.self',
        }),
      () => msg('Who set up your care?', { id: 'quiz.q.placed-by.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg(
          'Which council or health and social care trust arranged the care of the person you support?',
          {
            id: 'quiz.q.placed-by.legend.other',
          },
        ),
      () => msg('Who set up the person’s care?', { id: 'quiz.q.placed-by.legend.other.easy' }),
    ),
  },
  hint: same(
    text(
      () =>
        msg(
          'A council in one part of the UK can arrange care in another. That council keeps its duties to you.',
          { id: 'quiz.q.placed-by.hint' },
        ),
      () =>
        msg('Sometimes a council in another part of the UK pays for care.', {
          id: 'quiz.q.placed-by.hint.easy',
        }),
    ),
  ),
  error: same(
    text(
      () => msg('Select who arranged the care', { id: 'quiz.q.placed-by.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.placed-by.error.easy' }),
    ),
  ),
  options: [
    option(
      'here',
      same(
        text(
          () =>
            msg('A council here, or no council', {
              id: 'quiz.q.placed-by.opt.here',
              desc: '"Here" is the part of the UK chosen earlier.',
            }),
          () => msg('A council here, or no council', { id: 'quiz.q.placed-by.opt.here.easy' }),
        ),
      ),
    ),
    nationOption('england', () =>
      msg('A council in England', { id: 'quiz.q.placed-by.opt.england' }),
    ),
    nationOption('wales', () => msg('A council in Wales', { id: 'quiz.q.placed-by.opt.wales' })),
    nationOption('scotland', () =>
      msg('A council in Scotland', { id: 'quiz.q.placed-by.opt.scotland' }),
    ),
    nationOption('northern-ireland', () =>
      msg('A trust in Northern Ireland', { id: 'quiz.q.placed-by.opt.northern-ireland' }),
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.placed-by.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.placed-by.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});
