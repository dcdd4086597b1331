/** Reasons about mental health that several nations' rules share. Whole sentences only. */
import { msg } from '@lit/localize';
import { you } from '../text.js';
import type { PerspectiveText } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Reasons used by several rules. Each is one or two whole sentences.
const STATUS = {
  detained: you(
    () =>
      msg('You are detained in hospital under the Mental Health Act 1983.', {
        id: 'quiz.reason.status.detained.self',
      }),
    () =>
      msg('You are kept in hospital under the Mental Health Act.', {
        id: 'quiz.reason.status.detained.self.easy',
      }),
    () =>
      msg('The person you support is detained in hospital under the Mental Health Act 1983.', {
        id: 'quiz.reason.status.detained.other',
      }),
    () =>
      msg('The person is kept in hospital under the Mental Health Act.', {
        id: 'quiz.reason.status.detained.other.easy',
      }),
  ),
  'short-hold': you(
    () =>
      msg(
        'You are held for a short time under section 4, 5(2) or 5(4) of the Mental Health Act 1983.',
        {
          id: 'quiz.reason.status.short-hold.self',
        },
      ),
    () =>
      msg('You are kept in hospital for a short time under the Mental Health Act.', {
        id: 'quiz.reason.status.short-hold.self.easy',
      }),
    () =>
      msg(
        'The person you support is held for a short time under section 4, 5(2) or 5(4) of the Mental Health Act 1983.',
        {
          id: 'quiz.reason.status.short-hold.other',
        },
      ),
    () =>
      msg('The person is kept in hospital for a short time under the Mental Health Act.', {
        id: 'quiz.reason.status.short-hold.other.easy',
      }),
  ),
  'place-of-safety': you(
    () =>
      msg(
        'You were taken to a place of safety under section 135 or 136 of the Mental Health Act 1983.',
        {
          id: 'quiz.reason.status.place-of-safety.self',
        },
      ),
    () =>
      msg('The police took you to a safe place under the Mental Health Act.', {
        id: 'quiz.reason.status.place-of-safety.self.easy',
      }),
    () =>
      msg(
        'The person you support was taken to a place of safety under section 135 or 136 of the Mental Health Act 1983.',
        {
          id: 'quiz.reason.status.place-of-safety.other',
        },
      ),
    () =>
      msg('The police took the person to a safe place under the Mental Health Act.', {
        id: 'quiz.reason.status.place-of-safety.other.easy',
      }),
  ),
  cto: you(
    () =>
      msg('You are on a community treatment order (CTO) under the Mental Health Act 1983.', {
        id: 'quiz.reason.status.cto.self',
      }),
    () =>
      msg('You live at home with rules from the hospital (CTO).', {
        id: 'quiz.reason.status.cto.self.easy',
      }),
    () =>
      msg(
        'The person you support is on a community treatment order (CTO) under the Mental Health Act 1983.',
        {
          id: 'quiz.reason.status.cto.other',
        },
      ),
    () =>
      msg('The person lives at home with rules from the hospital (CTO).', {
        id: 'quiz.reason.status.cto.other.easy',
      }),
  ),
  guardianship: you(
    () =>
      msg('You are under guardianship under the Mental Health Act 1983.', {
        id: 'quiz.reason.status.guardianship.self',
      }),
    () =>
      msg('You have a guardian under the Mental Health Act.', {
        id: 'quiz.reason.status.guardianship.self.easy',
      }),
    () =>
      msg('The person you support is under guardianship under the Mental Health Act 1983.', {
        id: 'quiz.reason.status.guardianship.other',
      }),
    () =>
      msg('The person has a guardian under the Mental Health Act.', {
        id: 'quiz.reason.status.guardianship.other.easy',
      }),
  ),
  'conditional-discharge': you(
    () =>
      msg('You are a restricted patient who has been conditionally discharged from hospital.', {
        id: 'quiz.reason.status.conditional-discharge.self',
      }),
    () =>
      msg('You left hospital with rules from a court.', {
        id: 'quiz.reason.status.conditional-discharge.self.easy',
      }),
    () =>
      msg(
        'The person you support is a restricted patient who has been conditionally discharged from hospital.',
        {
          id: 'quiz.reason.status.conditional-discharge.other',
        },
      ),
    () =>
      msg('The person left hospital with rules from a court.', {
        id: 'quiz.reason.status.conditional-discharge.other.easy',
      }),
  ),
  'informal-inpatient': you(
    () =>
      msg('You are in hospital for your mental health by choice, as an informal patient.', {
        id: 'quiz.reason.status.informal-inpatient.self',
      }),
    () =>
      msg('You are in hospital because you chose to be.', {
        id: 'quiz.reason.status.informal-inpatient.self.easy',
      }),
    () =>
      msg(
        'The person you support is in hospital for their mental health by choice, as an informal patient.',
        {
          id: 'quiz.reason.status.informal-inpatient.other',
        },
      ),
    () =>
      msg('The person is in hospital because they chose to be.', {
        id: 'quiz.reason.status.informal-inpatient.other.easy',
      }),
  ),
};

const NEUROSURGERY = you(
  () =>
    msg('A doctor is talking with you about neurosurgery for a mental disorder.', {
      id: 'quiz.reason.special.neurosurgery.self',
    }),
  () =>
    msg('A doctor is talking with you about an operation on your brain.', {
      id: 'quiz.reason.special.neurosurgery.self.easy',
    }),
  () =>
    msg(
      'A doctor is talking with the person you support about neurosurgery for a mental disorder.',
      {
        id: 'quiz.reason.special.neurosurgery.other',
      },
    ),
  () =>
    msg('A doctor is talking with the person about an operation on their brain.', {
      id: 'quiz.reason.special.neurosurgery.other.easy',
    }),
);

const ECT = you(
  () =>
    msg(
      'You are under 18 and a doctor is talking with you about electroconvulsive therapy (ECT).',
      {
        id: 'quiz.reason.special.ect.self',
      },
    ),
  () =>
    msg('You are under 18. A doctor is talking with you about electricity treatment (ECT).', {
      id: 'quiz.reason.special.ect.self.easy',
    }),
  () =>
    msg(
      'The person you support is under 18 and a doctor is talking with them about electroconvulsive therapy (ECT).',
      {
        id: 'quiz.reason.special.ect.other',
      },
    ),
  () =>
    msg(
      'The person is under 18. A doctor is talking with them about electricity treatment (ECT).',
      {
        id: 'quiz.reason.special.ect.other.easy',
      },
    ),
);

const IMHA_RIGHT = you(
  () =>
    msg('This gives you a legal right to help from an Independent Mental Health Advocate (IMHA).', {
      id: 'quiz.reason.imha-right.self',
    }),
  () =>
    msg('You have a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.imha-right.self.easy',
    }),
  () =>
    msg(
      'This gives them a legal right to help from an Independent Mental Health Advocate (IMHA).',
      {
        id: 'quiz.reason.imha-right.other',
      },
    ),
  () =>
    msg('They have a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.imha-right.other.easy',
    }),
);

const IMHA_RIGHT_NOT_DETAINED = you(
  () =>
    msg(
      'This gives you a legal right to an Independent Mental Health Advocate (IMHA), even if you are not detained.',
      {
        id: 'quiz.reason.imha-right-treatment.self',
      },
    ),
  () =>
    msg('You have a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.imha-right-treatment.self.easy',
    }),
  () =>
    msg(
      'This gives them a legal right to an Independent Mental Health Advocate (IMHA), even if they are not detained.',
      {
        id: 'quiz.reason.imha-right-treatment.other',
      },
    ),
  () =>
    msg('They have a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.imha-right-treatment.other.easy',
    }),
);

const WALES_IMHA_RIGHT = you(
  () =>
    msg(
      'In Wales, this gives you a legal right to help from an Independent Mental Health Advocate (IMHA).',
      {
        id: 'quiz.reason.wales-imha-right.self',
      },
    ),
  () =>
    msg('In Wales, you have a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.wales-imha-right.self.easy',
    }),
  () =>
    msg(
      'In Wales, this gives them a legal right to help from an Independent Mental Health Advocate (IMHA).',
      {
        id: 'quiz.reason.wales-imha-right.other',
      },
    ),
  () =>
    msg('In Wales, they have a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.wales-imha-right.other.easy',
    }),
);

const STAFF_MUST_TELL = you(
  () =>
    msg('Staff must tell you about this right and how to get an IMHA.', {
      id: 'quiz.reason.staff-must-tell.self',
      desc: 'IMHA is explained in an earlier sentence of the same result.',
    }),
  () => msg('Staff must tell you how to get one.', { id: 'quiz.reason.staff-must-tell.self.easy' }),
  () =>
    msg('Staff must tell them about this right and how to get an IMHA.', {
      id: 'quiz.reason.staff-must-tell.other',
      desc: 'IMHA is explained in an earlier sentence of the same result.',
    }),
  () =>
    msg('Staff must tell them how to get one.', { id: 'quiz.reason.staff-must-tell.other.easy' }),
);

const NO_IMHA_RIGHT_ENGLAND = you(
  () =>
    msg(
      'In England, this does not give you a legal right to an Independent Mental Health Advocate (IMHA).',
      {
        id: 'quiz.reason.england-no-imha.self',
      },
    ),
  () =>
    msg('In England, this does not give you a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.england-no-imha.self.easy',
    }),
  () =>
    msg(
      'In England, this does not give them a legal right to an Independent Mental Health Advocate (IMHA).',
      {
        id: 'quiz.reason.england-no-imha.other',
      },
    ),
  () =>
    msg('In England, this does not give them a right to a mental health advocate (IMHA).', {
      id: 'quiz.reason.england-no-imha.other.easy',
    }),
);

const LACKS_CAPACITY = you(
  () =>
    msg('A professional has decided that you cannot make this decision yourself right now.', {
      id: 'quiz.reason.lacks-capacity.self',
    }),
  () =>
    msg('A professional says you cannot make this decision now.', {
      id: 'quiz.reason.lacks-capacity.self.easy',
    }),
  () =>
    msg(
      'A professional has decided that the person you support cannot make this decision themselves right now.',
      {
        id: 'quiz.reason.lacks-capacity.other',
      },
    ),
  () =>
    msg('A professional says the person cannot make this decision now.', {
      id: 'quiz.reason.lacks-capacity.other.easy',
    }),
);

export const MENTAL_HEALTH_WORDS = {
  'status.detained': STATUS['detained'],
  'status.short-hold': STATUS['short-hold'],
  'status.place-of-safety': STATUS['place-of-safety'],
  'status.cto': STATUS['cto'],
  'status.guardianship': STATUS['guardianship'],
  'status.conditional-discharge': STATUS['conditional-discharge'],
  'status.informal-inpatient': STATUS['informal-inpatient'],
  neurosurgery: NEUROSURGERY,
  ect: ECT,
  'imha-right': IMHA_RIGHT,
  'imha-right-not-detained': IMHA_RIGHT_NOT_DETAINED,
  'wales-imha-right': WALES_IMHA_RIGHT,
  'staff-must-tell': STAFF_MUST_TELL,
  'no-imha-right-england': NO_IMHA_RIGHT_ENGLAND,
  'lacks-capacity': LACKS_CAPACITY,
} satisfies Record<string, PerspectiveText>;
