/** Reasons about social care, IMCA and complaints that several nations' rules share. Whole sentences only. */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

const NO_ONE = you(
  () =>
    msg('There is no family member or friend who can support you with this.', {
      id: 'quiz.reason.no-one.self',
    }),
  () =>
    msg('There is no family member or friend to help you.', { id: 'quiz.reason.no-one.self.easy' }),
  () =>
    msg('There is no family member or friend who can support the person you support with this.', {
      id: 'quiz.reason.no-one.other',
    }),
  () =>
    msg('There is no family member or friend to help the person.', {
      id: 'quiz.reason.no-one.other.easy',
    }),
);

const PAID_ONLY = both(
  () =>
    msg('Only paid carers or staff can help. People paid to give care do not count for this.', {
      id: 'quiz.reason.paid-only',
    }),
  () =>
    msg('Only paid carers or staff can help. They do not count.', {
      id: 'quiz.reason.paid-only.easy',
    }),
);

const NOT_SUITABLE = both(
  () =>
    msg('There is someone, but it would not be right for them to help with this.', {
      id: 'quiz.reason.not-suitable',
    }),
  () =>
    msg('There is someone, but they should not help with this.', {
      id: 'quiz.reason.not-suitable.easy',
    }),
);

const IMCA_RIGHT = you(
  () =>
    msg(
      'This gives you a legal right to an Independent Mental Capacity Advocate (IMCA) for this decision.',
      {
        id: 'quiz.reason.imca-right.self',
      },
    ),
  () =>
    msg('You have a right to an advocate for this decision (IMCA).', {
      id: 'quiz.reason.imca-right.self.easy',
    }),
  () =>
    msg(
      'This gives them a legal right to an Independent Mental Capacity Advocate (IMCA) for this decision.',
      {
        id: 'quiz.reason.imca-right.other',
      },
    ),
  () =>
    msg('They have a right to an advocate for this decision (IMCA).', {
      id: 'quiz.reason.imca-right.other.easy',
    }),
);

const IMCA_WHO_ASKS = you(
  () =>
    msg('The NHS or the council must ask an IMCA to help. You do not have to find one yourself.', {
      id: 'quiz.reason.imca-who-asks.self',
      desc: 'IMCA is explained in an earlier sentence of the same result.',
    }),
  () =>
    msg('The NHS or the council must find the advocate for you.', {
      id: 'quiz.reason.imca-who-asks.self.easy',
    }),
  () =>
    msg('The NHS or the council must ask an IMCA to help. The person does not have to find one.', {
      id: 'quiz.reason.imca-who-asks.other',
      desc: 'IMCA is explained in an earlier sentence of the same result.',
    }),
  () =>
    msg('The NHS or the council must find the advocate for the person.', {
      id: 'quiz.reason.imca-who-asks.other.easy',
    }),
);

/** Mental Capacity Act 2005 s40: no IMCA duty where there is an attorney, a deputy or a nominee. */
const IMCA_NOT_IF_ATTORNEY = you(
  () =>
    msg(
      'An IMCA is not needed if someone has a lasting power of attorney or is a court deputy for this decision.',
      {
        id: 'quiz.reason.imca-s40.self',
        desc: 'IMCA is explained in an earlier sentence of the same result.',
      },
    ),
  () =>
    msg('If someone has power of attorney for this, you do not get this advocate.', {
      id: 'quiz.reason.imca-s40.2026.self.easy',
      desc: 'Same strength as the standard text: the law does not give this advocate then.',
    }),
  () =>
    msg(
      'An IMCA is not needed if someone has a lasting power of attorney or is a court deputy for this decision.',
      {
        id: 'quiz.reason.imca-s40.self',
        desc: 'IMCA is explained in an earlier sentence of the same result.',
      },
    ),
  () =>
    msg('If someone has power of attorney for this, the person does not get this advocate.', {
      id: 'quiz.reason.imca-s40.2026.other.easy',
      desc: 'Same strength as the standard text: the law does not give this advocate then.',
    }),
);

const ASK_SOCIAL_WORKER = you(
  () =>
    msg('Ask the council’s social worker about this.', {
      id: 'quiz.reason.ask-social-worker.self',
    }),
  () => msg('Ask your social worker.', { id: 'quiz.reason.ask-social-worker.self.easy' }),
  () =>
    msg('Ask the person’s social worker about this.', {
      id: 'quiz.reason.ask-social-worker.other',
    }),
  () => msg('Ask the person’s social worker.', { id: 'quiz.reason.ask-social-worker.other.easy' }),
);

const NHS_COMPLAINT = you(
  () =>
    msg('You want to make a complaint about NHS care.', { id: 'quiz.reason.nhs-complaint.self' }),
  () => msg('You want to complain about the NHS.', { id: 'quiz.reason.nhs-complaint.self.easy' }),
  () =>
    msg('The person you support wants to make a complaint about NHS care.', {
      id: 'quiz.reason.nhs-complaint.other',
    }),
  () =>
    msg('The person wants to complain about the NHS.', {
      id: 'quiz.reason.nhs-complaint.other.easy',
    }),
);

const CHILDREN_COMPLAINT = you(
  () =>
    msg(
      'You want to make a complaint or challenge a decision about children’s services or leaving care support.',
      {
        id: 'quiz.reason.children-complaint.self',
      },
    ),
  () =>
    msg('You want to complain about a social worker or your care.', {
      id: 'quiz.reason.children-complaint.self.easy',
    }),
  () =>
    msg(
      'The person you support wants to make a complaint or challenge a decision about children’s services or leaving care support.',
      {
        id: 'quiz.reason.children-complaint.other',
      },
    ),
  () =>
    msg('The person wants to complain about a social worker or their care.', {
      id: 'quiz.reason.children-complaint.other.easy',
    }),
);

const MENTAL_HEALTH_CARE = you(
  () =>
    msg('You get care or treatment for your mental health.', {
      id: 'quiz.reason.mental-health-care.self',
    }),
  () =>
    msg('You get care for your mental health.', { id: 'quiz.reason.mental-health-care.self.easy' }),
  () =>
    msg('The person you support gets care or treatment for their mental health.', {
      id: 'quiz.reason.mental-health-care.other',
    }),
  () =>
    msg('The person gets care for their mental health.', {
      id: 'quiz.reason.mental-health-care.other.easy',
    }),
);

export const CARE_WORDS = {
  'no-one': NO_ONE,
  'paid-only': PAID_ONLY,
  'not-suitable': NOT_SUITABLE,
  'imca-right': IMCA_RIGHT,
  'imca-who-asks': IMCA_WHO_ASKS,
  'imca-not-if-attorney': IMCA_NOT_IF_ATTORNEY,
  'ask-social-worker': ASK_SOCIAL_WORKER,
  'nhs-complaint': NHS_COMPLAINT,
  'children-complaint': CHILDREN_COMPLAINT,
  'mental-health-care': MENTAL_HEALTH_CARE,
  'care-situation.social-care': you(
    () =>
      msg(
        'You are having a care needs assessment, care plan, review or carer’s assessment from the council.',
        {
          id: 'quiz.reason.care-situation.social-care.self',
        },
      ),
    () =>
      msg('The council is looking at your care and support.', {
        id: 'quiz.reason.care-situation.social-care.self.easy',
      }),
    () =>
      msg(
        'The person you support is having a care needs assessment, care plan, review or carer’s assessment from the council.',
        {
          id: 'quiz.reason.care-situation.social-care.other',
        },
      ),
    () =>
      msg('The council is looking at the person’s care and support.', {
        id: 'quiz.reason.care-situation.social-care.other.easy',
      }),
  ),
  'care-situation.safeguarding': you(
    () =>
      msg('The council is looking into worries that you may be abused or neglected.', {
        id: 'quiz.reason.care-situation.safeguarding.self',
      }),
    () =>
      msg('The council is checking that you are safe.', {
        id: 'quiz.reason.care-situation.safeguarding.self.easy',
      }),
    () =>
      msg(
        'The council is looking into worries that the person you support may be abused or neglected.',
        {
          id: 'quiz.reason.care-situation.safeguarding.other',
        },
      ),
    () =>
      msg('The council is checking that the person is safe.', {
        id: 'quiz.reason.care-situation.safeguarding.other.easy',
      }),
  ),
  'difficulty.understanding': you(
    () =>
      msg('Without help, you would find it very hard to understand the information.', {
        id: 'quiz.reason.difficulty.understanding.self',
      }),
    () =>
      msg('Without help, understanding things is very hard for you.', {
        id: 'quiz.reason.difficulty.understanding.self.easy',
      }),
    () =>
      msg(
        'Without help, the person you support would find it very hard to understand the information.',
        {
          id: 'quiz.reason.difficulty.understanding.other',
        },
      ),
    () =>
      msg('Without help, understanding things is very hard for the person.', {
        id: 'quiz.reason.difficulty.understanding.other.easy',
      }),
  ),
  'difficulty.remembering': you(
    () =>
      msg('Without help, you would find it very hard to remember the information.', {
        id: 'quiz.reason.difficulty.remembering.self',
      }),
    () =>
      msg('Without help, remembering things is very hard for you.', {
        id: 'quiz.reason.difficulty.remembering.self.easy',
      }),
    () =>
      msg(
        'Without help, the person you support would find it very hard to remember the information.',
        {
          id: 'quiz.reason.difficulty.remembering.other',
        },
      ),
    () =>
      msg('Without help, remembering things is very hard for the person.', {
        id: 'quiz.reason.difficulty.remembering.other.easy',
      }),
  ),
  'difficulty.weighing': you(
    () =>
      msg(
        'Without help, you would find it very hard to weigh up the information to make a choice.',
        {
          id: 'quiz.reason.difficulty.weighing.self',
        },
      ),
    () =>
      msg('Without help, thinking about choices is very hard for you.', {
        id: 'quiz.reason.difficulty.weighing.self.easy',
      }),
    () =>
      msg(
        'Without help, the person you support would find it very hard to weigh up the information to make a choice.',
        {
          id: 'quiz.reason.difficulty.weighing.other',
        },
      ),
    () =>
      msg('Without help, thinking about choices is very hard for the person.', {
        id: 'quiz.reason.difficulty.weighing.other.easy',
      }),
  ),
  'difficulty.communicating': you(
    () =>
      msg('Without help, you would find it very hard to say what you think, want or feel.', {
        id: 'quiz.reason.difficulty.communicating.self',
      }),
    () =>
      msg('Without help, saying what you want is very hard for you.', {
        id: 'quiz.reason.difficulty.communicating.self.easy',
      }),
    () =>
      msg(
        'Without help, the person you support would find it very hard to say what they think, want or feel.',
        {
          id: 'quiz.reason.difficulty.communicating.other',
        },
      ),
    () =>
      msg('Without help, saying what they want is very hard for the person.', {
        id: 'quiz.reason.difficulty.communicating.other.easy',
      }),
  ),
} satisfies Record<string, PerspectiveText>;
