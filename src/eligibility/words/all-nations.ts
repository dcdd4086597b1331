/** The words of the reasons that only every nation's rules use (rights/all-nations.ts). */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const ALL_NATIONS_WORDS = {
  'specialist-mental-health': both(
    () =>
      msg(
        'Mental health advocacy services help people have a say in their care and treatment, in hospital or at home.',
        {
          id: 'quiz.reason.specialist-mental-health',
        },
      ),
    () =>
      msg('A mental health advocate can help you have a say.', {
        id: 'quiz.reason.specialist-mental-health.easy',
      }),
  ),
  'specialist-ld-autism': both(
    () =>
      msg(
        'Some advocacy services specialise in supporting people with a learning disability and autistic people.',
        {
          id: 'quiz.reason.specialist-ld-autism',
        },
      ),
    () =>
      msg('Some advocates know a lot about learning disability and autism.', {
        id: 'quiz.reason.specialist-ld-autism.easy',
      }),
  ),
  'specialist-children': both(
    () =>
      msg('Many areas have advocacy services just for children and young people.', {
        id: 'quiz.reason.specialist-children',
      }),
    () =>
      msg('Some advocates only help children and young people.', {
        id: 'quiz.reason.specialist-children.easy',
      }),
  ),
  citizen: you(
    () =>
      msg(
        'A citizen advocate is a trained volunteer who gets to know you over a long time and speaks up with you.',
        {
          id: 'quiz.reason.citizen.self',
        },
      ),
    () =>
      msg('A citizen advocate is a volunteer. They get to know you well.', {
        id: 'quiz.reason.citizen.self.easy',
      }),
    () =>
      msg(
        'A citizen advocate is a trained volunteer who gets to know the person over a long time and speaks up with them.',
        {
          id: 'quiz.reason.citizen.other',
        },
      ),
    () =>
      msg('A citizen advocate is a volunteer. They get to know the person well.', {
        id: 'quiz.reason.citizen.other.easy',
      }),
  ),
  'no-legal-right': both(
    () =>
      msg(
        'From your answers, we did not find a legal right to an advocate. You can still get independent help.',
        {
          id: 'quiz.reason.no-legal-right',
        },
      ),
    () =>
      msg('We did not find a right to an advocate. You can still get help.', {
        id: 'quiz.reason.no-legal-right.easy',
      }),
  ),
  community: both(
    () =>
      msg(
        'Community advocacy is usually free, independent and confidential. It can help with most things, such as health, care, housing or money.',
        {
          id: 'quiz.reason.community',
        },
      ),
    () =>
      msg('A community advocate can help with lots of things. It is usually free.', {
        id: 'quiz.reason.community.easy',
      }),
  ),
  'community-dementia': both(
    () =>
      msg('Some services specialise in supporting people with dementia.', {
        id: 'quiz.reason.community-dementia',
      }),
    () =>
      msg('Some advocates know a lot about dementia.', {
        id: 'quiz.reason.community-dementia.easy',
      }),
  ),
  'community-local': you(
    () =>
      msg(
        'What is on offer depends on where you live. Your council can tell you about local services.',
        {
          id: 'quiz.reason.community-local.self',
        },
      ),
    () =>
      msg('Ask your council what is near you.', {
        id: 'quiz.reason.community-local.self.easy',
      }),
    () =>
      msg(
        'What is on offer depends on where the person you support lives. Their council can tell you about local services.',
        {
          id: 'quiz.reason.community-local.other',
        },
      ),
    () =>
      msg('Ask the person’s council what is near them.', {
        id: 'quiz.reason.community-local.other.easy',
      }),
  ),
  self: both(
    () =>
      msg(
        'Self-advocacy groups help people build the skills and confidence to speak up for themselves.',
        {
          id: 'quiz.reason.self',
        },
      ),
    () =>
      msg('A self-advocacy group helps people learn to speak up.', {
        id: 'quiz.reason.self.easy',
      }),
  ),
  peer: you(
    () =>
      msg('A peer advocate has lived through something similar and can support you to speak up.', {
        id: 'quiz.reason.peer.self',
      }),
    () =>
      msg('A peer advocate has been through something like this too.', {
        id: 'quiz.reason.peer.easy',
      }),
    () =>
      msg(
        'A peer advocate has lived through something similar and can support the person you support to speak up.',
        {
          id: 'quiz.reason.peer.other',
        },
      ),
    () =>
      msg('A peer advocate has been through something like this too.', {
        id: 'quiz.reason.peer.easy',
      }),
  ),
  group: both(
    () =>
      msg(
        'Group advocacy brings together people in a similar situation, so their views are heard together.',
        {
          id: 'quiz.reason.group',
        },
      ),
    () => msg('In group advocacy, people speak up together.', { id: 'quiz.reason.group.easy' }),
  ),
  paid: both(
    () =>
      msg(
        'If no free service can help, you can pay for an independent advocate. Check what they charge before you start.',
        {
          id: 'quiz.reason.paid',
        },
      ),
    () =>
      msg('You can pay for an advocate if there is no free one.', {
        id: 'quiz.reason.paid.easy',
      }),
  ),
  'spot-purchase': both(
    () =>
      msg(
        'If there is no regular service for this right in the area, the council or NHS body can pay for a one-off advocate.',
        {
          id: 'quiz.reason.spot-purchase',
        },
      ),
    () =>
      msg('No local service? The council can pay for an advocate just this once.', {
        id: 'quiz.reason.spot-purchase.easy',
      }),
  ),
  'spot-purchase-name': both(
    () => msg('This is called spot-purchase advocacy.', { id: 'quiz.reason.spot-purchase-name' }),
    () =>
      msg('This is called spot-purchase advocacy.', {
        id: 'quiz.reason.spot-purchase-name.easy',
      }),
  ),
} satisfies Record<string, PerspectiveText>;
