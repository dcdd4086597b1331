/**
 * The words for care arranged from another nation (the placing council keeps its duties) and
 * for aftercare under Mental Health Act 1983 s117 (planned under that Act, not the Care Act).
 */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const PLACEMENT_WORDS = {
  'placed-by-england': you(
    () =>
      msg(
        'A council in England arranged your care, so it keeps its duties to you under the Care Act 2014, wherever you live now.',
        { id: 'quiz.reason.placed-by-england.self' },
      ),
    () =>
      msg('A council in England set up your care. That council must still do its job for you.', {
        id: 'quiz.reason.placed-by-england.self.v2.easy',
      }),
    () =>
      msg(
        'A council in England arranged the person’s care, so it keeps its duties to them under the Care Act 2014, wherever they live now.',
        { id: 'quiz.reason.placed-by-england.other' },
      ),
    () =>
      msg(
        'A council in England set up the person’s care. That council must still do its job for them.',
        { id: 'quiz.reason.placed-by-england.other.v2.easy' },
      ),
  ),
  'placed-by-wales': you(
    () =>
      msg(
        'A council in Wales arranged your care, so it keeps its duties to you under Welsh law, wherever you live now.',
        { id: 'quiz.reason.placed-by-wales.self' },
      ),
    () =>
      msg('A council in Wales set up your care. That council must still do its job for you.', {
        id: 'quiz.reason.placed-by-wales.self.v2.easy',
      }),
    () =>
      msg(
        'A council in Wales arranged the person’s care, so it keeps its duties to them under Welsh law, wherever they live now.',
        { id: 'quiz.reason.placed-by-wales.other' },
      ),
    () =>
      msg(
        'A council in Wales set up the person’s care. That council must still do its job for them.',
        { id: 'quiz.reason.placed-by-wales.other.v2.easy' },
      ),
  ),
  'placed-from-scotland-or-ni': both(
    () =>
      msg(
        'The council or trust in Scotland or Northern Ireland that arranged the care keeps its duties, including its assessments and reviews. Ask it what advocacy it offers.',
        { id: 'quiz.reason.placed-from-scotland-or-ni' },
      ),
    () =>
      msg(
        'A council in Scotland or a trust in Northern Ireland set up the care. It must still do its job, like checking the care. Ask it about an advocate.',
        { id: 'quiz.reason.placed-from-scotland-or-ni.v2.easy' },
      ),
  ),
  'placed-law-of-place': both(
    () =>
      msg(
        'Some things, such as being detained under mental health law, follow the law of the place where the person is.',
        { id: 'quiz.reason.placed-law-of-place' },
      ),
    () =>
      msg(
        'Some things follow the law of the place where the person is. One is being kept in hospital under mental health law.',
        { id: 'quiz.reason.placed-law-of-place.v2.easy' },
      ),
  ),
  's117-aftercare': you(
    () =>
      msg(
        'Your aftercare is planned under section 117 of the Mental Health Act 1983, not as a Care Act assessment. So the Care Act right to an advocate does not cover that planning.',
        { id: 'quiz.reason.s117-aftercare.self' },
      ),
    () =>
      msg(
        'Your help after hospital is planned under the Mental Health Act 1983. It is not a council check of your needs under the Care Act. So the right to a Care Act advocate does not cover this planning.',
        {
          id: 'quiz.reason.s117-aftercare.self.v2.easy',
        },
      ),
    () =>
      msg(
        'The person’s aftercare is planned under section 117 of the Mental Health Act 1983, not as a Care Act assessment. So the Care Act right to an advocate does not cover that planning.',
        { id: 'quiz.reason.s117-aftercare.other' },
      ),
    () =>
      msg(
        'Their help after hospital is planned under the Mental Health Act 1983. It is not a council check of their needs under the Care Act. So the right to a Care Act advocate does not cover this planning.',
        {
          id: 'quiz.reason.s117-aftercare.other.v2.easy',
        },
      ),
  ),
  's117-ask': you(
    () =>
      msg(
        'Ask your care coordinator whether the council is also doing a care needs assessment. If it is, you may have a right to an advocate for that. A local advocacy service may also help.',
        { id: 'quiz.reason.s117-ask.self' },
      ),
    () =>
      msg('Ask your care coordinator about an advocate. A local advocacy service may also help.', {
        id: 'quiz.reason.s117-ask.self.easy',
      }),
    () =>
      msg(
        'Ask the person’s care coordinator whether the council is also doing a care needs assessment. If it is, they may have a right to an advocate for that. A local advocacy service may also help.',
        { id: 'quiz.reason.s117-ask.other' },
      ),
    () =>
      msg('Ask their care coordinator about an advocate. A local advocacy service may also help.', {
        id: 'quiz.reason.s117-ask.other.easy',
      }),
  ),
} satisfies Record<string, PerspectiveText>;
