/** The words of the reasons that only Wales's rules use (rights/wales.ts). */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const WALES_WORDS = {
  'wales-short-hold': both(
    () =>
      msg('In Wales, this right covers short-term sections too, unlike in England.', {
        id: 'quiz.reason.wales-short-hold',
      }),
    () =>
      msg('In Wales, this is true even for a short stay.', {
        id: 'quiz.reason.wales-short-hold.easy',
      }),
  ),
  'wales-informal': you(
    () =>
      msg(
        'In Wales, informal patients in hospital also have a legal right to an Independent Mental Health Advocate (IMHA).',
        {
          id: 'quiz.reason.wales-informal.self',
        },
      ),
    () =>
      msg('In Wales, you have a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.wales-imha-right.self.easy',
      }),
    () =>
      msg(
        'In Wales, informal patients in hospital also have a legal right to an Independent Mental Health Advocate (IMHA).',
        {
          id: 'quiz.reason.wales-informal.self',
        },
      ),
    () =>
      msg('In Wales, they have a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.wales-imha-right.other.easy',
      }),
  ),
  'wales-place-of-safety': you(
    () =>
      msg(
        'In Wales, you may have a right to an Independent Mental Health Advocate (IMHA) if the place of safety is a hospital.',
        {
          id: 'quiz.reason.wales-place-of-safety.self',
        },
      ),
    () =>
      msg('In a hospital? You may have a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.wales-place-of-safety.self.easy',
      }),
    () =>
      msg(
        'In Wales, they may have a right to an Independent Mental Health Advocate (IMHA) if the place of safety is a hospital.',
        {
          id: 'quiz.reason.wales-place-of-safety.other',
        },
      ),
    () =>
      msg('In a hospital? They may have a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.wales-place-of-safety.other.easy',
      }),
  ),
  'ask-staff-held': you(
    () =>
      msg('Ask the staff at the place where you are being held.', {
        id: 'quiz.reason.ask-staff-held',
      }),
    () => msg('Ask the staff.', { id: 'quiz.reason.ask-staff-held.easy' }),
    () =>
      msg('Ask the staff at the place where the person is being held.', {
        id: 'quiz.reason.ask-staff-held.other',
      }),
    () => msg('Ask the staff.', { id: 'quiz.reason.ask-staff-held.easy' }),
  ),
  'wales-ipa': you(
    () =>
      msg(
        'In Wales, this means the council must arrange an independent professional advocate for you.',
        {
          id: 'quiz.reason.wales-ipa.self',
        },
      ),
    () =>
      msg('In Wales, the council must get you an advocate. It is free.', {
        id: 'quiz.reason.wales-ipa.self.easy',
      }),
    () =>
      msg(
        'In Wales, this means the council must arrange an independent professional advocate for the person you support.',
        {
          id: 'quiz.reason.wales-ipa.other',
        },
      ),
    () =>
      msg('In Wales, the council must get the person an advocate. It is free.', {
        id: 'quiz.reason.wales-ipa.other.easy',
      }),
  ),
  'wales-ipa-family': you(
    () =>
      msg(
        'A family member or friend can support you, so the council may not need to arrange an independent professional advocate.',
        {
          id: 'quiz.reason.wales-ipa-family.self',
        },
      ),
    () =>
      msg('A family member or friend can help you. You may not need an advocate.', {
        id: 'quiz.reason.care-act-family.self.easy',
      }),
    () =>
      msg(
        'A family member or friend can support the person, so the council may not need to arrange an independent professional advocate.',
        {
          id: 'quiz.reason.wales-ipa-family.other',
        },
      ),
    () =>
      msg('A family member or friend can help the person. They may not need an advocate.', {
        id: 'quiz.reason.care-act-family.other.easy',
      }),
  ),
  'wales-ipa-check': you(
    () =>
      msg(
        'In Wales, the council must think about whether you need an independent professional advocate.',
        {
          id: 'quiz.reason.wales-ipa-check.self',
        },
      ),
    () =>
      msg('The council must check if you need an advocate.', {
        id: 'quiz.reason.care-act-check.self.easy',
      }),
    () =>
      msg(
        'In Wales, the council must think about whether the person you support needs an independent professional advocate.',
        {
          id: 'quiz.reason.wales-ipa-check.other',
        },
      ),
    () =>
      msg('The council must check if the person needs an advocate.', {
        id: 'quiz.reason.care-act-check.other.easy',
      }),
  ),
  'wales-llais': both(
    () =>
      msg(
        'In Wales, Llais gives free, independent help to people making a complaint about NHS care.',
        {
          id: 'quiz.reason.wales-llais',
        },
      ),
    () =>
      msg('In Wales, a group called Llais can help you for free.', {
        id: 'quiz.reason.wales-llais.easy',
      }),
  ),
  'wales-active-offer': both(
    () =>
      msg(
        'In Wales, children in care and children in child protection enquiries must be offered an independent professional advocate.',
        {
          id: 'quiz.reason.wales-active-offer',
        },
      ),
    () =>
      msg('In Wales, you must be offered an advocate.', {
        id: 'quiz.reason.wales-active-offer.easy',
      }),
  ),
  'wales-active-offer-choice': you(
    () =>
      msg('This is called the active offer. You can say yes or no.', {
        id: 'quiz.reason.wales-active-offer-choice.self',
      }),
    () =>
      msg('You can say yes or no.', {
        id: 'quiz.reason.wales-active-offer-choice.self.easy',
      }),
    () =>
      msg('This is called the active offer. The person can say yes or no.', {
        id: 'quiz.reason.wales-active-offer-choice.other',
      }),
    () =>
      msg('The person can say yes or no.', {
        id: 'quiz.reason.wales-active-offer-choice.other.easy',
      }),
  ),
  'wales-children-complaint': you(
    () =>
      msg(
        'In Wales, the council must give you help from an independent advocate to do this. It is free.',
        {
          id: 'quiz.reason.wales-children-complaint.self',
        },
      ),
    () =>
      msg('The council must get you an advocate to help. It is free.', {
        id: 'quiz.reason.england-children-complaint.self.easy',
      }),
    () =>
      msg(
        'In Wales, the council must give the person you support help from an independent advocate to do this. It is free.',
        {
          id: 'quiz.reason.wales-children-complaint.other',
        },
      ),
    () =>
      msg('The council must get the person an advocate to help. It is free.', {
        id: 'quiz.reason.england-children-complaint.other.easy',
      }),
  ),
  'wales-children-other': both(
    () =>
      msg(
        'In Wales, care leavers and children who get help from children’s services can often get an independent advocate.',
        {
          id: 'quiz.reason.wales-children-other',
        },
      ),
    () =>
      msg('Many young people in care can get an advocate.', {
        id: 'quiz.reason.scotland-children-care.easy',
      }),
  ),
  'wales-ipa-test': you(
    () =>
      msg(
        'In Wales, the test is whether you can only overcome barriers to taking part with help from someone suitable, and there is no one.',
        {
          id: 'quiz.reason.wales-ipa-test.self',
          desc: 'Part 10 Code of Practice (Advocacy). Do not use "substantial difficulty", which is the English test.',
        },
      ),
    () =>
      msg('In Wales, you need help to take part. There is no one to help.', {
        id: 'quiz.reason.wales-ipa-test.self.easy',
      }),
    () =>
      msg(
        'In Wales, the test is whether the person can only overcome barriers to taking part with help from someone suitable, and there is no one.',
        {
          id: 'quiz.reason.wales-ipa-test.other',
          desc: 'Part 10 Code of Practice (Advocacy). Do not use "substantial difficulty", which is the English test.',
        },
      ),
    () =>
      msg('In Wales, the person needs help to take part. There is no one to help.', {
        id: 'quiz.reason.wales-ipa-test.other.easy',
      }),
  ),
  'wales-s117-aftercare': you(
    () =>
      msg(
        'Your aftercare is planned under section 117 of the Mental Health Act 1983, with a care and treatment plan. It is not an assessment under the Social Services and Well-being (Wales) Act 2014.',
        {
          id: 'quiz.reason.wales-s117-aftercare.self',
          desc: 'Wales only: never mention the Care Act 2014 here (it applies in England). Keep the names of the Acts.',
        },
      ),
    () =>
      msg('Your help after hospital is planned under mental health law. It has its own plan.', {
        id: 'quiz.reason.wales-s117-aftercare.self.easy',
      }),
    () =>
      msg(
        'The person’s aftercare is planned under section 117 of the Mental Health Act 1983, with a care and treatment plan. It is not an assessment under the Social Services and Well-being (Wales) Act 2014.',
        { id: 'quiz.reason.wales-s117-aftercare.other' },
      ),
    () =>
      msg('Their help after hospital is planned under mental health law. It has its own plan.', {
        id: 'quiz.reason.wales-s117-aftercare.other.easy',
      }),
  ),
  'wales-s117-ask': you(
    () =>
      msg(
        'Ask your care coordinator whether the council is also assessing your care and support needs. If it is, you may be able to get an independent professional advocate for that.',
        { id: 'quiz.reason.wales-s117-ask.self' },
      ),
    () =>
      msg(
        'Ask your care coordinator if the council is also checking your care needs. Then you may be able to get an advocate.',
        { id: 'quiz.reason.wales-s117-ask.self.easy' },
      ),
    () =>
      msg(
        'Ask the person’s care coordinator whether the council is also assessing their care and support needs. If it is, they may be able to get an independent professional advocate for that.',
        { id: 'quiz.reason.wales-s117-ask.other' },
      ),
    () =>
      msg(
        'Ask their care coordinator if the council is also checking their care needs. Then they may be able to get an advocate.',
        { id: 'quiz.reason.wales-s117-ask.other.easy' },
      ),
  ),
} satisfies Record<string, PerspectiveText>;
