/**
 * The rules, as data: when each kind of advocacy is a legal right, something a person may be
 * able to get, or something to ask about, nation by nation, with the law each rests on.
 *
 * Legal accuracy comes before coverage. A rule says `legal-right` only where the law is clear;
 * where it is not, it says `may-be-able` or `ask-about`, and its reasons say who to ask.
 * Read docs/eligibility-flow.md (generated from this file) for the whole picture.
 */
import { msg } from '@lit/localize';
import { ALWAYS, all, any, is, not } from './conditions.js';
import {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND_OR_WALES,
  SOCIAL_CARE_PROCESS,
  SOME_DIFFICULTY,
  UNDER_18,
} from './questions.js';
import { same, text } from './text.js';
import type { Condition, LegalSource, PerspectiveText, Rule, RuleReason } from './types.js';

// ---------------------------------------------------------------------------------------------
// Sources. Titles are official names and are never translated.

const LEG = 'https://www.legislation.gov.uk';
const MHA = (section: string): LegalSource => ({
  title: `Mental Health Act 1983, section ${section}`,
  url: `${LEG}/ukpga/1983/20/section/${section}`,
});
const MCA = (section: string): LegalSource => ({
  title: `Mental Capacity Act 2005, section ${section}`,
  url: `${LEG}/ukpga/2005/9/section/${section}`,
});
const SRC = {
  mhaCodeEngland: {
    title: 'Mental Health Act 1983: Code of Practice (2015), chapter 6',
    url: 'https://www.gov.uk/government/publications/code-of-practice-mental-health-act-1983',
  },
  mhaCodeWales: {
    title: 'Mental Health Act 1983: Code of Practice for Wales (revised 2016), chapter 6',
  },
  walesMeasurePart4: {
    title: 'Mental Health (Wales) Measure 2010, Part 4',
    url: `${LEG}/mwa/2010/7/part/4`,
  },
  mcaScheduleA1: {
    title: 'Mental Capacity Act 2005, Schedule A1',
    url: `${LEG}/ukpga/2005/9/schedule/A1`,
  },
  imcaRegsEngland: {
    title:
      'Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Expansion of Role) Regulations 2006',
    url: `${LEG}/uksi/2006/2883`,
  },
  imcaRegsWales: {
    title:
      'Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Wales) Regulations 2007',
    url: `${LEG}/wsi/2007/852`,
  },
  careAct67: { title: 'Care Act 2014, section 67', url: `${LEG}/ukpga/2014/23/section/67` },
  careAct68: { title: 'Care Act 2014, section 68', url: `${LEG}/ukpga/2014/23/section/68` },
  careActRegs: {
    title: 'Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014, regulation 4',
    url: `${LEG}/uksi/2014/2889/regulation/4`,
  },
  careActGuidance: {
    title: 'Care and support statutory guidance, chapter 7 (independent advocacy)',
    url: 'https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance',
  },
  walesPart10Code: {
    title: 'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy)',
  },
  walesSswba178: {
    title: 'Social Services and Well-being (Wales) Act 2014, section 178',
    url: `${LEG}/anaw/2014/4/section/178`,
  },
  walesRepresentationsRegs: {
    title:
      'Arrangements for Assistance for Persons Making Representations (Wales) Regulations 2019',
    url: `${LEG}/wsi/2019/205`,
  },
  englandNhsComplaints: {
    title: 'Local Government and Public Involvement in Health Act 2007, section 223A',
    url: `${LEG}/ukpga/2007/28/section/223A`,
  },
  walesNhsComplaints: {
    title: 'National Health Service (Wales) Act 2006, section 187',
    url: `${LEG}/ukpga/2006/42/section/187`,
  },
  walesLlais: {
    title: 'Health and Social Care (Quality and Engagement) (Wales) Act 2020, section 16',
    url: `${LEG}/asc/2020/1/section/16`,
  },
  scotlandPass: {
    title: 'Patient Rights (Scotland) Act 2011, sections 17 and 18',
    url: `${LEG}/asp/2011/5/section/18`,
  },
  niPcc: {
    title: 'Health and Social Care (Reform) Act (Northern Ireland) 2009, section 17',
    url: `${LEG}/nia/2009/1/section/17`,
  },
  scotland259: {
    title: 'Mental Health (Care and Treatment) (Scotland) Act 2003, section 259',
    url: `${LEG}/asp/2003/13/section/259`,
  },
  scotlandAsp6: {
    title: 'Adult Support and Protection (Scotland) Act 2007, section 6',
    url: `${LEG}/asp/2007/10/section/6`,
  },
  scotlandHearings122: {
    title: 'Children’s Hearings (Scotland) Act 2011, section 122',
    url: `${LEG}/asp/2011/1/section/122`,
  },
  childrenAct26A: {
    title: 'Children Act 1989, section 26A',
    url: `${LEG}/ukpga/1989/41/section/26A`,
  },
  childrenAdvocacyRegs: {
    title:
      'Advocacy Services and Representations Procedure (Children) (Amendment) Regulations 2004',
    url: `${LEG}/uksi/2004/719`,
  },
  niMca: { title: 'Mental Capacity Act (Northern Ireland) 2016', url: `${LEG}/nia/2016/18` },
  niDolsCode: {
    title:
      'Mental Capacity Act (Northern Ireland) 2016: Deprivation of Liberty Safeguards Code of Practice (2019)',
  },
} satisfies Record<string, LegalSource>;

// ---------------------------------------------------------------------------------------------
// Conditions used by several rules.

const ENGLAND = is('nation', 'england');
const WALES = is('nation', 'wales');
const SCOTLAND = is('nation', 'scotland');
const NORTHERN_IRELAND = is('nation', 'northern-ireland');
const NO_APPROPRIATE_PERSON = is('support', 'paid-only', 'no-one', 'not-suitable');
const DEFINITE_DIFFICULTY = is(
  'difficulty',
  'understanding',
  'remembering',
  'weighing',
  'communicating',
);
const SPECIAL_TREATMENT = any(
  is('special-treatment', 'neurosurgery'),
  all(UNDER_18, is('special-treatment', 'ect')),
);
const CHILDREN_STATUSES = is(
  'children-status',
  'looked-after',
  'care-leaver',
  'child-protection',
  'child-in-need',
);

// ---------------------------------------------------------------------------------------------
// Wording helpers.

/** A perspective text from four functions: you (standard, easy read), the person (standard, easy read). */
function you(
  self: () => string,
  selfEasy: () => string,
  other: () => string,
  otherEasy: () => string,
): PerspectiveText {
  return { self: text(self, selfEasy), other: text(other, otherEasy) };
}

function both(standard: () => string, easy: () => string): PerspectiveText {
  return same(text(standard, easy));
}

function reason(t: PerspectiveText, when?: Condition): RuleReason {
  return when ? { text: t, when } : { text: t };
}

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

const SPECIAL_REASONS: RuleReason[] = [
  reason(NEUROSURGERY, is('special-treatment', 'neurosurgery')),
  reason(ECT, is('special-treatment', 'ect')),
];

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

const SUPPORT_REASONS: RuleReason[] = [
  reason(NO_ONE, is('support', 'no-one')),
  reason(PAID_ONLY, is('support', 'paid-only')),
  reason(NOT_SUITABLE, is('support', 'not-suitable')),
];

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
    msg('If someone has power of attorney for you, you may not need this.', {
      id: 'quiz.reason.imca-s40.self.easy',
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
    msg('If someone has power of attorney for the person, they may not need this.', {
      id: 'quiz.reason.imca-s40.other.easy',
    }),
);

const CARE_SITUATION: RuleReason[] = [
  reason(
    you(
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
    is('situation', 'social-care'),
  ),
  reason(
    you(
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
    all(ADULT, is('situation', 'safeguarding')),
  ),
];

const DIFFICULTY_REASONS: RuleReason[] = [
  reason(
    you(
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
    is('difficulty', 'understanding'),
  ),
  reason(
    you(
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
    is('difficulty', 'remembering'),
  ),
  reason(
    you(
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
    is('difficulty', 'weighing'),
  ),
  reason(
    you(
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
    is('difficulty', 'communicating'),
  ),
];

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

const scotland259 = (): string =>
  msg(
    'In Scotland, everyone with a mental illness, learning disability, dementia or similar condition has a right to independent advocacy.',
    {
      id: 'quiz.reason.scotland-259',
    },
  );
const scotland259EasySelf = (): string =>
  msg('In Scotland, you have a right to an independent advocate.', {
    id: 'quiz.reason.scotland-259.self.easy',
  });
const scotland259EasyOther = (): string =>
  msg('In Scotland, the person has a right to an independent advocate.', {
    id: 'quiz.reason.scotland-259.other.easy',
  });
const SCOTLAND_259 = you(scotland259, scotland259EasySelf, scotland259, scotland259EasyOther);

const SCOTLAND_NOT_HOSPITAL = both(
  () =>
    msg(
      'This right does not depend on being in hospital, on the Mental Health Act or on a diagnosis.',
      {
        id: 'quiz.reason.scotland-not-hospital',
      },
    ),
  () =>
    msg('This is true in hospital and at home.', { id: 'quiz.reason.scotland-not-hospital.easy' }),
);

// ---------------------------------------------------------------------------------------------
// The rules. Order matters only for display: within a strength, earlier rules come first.

export const RULES: readonly Rule[] = [
  // ----- Independent Mental Health Advocates: England (Mental Health Act 1983 s130A–130D)
  {
    id: 'england-imha-detained',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'detained')),
    reasons: [reason(STATUS.detained), reason(IMHA_RIGHT), reason(STAFF_MUST_TELL)],
    basis: [MHA('130A'), MHA('130C'), MHA('130D')],
  },
  {
    id: 'england-imha-cto',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'cto')),
    reasons: [reason(STATUS.cto), reason(IMHA_RIGHT), reason(STAFF_MUST_TELL)],
    basis: [MHA('130A'), MHA('130C'), MHA('130D')],
  },
  {
    id: 'england-imha-guardianship',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'guardianship')),
    reasons: [reason(STATUS.guardianship), reason(IMHA_RIGHT), reason(STAFF_MUST_TELL)],
    basis: [MHA('130A'), MHA('130C'), MHA('130D')],
  },
  {
    id: 'england-imha-conditional-discharge',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'conditional-discharge')),
    reasons: [reason(STATUS['conditional-discharge']), reason(IMHA_RIGHT), reason(STAFF_MUST_TELL)],
    basis: [MHA('130A'), MHA('130C'), SRC.mhaCodeEngland],
  },
  {
    id: 'england-imha-special-treatment',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'informal-inpatient', 'community'), SPECIAL_TREATMENT),
    reasons: [...SPECIAL_REASONS, reason(IMHA_RIGHT_NOT_DETAINED)],
    basis: [MHA('130C'), MHA('57'), MHA('58A')],
  },
  {
    id: 'england-no-imha-short-term-powers',
    kind: 'imha',
    strength: 'ask-about',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'short-hold', 'place-of-safety')),
    reasons: [
      reason(STATUS['short-hold'], is('mh-status', 'short-hold')),
      reason(STATUS['place-of-safety'], is('mh-status', 'place-of-safety')),
      reason(NO_IMHA_RIGHT_ENGLAND),
      reason(
        you(
          () =>
            msg(
              'If you are then detained under a longer section, such as section 2 or 3, you will have that right. Ask the staff then.',
              {
                id: 'quiz.reason.england-short-hold-later.self',
              },
            ),
          () =>
            msg('If you are then kept in hospital for longer, you will have the right.', {
              id: 'quiz.reason.england-short-hold-later.self.easy',
            }),
          () =>
            msg(
              'If they are then detained under a longer section, such as section 2 or 3, they will have that right. Ask the staff then.',
              {
                id: 'quiz.reason.england-short-hold-later.other',
              },
            ),
          () =>
            msg('If they are then kept in hospital for longer, they will have the right.', {
              id: 'quiz.reason.england-short-hold-later.other.easy',
            }),
        ),
      ),
    ],
    basis: [MHA('130C')],
  },
  {
    id: 'england-imha-informal',
    kind: 'imha',
    strength: 'ask-about',
    nations: ['england'],
    when: all(ENGLAND, is('mh-status', 'informal-inpatient'), not(SPECIAL_TREATMENT)),
    reasons: [
      reason(STATUS['informal-inpatient']),
      reason(NO_IMHA_RIGHT_ENGLAND),
      reason(
        both(
          () =>
            msg(
              'Some hospitals and councils still offer an IMHA to informal patients. Ask the ward staff.',
              {
                id: 'quiz.reason.england-informal-ask',
                desc: 'IMHA is explained in an earlier sentence of the same result.',
              },
            ),
          () =>
            msg('Some hospitals still offer a mental health advocate. Ask the staff on the ward.', {
              id: 'quiz.reason.england-informal-ask.easy',
            }),
        ),
      ),
    ],
    basis: [MHA('130C')],
  },

  // ----- Independent Mental Health Advocates: Wales (MHA 1983 s130E–130L, Mental Health (Wales) Measure 2010 Part 4)
  {
    id: 'wales-imha-compulsory',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(
      WALES,
      is('mh-status', 'detained', 'short-hold', 'cto', 'guardianship', 'conditional-discharge'),
    ),
    reasons: [
      reason(STATUS.detained, is('mh-status', 'detained')),
      reason(STATUS['short-hold'], is('mh-status', 'short-hold')),
      reason(STATUS.cto, is('mh-status', 'cto')),
      reason(STATUS.guardianship, is('mh-status', 'guardianship')),
      reason(STATUS['conditional-discharge'], is('mh-status', 'conditional-discharge')),
      reason(WALES_IMHA_RIGHT),
      reason(
        both(
          () =>
            msg('In Wales, this right covers short-term sections too, unlike in England.', {
              id: 'quiz.reason.wales-short-hold',
            }),
          () =>
            msg('In Wales, this is true even for a short stay.', {
              id: 'quiz.reason.wales-short-hold.easy',
            }),
        ),
        is('mh-status', 'short-hold'),
      ),
      reason(STAFF_MUST_TELL),
    ],
    basis: [
      MHA('130E'),
      MHA('130I'),
      SRC.walesMeasurePart4,
      { ...SRC.mhaCodeWales, when: is('mh-status', 'conditional-discharge') },
    ],
  },
  {
    id: 'wales-imha-informal',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('mh-status', 'informal-inpatient')),
    reasons: [
      reason(STATUS['informal-inpatient']),
      reason(
        you(
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
      ),
      reason(STAFF_MUST_TELL),
    ],
    basis: [MHA('130E'), MHA('130J'), SRC.walesMeasurePart4],
  },
  {
    id: 'wales-imha-special-treatment',
    kind: 'imha',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('mh-status', 'community'), SPECIAL_TREATMENT),
    reasons: [...SPECIAL_REASONS, reason(IMHA_RIGHT_NOT_DETAINED)],
    basis: [MHA('130E'), MHA('130I'), MHA('57'), MHA('58A')],
  },
  {
    id: 'wales-imha-place-of-safety',
    kind: 'imha',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(WALES, is('mh-status', 'place-of-safety')),
    reasons: [
      reason(STATUS['place-of-safety']),
      reason(
        you(
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
      ),
      reason(
        you(
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
      ),
    ],
    basis: [MHA('130E'), MHA('130I')],
  },
  {
    id: 'imha-status-not-known',
    kind: 'imha',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(ENGLAND_OR_WALES, is('mh-status', 'not-sure')),
    reasons: [
      reason(
        you(
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
      ),
      reason(
        you(
          () =>
            msg(
              'Ask the ward staff or your care team. They must tell you if you have this right.',
              {
                id: 'quiz.reason.imha-not-known-ask.self',
              },
            ),
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
      ),
    ],
    basis: [
      { ...MHA('130C'), when: ENGLAND },
      { ...MHA('130D'), when: ENGLAND },
      { ...MHA('130I'), when: WALES },
      { ...MHA('130J'), when: WALES },
      { ...MHA('130K'), when: WALES },
    ],
  },

  // ----- Scotland: a right of access to independent advocacy for everyone with a mental disorder
  {
    id: 'scotland-mental-disorder',
    kind: 'mental-health',
    strength: 'legal-right',
    nations: ['scotland'],
    when: all(
      SCOTLAND,
      any(
        is('situation', 'mental-health-care'),
        is('condition', 'mental-health', 'dementia', 'brain-injury'),
      ),
    ),
    reasons: [
      reason(MENTAL_HEALTH_CARE, is('situation', 'mental-health-care')),
      reason(
        you(
          () =>
            msg('You have a mental health condition.', {
              id: 'quiz.reason.condition.mental-health.self',
            }),
          () =>
            msg('You have a mental health condition.', {
              id: 'quiz.reason.condition.mental-health.self.easy',
            }),
          () =>
            msg('The person you support has a mental health condition.', {
              id: 'quiz.reason.condition.mental-health.other',
            }),
          () =>
            msg('The person has a mental health condition.', {
              id: 'quiz.reason.condition.mental-health.other.easy',
            }),
        ),
        all(is('condition', 'mental-health'), not(is('situation', 'mental-health-care'))),
      ),
      reason(
        you(
          () =>
            msg('You have dementia or memory problems.', {
              id: 'quiz.reason.condition.dementia.self',
            }),
          () =>
            msg('You have dementia or problems remembering.', {
              id: 'quiz.reason.condition.dementia.self.easy',
            }),
          () =>
            msg('The person you support has dementia or memory problems.', {
              id: 'quiz.reason.condition.dementia.other',
            }),
          () =>
            msg('The person has dementia or problems remembering.', {
              id: 'quiz.reason.condition.dementia.other.easy',
            }),
        ),
        is('condition', 'dementia'),
      ),
      reason(
        you(
          () => msg('You have a brain injury.', { id: 'quiz.reason.condition.brain-injury.self' }),
          () =>
            msg('You have a brain injury.', { id: 'quiz.reason.condition.brain-injury.self.easy' }),
          () =>
            msg('The person you support has a brain injury.', {
              id: 'quiz.reason.condition.brain-injury.other',
            }),
          () =>
            msg('The person has a brain injury.', {
              id: 'quiz.reason.condition.brain-injury.other.easy',
            }),
        ),
        is('condition', 'brain-injury'),
      ),
      reason(SCOTLAND_259),
      reason(SCOTLAND_NOT_HOSPITAL),
    ],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-learning-disability-autism',
    kind: 'learning-disability-autism',
    strength: 'legal-right',
    nations: ['scotland'],
    when: all(SCOTLAND, is('condition', 'learning-disability', 'autism')),
    reasons: [
      reason(
        you(
          () =>
            msg(
              'In Scotland, the law counts a learning disability or autism as a mental disorder, so you have a right to independent advocacy.',
              {
                id: 'quiz.reason.scotland-ld-autism.self',
              },
            ),
          scotland259EasySelf,
          () =>
            msg(
              'In Scotland, the law counts a learning disability or autism as a mental disorder, so the person you support has a right to independent advocacy.',
              {
                id: 'quiz.reason.scotland-ld-autism.other',
              },
            ),
          scotland259EasyOther,
        ),
      ),
      reason(SCOTLAND_NOT_HOSPITAL),
    ],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-mental-disorder-not-said',
    kind: 'mental-health',
    strength: 'ask-about',
    nations: ['scotland'],
    when: all(SCOTLAND, is('condition', 'not-saying'), not(is('situation', 'mental-health-care'))),
    reasons: [
      reason(SCOTLAND_259),
      reason(
        both(
          () =>
            msg(
              'You do not need a diagnosis. Ask a local independent advocacy service whether they can help.',
              {
                id: 'quiz.reason.scotland-ask-service',
              },
            ),
          () =>
            msg('You do not need a diagnosis. Ask a local advocacy service.', {
              id: 'quiz.reason.scotland-ask-service.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.scotland259],
  },
  {
    id: 'scotland-adult-protection',
    kind: 'community',
    strength: 'may-be-able',
    nations: ['scotland'],
    when: all(SCOTLAND, AGED_16_OR_OVER, is('situation', 'safeguarding')),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'In Scotland, when the council looks into possible harm to an adult, it must think about offering independent advocacy.',
              {
                id: 'quiz.reason.scotland-asp',
              },
            ),
          () =>
            msg('The council must think about getting an advocate.', {
              id: 'quiz.reason.scotland-asp.easy',
            }),
        ),
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [SRC.scotlandAsp6],
  },
  {
    id: 'scotland-childrens-hearing',
    kind: 'children',
    strength: 'legal-right',
    nations: ['scotland'],
    when: all(SCOTLAND, is('children-status', 'childrens-hearing')),
    reasons: [
      reason(
        you(
          () =>
            msg(
              'You are going to a children’s hearing. In Scotland, you can have a free, independent advocate to help you take part.',
              {
                id: 'quiz.reason.scotland-hearing.self',
              },
            ),
          () =>
            msg('You can have an advocate at your children’s hearing. It is free.', {
              id: 'quiz.reason.scotland-hearing.self.easy',
            }),
          () =>
            msg(
              'The person you support is going to a children’s hearing. In Scotland, they can have a free, independent advocate to help them take part.',
              {
                id: 'quiz.reason.scotland-hearing.other',
              },
            ),
          () =>
            msg('The person can have an advocate at their children’s hearing. It is free.', {
              id: 'quiz.reason.scotland-hearing.other.easy',
            }),
        ),
      ),
      reason(
        you(
          () =>
            msg('The chair of the hearing must tell you about this.', {
              id: 'quiz.reason.scotland-hearing-chair.self',
            }),
          () =>
            msg('The person in charge of the hearing must tell you.', {
              id: 'quiz.reason.scotland-hearing-chair.self.easy',
            }),
          () =>
            msg('The chair of the hearing must tell them about this.', {
              id: 'quiz.reason.scotland-hearing-chair.other',
            }),
          () =>
            msg('The person in charge of the hearing must tell them.', {
              id: 'quiz.reason.scotland-hearing-chair.other.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.scotlandHearings122],
  },
  {
    id: 'scotland-children-care',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['scotland'],
    when: all(SCOTLAND, CHILDREN_STATUSES),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'In Scotland, many children and young people who are in care or leaving care can get an independent advocate.',
              {
                id: 'quiz.reason.scotland-children-care',
              },
            ),
          () =>
            msg('Many young people in care can get an advocate.', {
              id: 'quiz.reason.scotland-children-care.easy',
            }),
        ),
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [],
  },
  {
    id: 'scotland-nhs-complaints',
    kind: 'nhs-complaints',
    strength: 'may-be-able',
    nations: ['scotland'],
    when: all(SCOTLAND, is('situation', 'nhs-complaint')),
    reasons: [
      reason(NHS_COMPLAINT),
      reason(
        both(
          () =>
            msg(
              'In Scotland, the Patient Advice and Support Service (PASS) gives free, confidential help to make a complaint about NHS care.',
              {
                id: 'quiz.reason.scotland-pass',
              },
            ),
          () =>
            msg(
              'A free service can help you complain. It is called the Patient Advice and Support Service (PASS).',
              {
                id: 'quiz.reason.scotland-pass.easy',
              },
            ),
        ),
      ),
      reason(
        both(
          () =>
            msg(
              'PASS gives advice and support. It can also put you in touch with an advocacy service.',
              {
                id: 'quiz.reason.scotland-pass-advocacy',
              },
            ),
          () =>
            msg('They can also help you find an advocate.', {
              id: 'quiz.reason.scotland-pass-advocacy.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.scotlandPass],
  },

  // ----- Northern Ireland
  {
    id: 'northern-ireland-mental-health',
    kind: 'mental-health',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    when: all(NORTHERN_IRELAND, is('situation', 'mental-health-care')),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'Northern Ireland has no law giving a right to an Independent Mental Health Advocate (IMHA).',
              {
                id: 'quiz.reason.ni-no-imha',
              },
            ),
          () =>
            msg('In Northern Ireland, no law gives a right to a mental health advocate (IMHA).', {
              id: 'quiz.reason.ni-no-imha.easy',
            }),
        ),
      ),
      reason(
        you(
          () =>
            msg(
              'Health and social care trusts fund some independent mental health advocacy. Ask the ward staff or your care team.',
              {
                id: 'quiz.reason.ni-mental-health-ask.self',
              },
            ),
          () =>
            msg('You may still get one. Ask the staff or your care team.', {
              id: 'quiz.reason.ni-mental-health-ask.self.easy',
            }),
          () =>
            msg(
              'Health and social care trusts fund some independent mental health advocacy. Ask the ward staff or the person’s care team.',
              {
                id: 'quiz.reason.ni-mental-health-ask.other',
              },
            ),
          () =>
            msg('The person may still get one. Ask the staff or their care team.', {
              id: 'quiz.reason.ni-mental-health-ask.other.easy',
            }),
        ),
      ),
    ],
    basis: [],
  },
  {
    id: 'northern-ireland-deprivation-of-liberty',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    when: all(
      NORTHERN_IRELAND,
      AGED_16_OR_OVER,
      is('situation', 'liberty'),
      is('capacity', 'lacks', 'not-sure'),
    ),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'The Mental Capacity Act (Northern Ireland) 2016 has safeguards for people who cannot decide about their care and are not free to leave.',
              {
                id: 'quiz.reason.ni-dol',
              },
            ),
          () =>
            msg('In Northern Ireland, the law protects people who are not free to leave.', {
              id: 'quiz.reason.ni-dol.easy',
            }),
        ),
      ),
      reason(
        both(
          () =>
            msg(
              'These safeguards can include help from an independent advocate. Ask the health and social care trust.',
              {
                id: 'quiz.reason.ni-dol-ask',
              },
            ),
          () =>
            msg('You may get an advocate. Ask the health and social care trust.', {
              id: 'quiz.reason.ni-dol-ask.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.niMca, SRC.niDolsCode],
  },
  {
    id: 'northern-ireland-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['northern-ireland'],
    when: all(NORTHERN_IRELAND, is('situation', 'nhs-complaint')),
    reasons: [
      reason(
        you(
          () =>
            msg('You want to make a complaint about health and social care.', {
              id: 'quiz.reason.ni-complaint.self',
            }),
          () =>
            msg('You want to complain about health or social care.', {
              id: 'quiz.reason.ni-complaint.self.easy',
            }),
          () =>
            msg('The person you support wants to make a complaint about health and social care.', {
              id: 'quiz.reason.ni-complaint.other',
            }),
          () =>
            msg('The person wants to complain about health or social care.', {
              id: 'quiz.reason.ni-complaint.other.easy',
            }),
        ),
      ),
      reason(
        both(
          () =>
            msg(
              'In Northern Ireland, the Patient and Client Council must arrange free, independent help for people making these complaints.',
              {
                id: 'quiz.reason.ni-pcc',
              },
            ),
          () =>
            msg('The Patient and Client Council can help you for free.', {
              id: 'quiz.reason.ni-pcc.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.niPcc],
  },
  {
    id: 'northern-ireland-children',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['northern-ireland'],
    when: all(NORTHERN_IRELAND, CHILDREN_STATUSES),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'In Northern Ireland, many children and young people who are in care or leaving care can get an independent advocate.',
              {
                id: 'quiz.reason.ni-children',
              },
            ),
          () =>
            msg('Many young people in care can get an advocate.', {
              id: 'quiz.reason.scotland-children-care.easy',
            }),
        ),
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [],
  },

  // ----- Independent Mental Capacity Advocates: England and Wales (Mental Capacity Act 2005 s35–41)
  {
    id: 'imca-serious-medical-treatment',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'medical-treatment'),
      is('capacity', 'lacks'),
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      reason(
        both(
          () =>
            msg('The decision is about serious medical treatment from the NHS.', {
              id: 'quiz.reason.imca-treatment',
            }),
          () =>
            msg('The decision is about serious treatment from the NHS.', {
              id: 'quiz.reason.imca-treatment.easy',
            }),
        ),
      ),
      reason(LACKS_CAPACITY),
      ...SUPPORT_REASONS,
      reason(IMCA_RIGHT),
      reason(IMCA_WHO_ASKS),
      reason(IMCA_NOT_IF_ATTORNEY),
    ],
    basis: [MCA('35'), MCA('37'), MCA('40')],
  },
  {
    id: 'imca-long-term-move',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'move'),
      is('capacity', 'lacks'),
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      reason(
        both(
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
      ),
      reason(LACKS_CAPACITY),
      ...SUPPORT_REASONS,
      reason(IMCA_RIGHT),
      reason(IMCA_WHO_ASKS),
      reason(IMCA_NOT_IF_ATTORNEY),
    ],
    basis: [MCA('35'), MCA('38'), MCA('39'), MCA('40')],
  },
  {
    id: 'imca-deprivation-of-liberty',
    kind: 'imca',
    strength: 'legal-right',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      ADULT,
      is('situation', 'liberty'),
      is('capacity', 'lacks'),
      is('support', 'family-friend', 'paid-only', 'no-one', 'not-suitable'),
    ),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'The Deprivation of Liberty Safeguards (DoLS) protect people who cannot decide about their care and are not free to leave.',
              {
                id: 'quiz.reason.dols',
              },
            ),
          () =>
            msg('There are rules to protect people who are not free to leave (DoLS).', {
              id: 'quiz.reason.dols.easy',
            }),
        ),
      ),
      reason(LACKS_CAPACITY),
      reason(
        you(
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
        NO_APPROPRIATE_PERSON,
      ),
      reason(
        you(
          () =>
            msg(
              'If a family member or friend is your representative under DoLS, either of you can ask for an Independent Mental Capacity Advocate (IMCA).',
              {
                id: 'quiz.reason.dols-39d.self',
              },
            ),
          () =>
            msg(
              'Is a family member or friend your representative? Then either of you can ask for an advocate (IMCA).',
              {
                id: 'quiz.reason.dols-39d.self.easy',
              },
            ),
          () =>
            msg(
              'If a family member or friend is the person’s representative under DoLS, either of them can ask for an Independent Mental Capacity Advocate (IMCA).',
              {
                id: 'quiz.reason.dols-39d.other',
              },
            ),
          () =>
            msg(
              'Is a family member or friend their representative? Then either of them can ask for an advocate (IMCA).',
              {
                id: 'quiz.reason.dols-39d.other.easy',
              },
            ),
        ),
        is('support', 'family-friend'),
      ),
    ],
    basis: [MCA('39A'), MCA('39C'), MCA('39D'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-deprivation-of-liberty-check',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      ADULT,
      is('situation', 'liberty'),
      any(is('capacity', 'not-sure'), all(is('capacity', 'lacks'), is('support', 'not-sure'))),
    ),
    reasons: [
      reason(
        you(
          () =>
            msg(
              'If the Deprivation of Liberty Safeguards (DoLS) are used for you, you have a right to a representative. You may also have a right to an Independent Mental Capacity Advocate (IMCA).',
              {
                id: 'quiz.reason.dols-check.self',
              },
            ),
          () =>
            msg('You may have a right to an advocate (IMCA).', {
              id: 'quiz.reason.dols-check.self.easy',
            }),
          () =>
            msg(
              'If the Deprivation of Liberty Safeguards (DoLS) are used for the person you support, they have a right to a representative. They may also have a right to an Independent Mental Capacity Advocate (IMCA).',
              {
                id: 'quiz.reason.dols-check.other',
              },
            ),
          () =>
            msg('The person may have a right to an advocate (IMCA).', {
              id: 'quiz.reason.dols-check.other.easy',
            }),
        ),
      ),
      reason(
        both(
          () =>
            msg('Ask the care home, hospital or council.', { id: 'quiz.reason.dols-check-ask' }),
          () =>
            msg('Ask the care home, hospital or council.', {
              id: 'quiz.reason.dols-check-ask.easy',
            }),
        ),
      ),
    ],
    basis: [MCA('39A'), MCA('39D'), SRC.mcaScheduleA1],
  },
  {
    id: 'imca-care-review',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'social-care'),
      is('capacity', 'lacks'),
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      reason(
        you(
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
      ),
      reason(LACKS_CAPACITY),
      ...SUPPORT_REASONS,
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [
      { ...SRC.imcaRegsEngland, when: ENGLAND },
      { ...SRC.imcaRegsWales, when: WALES },
    ],
  },
  {
    id: 'imca-safeguarding',
    kind: 'imca',
    strength: 'may-be-able',
    nations: ['england', 'wales'],
    when: all(ENGLAND_OR_WALES, ADULT, is('situation', 'safeguarding'), is('capacity', 'lacks')),
    reasons: [
      reason(
        both(
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
      ),
      reason(
        you(
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
      ),
      reason(LACKS_CAPACITY),
    ],
    basis: [
      { ...SRC.imcaRegsEngland, when: ENGLAND },
      { ...SRC.imcaRegsWales, when: WALES },
    ],
  },
  {
    id: 'imca-check',
    kind: 'imca',
    strength: 'ask-about',
    nations: ['england', 'wales'],
    when: all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'medical-treatment', 'move'),
      any(
        all(is('capacity', 'not-sure'), not(is('support', 'family-friend'))),
        all(is('capacity', 'lacks'), is('support', 'not-sure')),
      ),
    ),
    reasons: [
      reason(
        both(
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
      ),
      reason(
        you(
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
      ),
    ],
    basis: [MCA('35'), MCA('37'), MCA('38'), MCA('39')],
  },

  // ----- Care Act advocacy: England (Care Act 2014 s67 and s68)
  {
    id: 'england-care-act',
    kind: 'care-act',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, ADULT, SOCIAL_CARE_PROCESS, DEFINITE_DIFFICULTY, NO_APPROPRIATE_PERSON),
    reasons: [
      ...CARE_SITUATION,
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      reason(
        you(
          () =>
            msg(
              'The council must arrange an independent advocate to help you take part. This is called a Care Act advocate.',
              {
                id: 'quiz.reason.care-act-right.self',
              },
            ),
          () =>
            msg('The council must get you an advocate. It is free.', {
              id: 'quiz.reason.care-act-right.self.easy',
            }),
          () =>
            msg(
              'The council must arrange an independent advocate to help the person you support take part. This is called a Care Act advocate.',
              {
                id: 'quiz.reason.care-act-right.other',
              },
            ),
          () =>
            msg('The council must get the person an advocate. It is free.', {
              id: 'quiz.reason.care-act-right.other.easy',
            }),
        ),
      ),
    ],
    basis: [
      { ...SRC.careAct67, when: is('situation', 'social-care') },
      { ...SRC.careAct68, when: is('situation', 'safeguarding') },
      SRC.careActGuidance,
    ],
  },
  {
    id: 'england-care-act-under-18',
    kind: 'care-act',
    strength: 'may-be-able',
    nations: ['england'],
    when: all(
      ENGLAND,
      UNDER_18,
      is('situation', 'social-care'),
      DEFINITE_DIFFICULTY,
      NO_APPROPRIATE_PERSON,
    ),
    reasons: [
      ...CARE_SITUATION,
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      reason(
        both(
          () =>
            msg(
              'Under 18, the Care Act 2014 right to an advocate covers assessments to get ready for adult care, and young carers’ assessments.',
              {
                id: 'quiz.reason.care-act-under-18',
              },
            ),
          () =>
            msg('This is for getting ready for adult care, or for young carers.', {
              id: 'quiz.reason.care-act-under-18.easy',
            }),
        ),
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [SRC.careAct67],
  },
  {
    id: 'england-care-act-with-family',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['england'],
    when: all(ENGLAND, SOCIAL_CARE_PROCESS, SOME_DIFFICULTY, is('support', 'family-friend')),
    reasons: [
      reason(
        you(
          () =>
            msg(
              'A family member or friend can support you, so the council does not usually have to arrange a Care Act advocate.',
              {
                id: 'quiz.reason.care-act-family.self',
              },
            ),
          () =>
            msg('A family member or friend can help you. You may not need an advocate.', {
              id: 'quiz.reason.care-act-family.self.easy',
            }),
          () =>
            msg(
              'A family member or friend can support the person, so the council does not usually have to arrange a Care Act advocate.',
              {
                id: 'quiz.reason.care-act-family.other',
              },
            ),
          () =>
            msg('A family member or friend can help the person. They may not need an advocate.', {
              id: 'quiz.reason.care-act-family.other.easy',
            }),
        ),
      ),
      reason(
        you(
          () =>
            msg(
              'But it must in some cases, for example if that person disagrees with the council and you both want an advocate.',
              {
                id: 'quiz.reason.care-act-family-but.self',
              },
            ),
          () =>
            msg('Sometimes the council must still get one. Ask the council.', {
              id: 'quiz.reason.care-act-family-but.easy',
            }),
          () =>
            msg(
              'But it must in some cases, for example if the family member or friend disagrees with the council and both want an advocate.',
              {
                id: 'quiz.reason.care-act-family-but.other',
              },
            ),
          () =>
            msg('Sometimes the council must still get one. Ask the council.', {
              id: 'quiz.reason.care-act-family-but.easy',
            }),
        ),
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [SRC.careActRegs, SRC.careActGuidance],
  },
  {
    id: 'england-care-act-check',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['england'],
    when: all(
      ENGLAND,
      SOCIAL_CARE_PROCESS,
      any(
        all(is('difficulty', 'not-sure'), not(is('support', 'family-friend'))),
        all(DEFINITE_DIFFICULTY, is('support', 'not-sure')),
      ),
    ),
    reasons: [
      reason(
        you(
          () =>
            msg(
              'The council must check whether you need an independent advocate to take part in your assessment, plan or review.',
              {
                id: 'quiz.reason.care-act-check.self',
              },
            ),
          () =>
            msg('The council must check if you need an advocate.', {
              id: 'quiz.reason.care-act-check.self.easy',
            }),
          () =>
            msg(
              'The council must check whether the person you support needs an independent advocate to take part in their assessment, plan or review.',
              {
                id: 'quiz.reason.care-act-check.other',
              },
            ),
          () =>
            msg('The council must check if the person needs an advocate.', {
              id: 'quiz.reason.care-act-check.other.easy',
            }),
        ),
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [SRC.careAct67, SRC.careActGuidance],
  },

  // ----- Wales: Social Services and Well-being (Wales) Act 2014, Part 10 Code of Practice (Advocacy)
  {
    id: 'wales-social-care-advocacy',
    kind: 'care-act',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, SOCIAL_CARE_PROCESS, DEFINITE_DIFFICULTY, NO_APPROPRIATE_PERSON),
    reasons: [
      ...CARE_SITUATION,
      ...DIFFICULTY_REASONS,
      ...SUPPORT_REASONS,
      reason(
        you(
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
      ),
    ],
    basis: [SRC.walesPart10Code],
  },
  {
    id: 'wales-social-care-with-family',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(WALES, SOCIAL_CARE_PROCESS, SOME_DIFFICULTY, is('support', 'family-friend')),
    reasons: [
      reason(
        you(
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
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [SRC.walesPart10Code],
  },
  {
    id: 'wales-social-care-check',
    kind: 'care-act',
    strength: 'ask-about',
    nations: ['wales'],
    when: all(
      WALES,
      SOCIAL_CARE_PROCESS,
      any(
        all(is('difficulty', 'not-sure'), not(is('support', 'family-friend'))),
        all(DEFINITE_DIFFICULTY, is('support', 'not-sure')),
      ),
    ),
    reasons: [
      reason(
        you(
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
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [SRC.walesPart10Code],
  },

  // ----- NHS complaints advocacy
  {
    id: 'england-nhs-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, is('situation', 'nhs-complaint')),
    reasons: [
      reason(NHS_COMPLAINT),
      reason(
        both(
          () =>
            msg(
              'Every council in England must arrange free, independent help for people making a complaint about the NHS.',
              {
                id: 'quiz.reason.england-nhs-complaints',
              },
            ),
          () =>
            msg('The council must give you free help to complain.', {
              id: 'quiz.reason.england-nhs-complaints.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.englandNhsComplaints],
  },
  {
    id: 'wales-nhs-complaints',
    kind: 'nhs-complaints',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('situation', 'nhs-complaint')),
    reasons: [
      reason(NHS_COMPLAINT),
      reason(
        both(
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
      ),
    ],
    basis: [SRC.walesNhsComplaints, SRC.walesLlais],
  },

  // ----- Children and young people
  {
    id: 'england-children-complaint',
    kind: 'children',
    strength: 'legal-right',
    nations: ['england'],
    when: all(ENGLAND, CHILDREN_STATUSES, is('children-complaint', 'yes')),
    reasons: [
      reason(CHILDREN_COMPLAINT),
      reason(
        you(
          () =>
            msg(
              'Your council must give you help from an independent advocate to do this. It is free.',
              {
                id: 'quiz.reason.england-children-complaint.self',
              },
            ),
          () =>
            msg('The council must get you an advocate to help. It is free.', {
              id: 'quiz.reason.england-children-complaint.self.easy',
            }),
          () =>
            msg(
              'The council must give the person you support help from an independent advocate to do this. It is free.',
              {
                id: 'quiz.reason.england-children-complaint.other',
              },
            ),
          () =>
            msg('The council must get the person an advocate to help. It is free.', {
              id: 'quiz.reason.england-children-complaint.other.easy',
            }),
        ),
      ),
    ],
    basis: [SRC.childrenAct26A, SRC.childrenAdvocacyRegs],
  },
  {
    id: 'england-children-in-care',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['england'],
    when: all(ENGLAND, CHILDREN_STATUSES, is('children-complaint', 'no')),
    reasons: [
      reason(
        both(
          () =>
            msg(
              'Many councils offer an independent advocate to children in care and care leavers, even without a complaint.',
              {
                id: 'quiz.reason.england-children-care',
              },
            ),
          () =>
            msg('Many young people in care can get an advocate.', {
              id: 'quiz.reason.scotland-children-care.easy',
            }),
        ),
      ),
      reason(
        you(
          () =>
            msg(
              'Ask your social worker, personal adviser or Independent Reviewing Officer (IRO).',
              {
                id: 'quiz.reason.england-children-ask.self',
              },
            ),
          () => msg('Ask your social worker.', { id: 'quiz.reason.ask-social-worker.self.easy' }),
          () =>
            msg(
              'Ask their social worker, personal adviser or Independent Reviewing Officer (IRO).',
              {
                id: 'quiz.reason.england-children-ask.other',
              },
            ),
          () =>
            msg('Ask the person’s social worker.', {
              id: 'quiz.reason.ask-social-worker.other.easy',
            }),
        ),
      ),
    ],
    basis: [],
  },
  {
    id: 'wales-children-active-offer',
    kind: 'children',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, is('children-status', 'looked-after', 'child-protection')),
    reasons: [
      reason(
        both(
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
      ),
      reason(
        you(
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
      ),
    ],
    basis: [SRC.walesPart10Code],
  },
  {
    id: 'wales-children-complaint',
    kind: 'children',
    strength: 'legal-right',
    nations: ['wales'],
    when: all(WALES, CHILDREN_STATUSES, is('children-complaint', 'yes')),
    reasons: [
      reason(CHILDREN_COMPLAINT),
      reason(
        you(
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
      ),
    ],
    basis: [SRC.walesSswba178, SRC.walesRepresentationsRegs],
  },
  {
    id: 'wales-children-other',
    kind: 'children',
    strength: 'may-be-able',
    nations: ['wales'],
    when: all(
      WALES,
      is('children-status', 'care-leaver', 'child-in-need'),
      is('children-complaint', 'no'),
    ),
    reasons: [
      reason(
        both(
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
      ),
      reason(ASK_SOCIAL_WORKER),
    ],
    basis: [],
  },

  // ----- Advocacy that no law requires: offered alongside, and always when no legal right applies
  {
    id: 'specialist-mental-health',
    kind: 'mental-health',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: any(is('situation', 'mental-health-care'), is('condition', 'mental-health')),
    reasons: [
      reason(
        both(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'specialist-learning-disability-autism',
    kind: 'learning-disability-autism',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: is('condition', 'learning-disability', 'autism'),
    reasons: [
      reason(
        both(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'specialist-children',
    kind: 'children',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: UNDER_18,
    reasons: [
      reason(
        both(
          () =>
            msg('Many areas have advocacy services just for children and young people.', {
              id: 'quiz.reason.specialist-children',
            }),
          () =>
            msg('Some advocates only help children and young people.', {
              id: 'quiz.reason.specialist-children.easy',
            }),
        ),
      ),
    ],
    basis: [],
  },
  {
    id: 'citizen',
    kind: 'citizen',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: is('condition', 'learning-disability', 'autism', 'dementia'),
    reasons: [
      reason(
        you(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'community-no-legal-right',
    kind: 'community',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    only: 'without-legal-right',
    when: ALWAYS,
    reasons: [
      reason(
        both(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'community',
    kind: 'community',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: ALWAYS,
    reasons: [
      reason(
        both(
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
      ),
      reason(
        both(
          () =>
            msg('Some services specialise in supporting people with dementia.', {
              id: 'quiz.reason.community-dementia',
            }),
          () =>
            msg('Some advocates know a lot about dementia.', {
              id: 'quiz.reason.community-dementia.easy',
            }),
        ),
        is('condition', 'dementia'),
      ),
      reason(
        you(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'self',
    kind: 'self',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: ALWAYS,
    reasons: [
      reason(
        both(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'peer',
    kind: 'peer',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: ALWAYS,
    reasons: [
      reason(
        you(
          () =>
            msg(
              'A peer advocate has lived through something similar and can support you to speak up.',
              {
                id: 'quiz.reason.peer.self',
              },
            ),
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
      ),
    ],
    basis: [],
  },
  {
    id: 'group',
    kind: 'group',
    strength: 'may-be-able',
    nations: [],
    nonStatutory: true,
    when: ALWAYS,
    reasons: [
      reason(
        both(
          () =>
            msg(
              'Group advocacy brings together people in a similar situation, so their views are heard together.',
              {
                id: 'quiz.reason.group',
              },
            ),
          () =>
            msg('In group advocacy, people speak up together.', { id: 'quiz.reason.group.easy' }),
        ),
      ),
    ],
    basis: [],
  },
  {
    id: 'paid',
    kind: 'paid',
    strength: 'ask-about',
    nations: [],
    nonStatutory: true,
    only: 'without-legal-right',
    when: ALWAYS,
    reasons: [
      reason(
        both(
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
      ),
    ],
    basis: [],
  },
  {
    id: 'spot-purchase',
    kind: 'spot-purchase',
    strength: 'ask-about',
    nations: [],
    nonStatutory: true,
    only: 'with-legal-right',
    when: is('role', 'professional'),
    reasons: [
      reason(
        both(
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
      ),
      reason(
        both(
          () =>
            msg('This is called spot-purchase advocacy.', { id: 'quiz.reason.spot-purchase-name' }),
          () =>
            msg('This is called spot-purchase advocacy.', {
              id: 'quiz.reason.spot-purchase-name.easy',
            }),
        ),
      ),
    ],
    basis: [],
  },
];

/** The rule with this id. */
export function getRule(id: string): Rule {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`Unknown rule id: ${id}`);
  return found;
}

/** Kinds of advocacy no law requires: at least one is always offered when no legal right applies. */
export const NON_STATUTORY_RULE_IDS: readonly string[] = RULES.filter((r) => r.nonStatutory).map(
  (r) => r.id,
);
