/** The words of the reasons that only England and Wales's rules use (rights/england-and-wales.ts). */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const ENGLAND_AND_WALES_WORDS = {
  'imha-not-known': you(
    () =>
      msg(
        'You may have a legal right to an Independent Mental Health Advocate (IMHA). It depends on how the Mental Health Act is used for you.',
        {
          id: 'quiz.reason.imha-not-known.self',
        },
      ),
    () =>
      msg('You may have a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.imha-not-known.self.easy',
      }),
    () =>
      msg(
        'The person you support may have a legal right to an Independent Mental Health Advocate (IMHA). It depends on how the Mental Health Act is used for them.',
        {
          id: 'quiz.reason.imha-not-known.other',
        },
      ),
    () =>
      msg('The person may have a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.imha-not-known.other.easy',
      }),
  ),
  'imha-not-known-ask': you(
    () =>
      msg('Ask the ward staff or your care team. They must tell you if you have this right.', {
        id: 'quiz.reason.imha-not-known-ask.self',
      }),
    () =>
      msg('Ask the staff. They must tell you.', {
        id: 'quiz.reason.imha-not-known-ask.self.easy',
      }),
    () =>
      msg(
        'Ask the ward staff or the person’s care team. They must tell the person if they have this right.',
        {
          id: 'quiz.reason.imha-not-known-ask.other',
        },
      ),
    () =>
      msg('Ask the staff. They must tell the person.', {
        id: 'quiz.reason.imha-not-known-ask.other.easy',
      }),
  ),
  'imca-treatment': both(
    () =>
      msg('The decision is about serious medical treatment from the NHS.', {
        id: 'quiz.reason.imca-treatment',
      }),
    () =>
      msg('The decision is about serious treatment from the NHS.', {
        id: 'quiz.reason.imca-treatment.easy',
      }),
  ),
  'imca-move': both(
    () =>
      msg(
        'The NHS or the council plans a move into a care home for more than 8 weeks, or into hospital for more than 28 days.',
        {
          id: 'quiz.reason.imca-move',
        },
      ),
    () =>
      msg('The NHS or the council plans a long stay in a care home or hospital.', {
        id: 'quiz.reason.imca-move.easy',
      }),
  ),
  'dols-39a': you(
    () =>
      msg(
        'There is no one suitable to consult, so an Independent Mental Capacity Advocate (IMCA) must help you while DoLS is assessed.',
        {
          id: 'quiz.reason.dols-39a.self',
        },
      ),
    () =>
      msg('You have a right to an advocate (IMCA) while this is checked.', {
        id: 'quiz.reason.dols-39a.self.easy',
      }),
    () =>
      msg(
        'There is no one suitable to consult, so an Independent Mental Capacity Advocate (IMCA) must help the person while DoLS is assessed.',
        {
          id: 'quiz.reason.dols-39a.other',
        },
      ),
    () =>
      msg('The person has a right to an advocate (IMCA) while this is checked.', {
        id: 'quiz.reason.dols-39a.other.easy',
      }),
  ),
  'dols-check-ask': both(
    () => msg('Ask the care home, hospital or council.', { id: 'quiz.reason.dols-check-ask' }),
    () =>
      msg('Ask the care home, hospital or council.', {
        id: 'quiz.reason.dols-check-ask.easy',
      }),
  ),
  'imca-review': you(
    () =>
      msg(
        'The council can choose to get an Independent Mental Capacity Advocate (IMCA) to help review your care or where you live.',
        {
          id: 'quiz.reason.imca-review.self',
        },
      ),
    () =>
      msg('The council can get you an advocate (IMCA) for a review.', {
        id: 'quiz.reason.imca-review.self.easy',
      }),
    () =>
      msg(
        'The council can choose to get an Independent Mental Capacity Advocate (IMCA) to help review the person’s care or where they live.',
        {
          id: 'quiz.reason.imca-review.other',
        },
      ),
    () =>
      msg('The council can get the person an advocate (IMCA) for a review.', {
        id: 'quiz.reason.imca-review.other.easy',
      }),
  ),
  'imca-safeguarding': both(
    () =>
      msg(
        'When the council looks into abuse or neglect, it can choose to get an Independent Mental Capacity Advocate (IMCA).',
        {
          id: 'quiz.reason.imca-safeguarding',
        },
      ),
    () =>
      msg('The council can get an advocate (IMCA) to help keep people safe.', {
        id: 'quiz.reason.imca-safeguarding.easy',
      }),
  ),
  'imca-safeguarding-family': you(
    () =>
      msg('It can do this even if you have family or friends.', {
        id: 'quiz.reason.imca-safeguarding-family.self',
      }),
    () =>
      msg('This is true even if you have family.', {
        id: 'quiz.reason.imca-safeguarding-family.self.easy',
      }),
    () =>
      msg('It can do this even if the person has family or friends.', {
        id: 'quiz.reason.imca-safeguarding-family.other',
      }),
    () =>
      msg('This is true even if the person has family.', {
        id: 'quiz.reason.imca-safeguarding-family.other.easy',
      }),
  ),
  'imca-check': both(
    () =>
      msg(
        'An Independent Mental Capacity Advocate (IMCA) is for people who cannot make a big decision and have no family or friends to consult.',
        {
          id: 'quiz.reason.imca-check',
        },
      ),
    () =>
      msg('An advocate (IMCA) helps people who cannot decide and have no family to help.', {
        id: 'quiz.reason.imca-check.easy',
      }),
  ),
  'imca-check-ask': you(
    () =>
      msg('Ask the doctor or social worker whether you need one.', {
        id: 'quiz.reason.imca-check-ask.self',
      }),
    () => msg('Ask the doctor or social worker.', { id: 'quiz.reason.imca-check-ask.easy' }),
    () =>
      msg('Ask the doctor or social worker whether the person you support needs one.', {
        id: 'quiz.reason.imca-check-ask.other',
      }),
    () => msg('Ask the doctor or social worker.', { id: 'quiz.reason.imca-check-ask.easy' }),
  ),
} satisfies Record<string, PerspectiveText>;
