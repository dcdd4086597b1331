/**
 * The questions the quiz asks, in order, as data. Each one is asked only when its answer can
 * change the result (`when` / `appliesWhen`). Wording is in two perspectives ("you" and "the
 * person you support") and two registers (standard and easy read), always as whole sentences.
 *
 * Nothing here asks for anything that identifies a person: no names, dates of birth, addresses
 * or named diagnoses. Age is asked as a band, health as a broad group the person may skip.
 */
import { msg } from '@lit/localize';
import { ALWAYS, all, any, holds, is } from './conditions.js';
import { same, text } from './text.js';
import type { Condition, Question, QuestionId, QuestionOption } from './types.js';

export {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND_OR_WALES,
  IMCA_NEEDS_SUPPORT_ANSWER,
  SOCIAL_CARE_PROCESS,
  SOME_DIFFICULTY,
  UNDER_18,
  UNDER_25,
} from './when.js';
import {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND_OR_WALES,
  IMCA_NEEDS_SUPPORT_ANSWER,
  SOCIAL_CARE_PROCESS,
  SOME_DIFFICULTY,
  UNDER_18,
  UNDER_25,
} from './when.js';

function question(q: Omit<Question, 'appliesWhen'>): Question {
  return { ...q, appliesWhen: (answers) => holds(q.when, answers) };
}

function option(
  id: string,
  label: Question['legend'],
  extra: Omit<QuestionOption, 'id' | 'label'> = {},
): QuestionOption {
  return { id, label, ...extra };
}

const role = question({
  id: 'role',
  type: 'single',
  topic: 'Who is answering',
  when: ALWAYS,
  legend: same(
    text(
      () =>
        msg('Who are you finding out for?', {
          id: 'quiz.q.role.legend',
          desc: 'First quiz question.',
        }),
      () =>
        msg('Who is this for?', {
          id: 'quiz.q.role.legend.easy',
          desc: 'First quiz question, easy read.',
        }),
    ),
  ),
  hint: same(
    text(
      () =>
        msg('If you are a carer and want an advocate for yourself, choose ‘Myself’.', {
          id: 'quiz.q.role.hint',
          desc: 'Hint under the first question. ‘Myself’ is the label of the first answer.',
        }),
      () =>
        msg('Are you a carer who wants help for yourself? Choose ‘Me’.', {
          id: 'quiz.q.role.hint.easy',
          desc: 'Easy read hint. ‘Me’ is the label of the first answer.',
        }),
    ),
  ),
  error: same(
    text(
      () => msg('Select who you are finding out for', { id: 'quiz.q.role.error' }),
      () => msg('Choose who this is for.', { id: 'quiz.q.role.error.easy' }),
    ),
  ),
  options: [
    option(
      'self',
      same(
        text(
          () => msg('Myself', { id: 'quiz.q.role.opt.self' }),
          () => msg('Me', { id: 'quiz.q.role.opt.self.easy' }),
        ),
      ),
    ),
    option(
      'family-friend',
      same(
        text(
          () =>
            msg('Someone I support as their carer, family member or friend', {
              id: 'quiz.q.role.opt.family-friend',
            }),
          () =>
            msg('Someone I care for, or a family member or friend', {
              id: 'quiz.q.role.opt.family-friend.easy',
            }),
        ),
      ),
    ),
    option(
      'professional',
      same(
        text(
          () => msg('Someone I support in my job', { id: 'quiz.q.role.opt.professional' }),
          () => msg('Someone I support at work', { id: 'quiz.q.role.opt.professional.easy' }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('For example, as a social worker, nurse or support worker.', {
                id: 'quiz.q.role.opt.professional.hint',
              }),
            () =>
              msg('For example, a social worker or a nurse.', {
                id: 'quiz.q.role.opt.professional.hint.easy',
              }),
          ),
        ),
      },
    ),
  ],
});

const nation = question({
  id: 'nation',
  type: 'single',
  topic: 'Nation',
  when: ALWAYS,
  legend: {
    self: text(
      () =>
        msg('Where in the UK do you live or get your care?', { id: 'quiz.q.nation.legend.self' }),
      () => msg('Where do you live?', { id: 'quiz.q.nation.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg('Where in the UK does the person you support live or get their care?', {
          id: 'quiz.q.nation.legend.other',
        }),
      () => msg('Where does the person live?', { id: 'quiz.q.nation.legend.other.easy' }),
    ),
  },
  hint: {
    self: text(
      () =>
        msg(
          'The law on advocacy is different in each part of the UK. If you are in hospital, choose where the hospital is.',
          { id: 'quiz.q.nation.hint.self' },
        ),
      () =>
        msg(
          'Each part of the UK has its own rules. Are you in hospital? Choose where the hospital is.',
          {
            id: 'quiz.q.nation.hint.self.easy',
          },
        ),
    ),
    other: text(
      () =>
        msg(
          'The law on advocacy is different in each part of the UK. If they are in hospital, choose where the hospital is.',
          { id: 'quiz.q.nation.hint.other' },
        ),
      () =>
        msg(
          'Each part of the UK has its own rules. Are they in hospital? Choose where the hospital is.',
          {
            id: 'quiz.q.nation.hint.other.easy',
          },
        ),
    ),
  },
  error: same(
    text(
      () => msg('Select a part of the UK', { id: 'quiz.q.nation.error' }),
      () => msg('Choose a part of the UK.', { id: 'quiz.q.nation.error.easy' }),
    ),
  ),
  options: [
    option(
      'england',
      same(
        text(
          () => msg('England', { id: 'quiz.q.nation.opt.england' }),
          () => msg('England', { id: 'quiz.q.nation.opt.england.easy' }),
        ),
      ),
    ),
    option(
      'wales',
      same(
        text(
          () => msg('Wales', { id: 'quiz.q.nation.opt.wales' }),
          () => msg('Wales', { id: 'quiz.q.nation.opt.wales.easy' }),
        ),
      ),
    ),
    option(
      'scotland',
      same(
        text(
          () => msg('Scotland', { id: 'quiz.q.nation.opt.scotland' }),
          () => msg('Scotland', { id: 'quiz.q.nation.opt.scotland.easy' }),
        ),
      ),
    ),
    option(
      'northern-ireland',
      same(
        text(
          () => msg('Northern Ireland', { id: 'quiz.q.nation.opt.northern-ireland' }),
          () => msg('Northern Ireland', { id: 'quiz.q.nation.opt.northern-ireland.easy' }),
        ),
      ),
    ),
  ],
});

const age = question({
  id: 'age',
  type: 'single',
  topic: 'Age group',
  when: ALWAYS,
  legend: {
    self: text(
      () => msg('How old are you?', { id: 'quiz.q.age.legend.self' }),
      () => msg('How old are you?', { id: 'quiz.q.age.legend.self.easy' }),
    ),
    other: text(
      () => msg('How old is the person you support?', { id: 'quiz.q.age.legend.other' }),
      () => msg('How old is the person?', { id: 'quiz.q.age.legend.other.easy' }),
    ),
  },
  hint: same(
    text(
      () =>
        msg('Some rights depend on age. Choose an age group. We do not need an exact age.', {
          id: 'quiz.q.age.hint',
        }),
      () => msg('Some rights depend on age. Choose a group.', { id: 'quiz.q.age.hint.easy' }),
    ),
  ),
  error: same(
    text(
      () => msg('Select an age group', { id: 'quiz.q.age.error' }),
      () => msg('Choose an age group.', { id: 'quiz.q.age.error.easy' }),
    ),
  ),
  options: [
    option(
      'under-16',
      same(
        text(
          () => msg('Under 16', { id: 'quiz.q.age.opt.under-16' }),
          () => msg('Under 16', { id: 'quiz.q.age.opt.under-16.easy' }),
        ),
      ),
    ),
    option(
      '16-17',
      same(
        text(
          () => msg('16 or 17', { id: 'quiz.q.age.opt.16-17' }),
          () => msg('16 or 17', { id: 'quiz.q.age.opt.16-17.easy' }),
        ),
      ),
    ),
    option(
      '18-24',
      same(
        text(
          () => msg('18 to 24', { id: 'quiz.q.age.opt.18-24' }),
          () => msg('18 to 24', { id: 'quiz.q.age.opt.18-24.easy' }),
        ),
      ),
    ),
    option(
      '25-or-over',
      same(
        text(
          () => msg('25 or over', { id: 'quiz.q.age.opt.25-or-over' }),
          () => msg('25 or older', { id: 'quiz.q.age.opt.25-or-over.easy' }),
        ),
      ),
    ),
  ],
});

const situation = question({
  id: 'situation',
  type: 'multiple',
  topic: 'Situation',
  when: ALWAYS,
  legend: {
    self: text(
      () => msg('What do you want help with?', { id: 'quiz.q.situation.legend.self' }),
      () => msg('What do you want help with?', { id: 'quiz.q.situation.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg('What does the person you support want help with?', {
          id: 'quiz.q.situation.legend.other',
        }),
      () =>
        msg('What does the person want help with?', { id: 'quiz.q.situation.legend.other.easy' }),
    ),
  },
  hint: same(
    text(
      () => msg('Select all that apply.', { id: 'quiz.q.situation.hint' }),
      () => msg('You can choose more than 1.', { id: 'quiz.q.situation.hint.easy' }),
    ),
  ),
  error: same(
    text(
      () =>
        msg('Select what you want help with, or ‘Something else’', {
          id: 'quiz.q.situation.error',
          desc: '‘Something else’ starts the label of the last answer.',
        }),
      () => msg('Choose at least 1 answer.', { id: 'quiz.q.situation.error.easy' }),
    ),
  ),
  options: [
    option(
      'mental-health-care',
      same(
        text(
          () =>
            msg('Mental health care or treatment', {
              id: 'quiz.q.situation.opt.mental-health-care',
            }),
          () =>
            msg('Care for mental health', { id: 'quiz.q.situation.opt.mental-health-care.easy' }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('In hospital or at home, including under the Mental Health Act.', {
                id: 'quiz.q.situation.opt.mental-health-care.hint',
              }),
            () =>
              msg('In hospital or at home.', {
                id: 'quiz.q.situation.opt.mental-health-care.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'medical-treatment',
      same(
        text(
          () =>
            msg('A big decision about medical treatment', {
              id: 'quiz.q.situation.opt.medical-treatment',
            }),
          () =>
            msg('A big decision about treatment', {
              id: 'quiz.q.situation.opt.medical-treatment.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('For example, an operation, or starting or stopping a serious treatment.', {
                id: 'quiz.q.situation.opt.medical-treatment.hint',
              }),
            () =>
              msg('For example, an operation.', {
                id: 'quiz.q.situation.opt.medical-treatment.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'move',
      same(
        text(
          () =>
            msg('Moving into a care home, or a long stay in hospital', {
              id: 'quiz.q.situation.opt.move',
            }),
          () => msg('Moving to a care home or hospital', { id: 'quiz.q.situation.opt.move.easy' }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('Arranged by the NHS or the council.', { id: 'quiz.q.situation.opt.move.hint' }),
            () =>
              msg('The NHS or the council plans it.', {
                id: 'quiz.q.situation.opt.move.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'liberty',
      same(
        text(
          () =>
            msg('Not being free to leave a care home or hospital', {
              id: 'quiz.q.situation.opt.liberty',
            }),
          () =>
            msg('Not being allowed to leave a care home or hospital', {
              id: 'quiz.q.situation.opt.liberty.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg(
                'Staff would stop someone leaving if they tried. This is called a deprivation of liberty.',
                {
                  id: 'quiz.q.situation.opt.liberty.hint',
                },
              ),
            () =>
              msg('Staff would stop someone if they tried to leave.', {
                id: 'quiz.q.situation.opt.liberty.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'social-care',
      same(
        text(
          () =>
            msg('An assessment, care plan or review from the council’s social care team', {
              id: 'quiz.q.situation.opt.social-care',
            }),
          () =>
            msg('A meeting with the council about care and support', {
              id: 'quiz.q.situation.opt.social-care.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('This includes a carer’s assessment. In Scotland, this is done by social work.', {
                id: 'quiz.q.situation.opt.social-care.hint',
              }),
            () =>
              msg('For example, a plan or a review. Carers can choose this too.', {
                id: 'quiz.q.situation.opt.social-care.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'safeguarding',
      same(
        text(
          () => msg('Worries about abuse or neglect', { id: 'quiz.q.situation.opt.safeguarding' }),
          () =>
            msg('Someone may be hurting or neglecting a person', {
              id: 'quiz.q.situation.opt.safeguarding.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('The council is looking into possible harm. This is called safeguarding.', {
                id: 'quiz.q.situation.opt.safeguarding.hint',
              }),
            () =>
              msg('The council is checking that the person is safe.', {
                id: 'quiz.q.situation.opt.safeguarding.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'nhs-complaint',
      same(
        text(
          () => msg('A complaint about NHS care', { id: 'quiz.q.situation.opt.nhs-complaint' }),
          () => msg('A complaint about the NHS', { id: 'quiz.q.situation.opt.nhs-complaint.easy' }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('In Northern Ireland, a complaint about health and social care.', {
                id: 'quiz.q.situation.opt.nhs-complaint.hint',
              }),
            () =>
              msg('For example, about a hospital or a doctor.', {
                id: 'quiz.q.situation.opt.nhs-complaint.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'children-services',
      same(
        text(
          () =>
            msg('Children’s services, being in care, or leaving care', {
              id: 'quiz.q.situation.opt.children-services',
            }),
          () =>
            msg('Being in care, or leaving care', {
              id: 'quiz.q.situation.opt.children-services.easy',
            }),
        ),
      ),
      {
        shownWhen: UNDER_25,
        hint: same(
          text(
            () =>
              msg(
                'For example, a social worker from children’s services, or support as a care leaver.',
                {
                  id: 'quiz.q.situation.opt.children-services.hint',
                },
              ),
            () =>
              msg('For example, help from a social worker for children.', {
                id: 'quiz.q.situation.opt.children-services.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'none',
      same(
        text(
          () => msg('Something else, or none of these', { id: 'quiz.q.situation.opt.none' }),
          () => msg('Something else', { id: 'quiz.q.situation.opt.none.easy' }),
        ),
      ),
      {
        exclusive: true,
        hint: same(
          text(
            () =>
              msg('For example, housing, money or everyday life.', {
                id: 'quiz.q.situation.opt.none.hint',
              }),
            () =>
              msg('For example, housing or money.', { id: 'quiz.q.situation.opt.none.hint.easy' }),
          ),
        ),
      },
    ),
  ],
});

const mhStatus = question({
  id: 'mh-status',
  type: 'single',
  topic: 'Mental Health Act status',
  when: all(ENGLAND_OR_WALES, is('situation', 'mental-health-care')),
  legend: {
    self: text(
      () =>
        msg('Which of these describes your mental health care now?', {
          id: 'quiz.q.mh-status.legend.self',
        }),
      () => msg('Which of these is true for you now?', { id: 'quiz.q.mh-status.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg('Which of these describes the mental health care of the person you support now?', {
          id: 'quiz.q.mh-status.legend.other',
        }),
      () =>
        msg('Which of these is true for the person now?', {
          id: 'quiz.q.mh-status.legend.other.easy',
        }),
    ),
  },
  hint: {
    self: text(
      () =>
        msg('Staff can tell you which section of the Mental Health Act is used for you, if any.', {
          id: 'quiz.q.mh-status.hint.self',
        }),
      () => msg('Not sure? The staff can tell you.', { id: 'quiz.q.mh-status.hint.self.easy' }),
    ),
    other: text(
      () =>
        msg(
          'Staff can tell the person which section of the Mental Health Act is used for them, if any.',
          {
            id: 'quiz.q.mh-status.hint.other',
          },
        ),
      () =>
        msg('Not sure? The staff can tell the person.', { id: 'quiz.q.mh-status.hint.other.easy' }),
    ),
  },
  error: same(
    text(
      () => msg('Select which of these describes the care now', { id: 'quiz.q.mh-status.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.mh-status.error.easy' }),
    ),
  ),
  options: [
    option(
      'detained',
      same(
        text(
          () =>
            msg('Detained in hospital under the Mental Health Act (sectioned)', {
              id: 'quiz.q.mh-status.opt.detained',
            }),
          () =>
            msg('Kept in hospital under the Mental Health Act', {
              id: 'quiz.q.mh-status.opt.detained.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg(
                'For example, section 2 or 3, or a section from a court. Choose this during leave from hospital too.',
                {
                  id: 'quiz.q.mh-status.opt.detained.hint',
                },
              ),
            () =>
              msg('This is called being sectioned. For example, section 2 or 3.', {
                id: 'quiz.q.mh-status.opt.detained.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'short-hold',
      same(
        text(
          () =>
            msg('Held for a short time under section 4, 5(2) or 5(4)', {
              id: 'quiz.q.mh-status.opt.short-hold',
            }),
          () =>
            msg('Kept for a short time under section 4 or 5', {
              id: 'quiz.q.mh-status.opt.short-hold.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('These sections last up to 72 hours, or 6 hours for section 5(4).', {
                id: 'quiz.q.mh-status.opt.short-hold.hint',
              }),
            () =>
              msg('This lasts up to 3 days.', { id: 'quiz.q.mh-status.opt.short-hold.hint.easy' }),
          ),
        ),
      },
    ),
    option(
      'place-of-safety',
      same(
        text(
          () =>
            msg('Taken to a place of safety by the police, under section 135 or 136', {
              id: 'quiz.q.mh-status.opt.place-of-safety',
            }),
          () =>
            msg('Taken to a safe place by the police', {
              id: 'quiz.q.mh-status.opt.place-of-safety.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('A place of safety can be a hospital or, rarely, a police station.', {
                id: 'quiz.q.mh-status.opt.place-of-safety.hint',
              }),
            () =>
              msg('This is section 135 or section 136.', {
                id: 'quiz.q.mh-status.opt.place-of-safety.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'cto',
      same(
        text(
          () => msg('On a community treatment order (CTO)', { id: 'quiz.q.mh-status.opt.cto' }),
          () =>
            msg('Living at home with rules from the hospital', {
              id: 'quiz.q.mh-status.opt.cto.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('Living in the community with conditions, after being detained in hospital.', {
                id: 'quiz.q.mh-status.opt.cto.hint',
              }),
            () =>
              msg('This is called a community treatment order (CTO).', {
                id: 'quiz.q.mh-status.opt.cto.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'guardianship',
      same(
        text(
          () => msg('Under guardianship', { id: 'quiz.q.mh-status.opt.guardianship' }),
          () => msg('Having a guardian', { id: 'quiz.q.mh-status.opt.guardianship.easy' }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg(
                'A guardian, usually the council, can decide some things, such as where to live.',
                {
                  id: 'quiz.q.mh-status.opt.guardianship.hint',
                },
              ),
            () =>
              msg('A guardian can decide some things, like where to live.', {
                id: 'quiz.q.mh-status.opt.guardianship.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'conditional-discharge',
      same(
        text(
          () =>
            msg('Conditionally discharged from hospital', {
              id: 'quiz.q.mh-status.opt.conditional-discharge',
            }),
          () =>
            msg('Out of hospital with rules from a court', {
              id: 'quiz.q.mh-status.opt.conditional-discharge.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg(
                'For people with a restriction order from a court, living in the community with conditions.',
                {
                  id: 'quiz.q.mh-status.opt.conditional-discharge.hint',
                },
              ),
            () =>
              msg('This is called a conditional discharge.', {
                id: 'quiz.q.mh-status.opt.conditional-discharge.hint.easy',
              }),
          ),
        ),
      },
    ),
    option('informal-inpatient', {
      self: text(
        () =>
          msg('In hospital by choice (an informal or voluntary patient)', {
            id: 'quiz.q.mh-status.opt.informal-inpatient',
          }),
        () =>
          msg('In hospital because I chose to be', {
            id: 'quiz.q.mh-status.opt.informal-inpatient.self.easy',
          }),
      ),
      other: text(
        () =>
          msg('In hospital by choice (an informal or voluntary patient)', {
            id: 'quiz.q.mh-status.opt.informal-inpatient',
          }),
        () =>
          msg('In hospital because they chose to be', {
            id: 'quiz.q.mh-status.opt.informal-inpatient.other.easy',
          }),
      ),
    }),
    option(
      'community',
      same(
        text(
          () =>
            msg(
              'Getting mental health care while living at home, not under the Mental Health Act',
              {
                id: 'quiz.q.mh-status.opt.community',
              },
            ),
          () => msg('Getting care at home', { id: 'quiz.q.mh-status.opt.community.easy' }),
        ),
      ),
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.mh-status.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.mh-status.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});

const specialTreatment = question({
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

const condition = question({
  id: 'condition',
  type: 'multiple',
  topic: 'Health or disability group',
  when: ALWAYS,
  legend: {
    self: text(
      () => msg('Do you have any of these?', { id: 'quiz.q.condition.legend.self' }),
      () => msg('Do you have any of these?', { id: 'quiz.q.condition.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg('Does the person you support have any of these?', {
          id: 'quiz.q.condition.legend.other',
        }),
      () => msg('Does the person have any of these?', { id: 'quiz.q.condition.legend.other.easy' }),
    ),
  },
  hint: same(
    text(
      () =>
        msg(
          'Select all that apply. This helps us find specialist advocacy. You do not need a diagnosis.',
          {
            id: 'quiz.q.condition.hint',
          },
        ),
      () =>
        msg('You can choose more than 1. You do not have to tell us.', {
          id: 'quiz.q.condition.hint.easy',
        }),
    ),
  ),
  error: same(
    text(
      () =>
        msg('Select any that apply, or ‘None of these’', {
          id: 'quiz.q.condition.error',
          desc: '‘None of these’ is the label of an answer.',
        }),
      () => msg('Choose at least 1 answer.', { id: 'quiz.q.condition.error.easy' }),
    ),
  ),
  options: [
    option(
      'mental-health',
      same(
        text(
          () => msg('A mental health condition', { id: 'quiz.q.condition.opt.mental-health' }),
          () => msg('A mental health condition', { id: 'quiz.q.condition.opt.mental-health.easy' }),
        ),
      ),
    ),
    option(
      'dementia',
      same(
        text(
          () => msg('Dementia or memory problems', { id: 'quiz.q.condition.opt.dementia' }),
          () =>
            msg('Dementia or problems remembering', { id: 'quiz.q.condition.opt.dementia.easy' }),
        ),
      ),
    ),
    option(
      'learning-disability',
      same(
        text(
          () => msg('A learning disability', { id: 'quiz.q.condition.opt.learning-disability' }),
          () =>
            msg('A learning disability', { id: 'quiz.q.condition.opt.learning-disability.easy' }),
        ),
      ),
    ),
    option(
      'autism',
      same(
        text(
          () => msg('Autism', { id: 'quiz.q.condition.opt.autism' }),
          () => msg('Autism', { id: 'quiz.q.condition.opt.autism.easy' }),
        ),
      ),
    ),
    option(
      'brain-injury',
      same(
        text(
          () => msg('A brain injury', { id: 'quiz.q.condition.opt.brain-injury' }),
          () => msg('A brain injury', { id: 'quiz.q.condition.opt.brain-injury.easy' }),
        ),
      ),
    ),
    option(
      'none',
      same(
        text(
          () => msg('None of these', { id: 'quiz.q.condition.opt.none' }),
          () => msg('None of these', { id: 'quiz.q.condition.opt.none.easy' }),
        ),
      ),
      { exclusive: true },
    ),
    option(
      'not-saying',
      same(
        text(
          () =>
            msg('I’m not sure, or I’d rather not say', { id: 'quiz.q.condition.opt.not-saying' }),
          () =>
            msg('I do not know, or I do not want to say', {
              id: 'quiz.q.condition.opt.not-saying.easy',
            }),
        ),
      ),
      { exclusive: true },
    ),
  ],
});

const childrenStatus = question({
  id: 'children-status',
  type: 'multiple',
  topic: 'Children’s services',
  when: all(UNDER_25, is('situation', 'children-services')),
  legend: {
    self: text(
      () => msg('Which of these is true for you?', { id: 'quiz.q.children-status.legend.self' }),
      () =>
        msg('Which of these is true for you?', { id: 'quiz.q.children-status.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg('Which of these is true for the person you support?', {
          id: 'quiz.q.children-status.legend.other',
        }),
      () =>
        msg('Which of these is true for the person?', {
          id: 'quiz.q.children-status.legend.other.easy',
        }),
    ),
  },
  hint: same(
    text(
      () => msg('Select all that apply.', { id: 'quiz.q.children-status.hint' }),
      () => msg('You can choose more than 1.', { id: 'quiz.q.children-status.hint.easy' }),
    ),
  ),
  error: same(
    text(
      () =>
        msg('Select any that apply, or ‘None of these’', {
          id: 'quiz.q.children-status.error',
          desc: '‘None of these’ is the label of an answer.',
        }),
      () => msg('Choose at least 1 answer.', { id: 'quiz.q.children-status.error.easy' }),
    ),
  ),
  options: [
    option(
      'looked-after',
      same(
        text(
          () =>
            msg('In care (looked after by the council)', {
              id: 'quiz.q.children-status.opt.looked-after',
            }),
          () => msg('In care', { id: 'quiz.q.children-status.opt.looked-after.easy' }),
        ),
      ),
      {
        shownWhen: UNDER_18,
        hint: same(
          text(
            () =>
              msg('For example, living with foster carers or in a children’s home.', {
                id: 'quiz.q.children-status.opt.looked-after.hint',
              }),
            () =>
              msg('For example, living with foster carers.', {
                id: 'quiz.q.children-status.opt.looked-after.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'care-leaver',
      same(
        text(
          () =>
            msg('Leaving care, or a care leaver', { id: 'quiz.q.children-status.opt.care-leaver' }),
          () => msg('Leaving care', { id: 'quiz.q.children-status.opt.care-leaver.easy' }),
        ),
      ),
      {
        shownWhen: is('age', '16-17', '18-24'),
        hint: same(
          text(
            () =>
              msg('Someone who was in care and now gets support to live on their own.', {
                id: 'quiz.q.children-status.opt.care-leaver.hint',
              }),
            () =>
              msg('Someone who was in care and now lives on their own.', {
                id: 'quiz.q.children-status.opt.care-leaver.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'child-protection',
      same(
        text(
          () =>
            msg('A child protection plan or enquiry', {
              id: 'quiz.q.children-status.opt.child-protection',
            }),
          () =>
            msg('A plan to keep a child safe', {
              id: 'quiz.q.children-status.opt.child-protection.easy',
            }),
        ),
      ),
      { shownWhen: UNDER_18 },
    ),
    option(
      'child-in-need',
      same(
        text(
          () =>
            msg('Other help from children’s services', {
              id: 'quiz.q.children-status.opt.child-in-need',
            }),
          () =>
            msg('Other help from a social worker', {
              id: 'quiz.q.children-status.opt.child-in-need.easy',
            }),
        ),
      ),
      {
        shownWhen: UNDER_18,
        hint: same(
          text(
            () =>
              msg('For example, help for a disabled child or a young carer.', {
                id: 'quiz.q.children-status.opt.child-in-need.hint',
              }),
            () =>
              msg('For example, help for a young carer.', {
                id: 'quiz.q.children-status.opt.child-in-need.hint.easy',
              }),
          ),
        ),
      },
    ),
    option(
      'childrens-hearing',
      same(
        text(
          () =>
            msg('Going to a children’s hearing', {
              id: 'quiz.q.children-status.opt.childrens-hearing',
            }),
          () =>
            msg('Going to a children’s hearing', {
              id: 'quiz.q.children-status.opt.childrens-hearing.easy',
            }),
        ),
      ),
      { shownWhen: all(is('nation', 'scotland'), UNDER_18) },
    ),
    option(
      'none',
      same(
        text(
          () => msg('None of these', { id: 'quiz.q.children-status.opt.none' }),
          () => msg('None of these', { id: 'quiz.q.children-status.opt.none.easy' }),
        ),
      ),
      { exclusive: true },
    ),
  ],
});

const childrenComplaint = question({
  id: 'children-complaint',
  type: 'single',
  topic: 'Complaint about children’s services',
  when: all(
    ENGLAND_OR_WALES,
    is('children-status', 'looked-after', 'care-leaver', 'child-protection', 'child-in-need'),
  ),
  legend: {
    self: text(
      () =>
        msg(
          'Do you want to make a complaint, or challenge a decision, about children’s services or leaving care support?',
          {
            id: 'quiz.q.children-complaint.legend.self',
          },
        ),
      () =>
        msg('Do you want to complain about a social worker or your care?', {
          id: 'quiz.q.children-complaint.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'Does the person you support want to make a complaint, or challenge a decision, about children’s services or leaving care support?',
          {
            id: 'quiz.q.children-complaint.legend.other',
          },
        ),
      () =>
        msg('Does the person want to complain about a social worker or their care?', {
          id: 'quiz.q.children-complaint.legend.other.easy',
        }),
    ),
  },
  error: same(
    text(
      () => msg('Select yes or no', { id: 'quiz.q.children-complaint.error' }),
      () => msg('Choose yes or no.', { id: 'quiz.q.children-complaint.error.easy' }),
    ),
  ),
  options: [
    option(
      'yes',
      same(
        text(
          () => msg('Yes', { id: 'quiz.q.children-complaint.opt.yes' }),
          () => msg('Yes', { id: 'quiz.q.children-complaint.opt.yes.easy' }),
        ),
      ),
    ),
    option(
      'no',
      same(
        text(
          () => msg('No, or not yet', { id: 'quiz.q.children-complaint.opt.no' }),
          () => msg('No, or not yet', { id: 'quiz.q.children-complaint.opt.no.easy' }),
        ),
      ),
    ),
  ],
});

const capacity = question({
  id: 'capacity',
  type: 'single',
  topic: 'Mental capacity for the decision',
  when: any(
    all(
      ENGLAND_OR_WALES,
      AGED_16_OR_OVER,
      is('situation', 'medical-treatment', 'move', 'social-care'),
    ),
    all(ENGLAND_OR_WALES, ADULT, is('situation', 'safeguarding', 'liberty')),
    all(is('nation', 'northern-ireland'), AGED_16_OR_OVER, is('situation', 'liberty')),
  ),
  legend: {
    self: text(
      () =>
        msg(
          'Has a doctor, nurse or social worker decided that you cannot make this decision yourself right now?',
          {
            id: 'quiz.q.capacity.legend.self',
          },
        ),
      () =>
        msg('Has a professional said you cannot make this decision now?', {
          id: 'quiz.q.capacity.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'Has a doctor, nurse or social worker decided that the person you support cannot make this decision themselves right now?',
          {
            id: 'quiz.q.capacity.legend.other',
          },
        ),
      () =>
        msg('Has a professional said the person cannot make this decision now?', {
          id: 'quiz.q.capacity.legend.other.easy',
        }),
    ),
  },
  hint: same(
    text(
      () =>
        msg(
          'This is called lacking mental capacity. It is about one decision at one time. Everyone must get help to decide for themselves first.',
          {
            id: 'quiz.q.capacity.hint',
          },
        ),
      () =>
        msg('This is about 1 decision only. People must get help to decide first.', {
          id: 'quiz.q.capacity.hint.easy',
        }),
    ),
  ),
  error: same(
    text(
      () => msg('Select an answer about this decision', { id: 'quiz.q.capacity.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.capacity.error.easy' }),
    ),
  ),
  options: [
    option(
      'lacks',
      same(
        text(
          () => msg('Yes, a professional has decided this', { id: 'quiz.q.capacity.opt.lacks' }),
          () => msg('Yes', { id: 'quiz.q.capacity.opt.lacks.easy' }),
        ),
      ),
    ),
    option('can-decide', {
      self: text(
        () => msg('No, I can make this decision', { id: 'quiz.q.capacity.opt.can-decide.self' }),
        () => msg('No, I can decide', { id: 'quiz.q.capacity.opt.can-decide.self.easy' }),
      ),
      other: text(
        () =>
          msg('No, they can make this decision', { id: 'quiz.q.capacity.opt.can-decide.other' }),
        () => msg('No, they can decide', { id: 'quiz.q.capacity.opt.can-decide.other.easy' }),
      ),
    }),
    option(
      'not-sure',
      same(
        text(
          () =>
            msg('I’m not sure, or it has not been checked yet', {
              id: 'quiz.q.capacity.opt.not-sure',
            }),
          () => msg('I do not know', { id: 'quiz.q.capacity.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});

const difficulty = question({
  id: 'difficulty',
  type: 'multiple',
  topic: 'Substantial difficulty',
  when: all(ENGLAND_OR_WALES, SOCIAL_CARE_PROCESS),
  legend: {
    self: text(
      () =>
        msg(
          'Without help, would you find any of these very hard when the council talks with you about your care?',
          {
            id: 'quiz.q.difficulty.legend.self',
          },
        ),
      () =>
        msg('Without help, would any of these be very hard for you?', {
          id: 'quiz.q.difficulty.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'Without help, would the person you support find any of these very hard when the council talks with them about their care?',
          {
            id: 'quiz.q.difficulty.legend.other',
          },
        ),
      () =>
        msg('Without help, would any of these be very hard for the person?', {
          id: 'quiz.q.difficulty.legend.other.easy',
        }),
    ),
  },
  hint: same(
    text(
      () =>
        msg('Select all that apply. The law calls this having substantial difficulty.', {
          id: 'quiz.q.difficulty.hint',
        }),
      () => msg('You can choose more than 1.', { id: 'quiz.q.difficulty.hint.easy' }),
    ),
  ),
  error: same(
    text(
      () =>
        msg('Select any that apply, or ‘None of these’', {
          id: 'quiz.q.difficulty.error',
          desc: '‘None of these’ is the label of an answer.',
        }),
      () => msg('Choose at least 1 answer.', { id: 'quiz.q.difficulty.error.easy' }),
    ),
  ),
  options: [
    option(
      'understanding',
      same(
        text(
          () => msg('Understanding the information', { id: 'quiz.q.difficulty.opt.understanding' }),
          () =>
            msg('Understanding what people say', {
              id: 'quiz.q.difficulty.opt.understanding.easy',
            }),
        ),
      ),
    ),
    option(
      'remembering',
      same(
        text(
          () => msg('Remembering the information', { id: 'quiz.q.difficulty.opt.remembering' }),
          () =>
            msg('Remembering what people say', { id: 'quiz.q.difficulty.opt.remembering.easy' }),
        ),
      ),
    ),
    option(
      'weighing',
      same(
        text(
          () =>
            msg('Weighing up the information to make a choice', {
              id: 'quiz.q.difficulty.opt.weighing',
            }),
          () =>
            msg('Thinking about choices to decide', { id: 'quiz.q.difficulty.opt.weighing.easy' }),
        ),
      ),
    ),
    option('communicating', {
      self: text(
        () =>
          msg('Saying what you think, want or feel', {
            id: 'quiz.q.difficulty.opt.communicating.self',
          }),
        () => msg('Saying what you want', { id: 'quiz.q.difficulty.opt.communicating.self.easy' }),
      ),
      other: text(
        () =>
          msg('Saying what they think, want or feel', {
            id: 'quiz.q.difficulty.opt.communicating.other',
          }),
        () =>
          msg('Saying what they want', { id: 'quiz.q.difficulty.opt.communicating.other.easy' }),
      ),
    }),
    option(
      'none',
      same(
        text(
          () => msg('None of these', { id: 'quiz.q.difficulty.opt.none' }),
          () => msg('None of these', { id: 'quiz.q.difficulty.opt.none.easy' }),
        ),
      ),
      { exclusive: true },
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.difficulty.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.difficulty.opt.not-sure.easy' }),
        ),
      ),
      { exclusive: true },
    ),
  ],
});

const support = question({
  id: 'support',
  type: 'single',
  topic: 'Family or friend who can help',
  when: all(
    ENGLAND_OR_WALES,
    any(all(AGED_16_OR_OVER, IMCA_NEEDS_SUPPORT_ANSWER), all(SOCIAL_CARE_PROCESS, SOME_DIFFICULTY)),
  ),
  legend: {
    self: text(
      () =>
        msg('Is there a family member or friend who can help you take part and speak up for you?', {
          id: 'quiz.q.support.legend.self',
        }),
      () =>
        msg('Is there a family member or friend who can help you speak up?', {
          id: 'quiz.q.support.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'Is there a family member or friend who can help the person you support take part and speak up for them?',
          {
            id: 'quiz.q.support.legend.other',
          },
        ),
      () =>
        msg('Is there a family member or friend who can help the person speak up?', {
          id: 'quiz.q.support.legend.other.easy',
        }),
    ),
  },
  hint: {
    self: text(
      () =>
        msg(
          'They must not be paid to care for you. It must be someone you are happy to get help from.',
          {
            id: 'quiz.q.support.hint.self',
          },
        ),
      () =>
        msg('Paid carers do not count. It must be someone you are happy to get help from.', {
          id: 'quiz.q.support.hint.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'This could be you. They must not be paid to care for the person, and the person should be happy for them to help.',
          {
            id: 'quiz.q.support.hint.other',
          },
        ),
      () =>
        msg('This could be you. Paid carers do not count.', {
          id: 'quiz.q.support.hint.other.easy',
        }),
    ),
  },
  error: same(
    text(
      () => msg('Select whether someone can help', { id: 'quiz.q.support.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.support.error.easy' }),
    ),
  ),
  options: [
    option('family-friend', {
      self: text(
        () =>
          msg('Yes, a family member or friend can help me', {
            id: 'quiz.q.support.opt.family-friend.self',
          }),
        () => msg('Yes', { id: 'quiz.q.support.opt.family-friend.self.easy' }),
      ),
      other: text(
        () =>
          msg('Yes, I can, or another family member or friend can', {
            id: 'quiz.q.support.opt.family-friend.other',
          }),
        () => msg('Yes, me or someone else', { id: 'quiz.q.support.opt.family-friend.other.easy' }),
      ),
    }),
    option(
      'paid-only',
      same(
        text(
          () => msg('No, only paid carers or staff', { id: 'quiz.q.support.opt.paid-only' }),
          () => msg('No, only paid carers or staff', { id: 'quiz.q.support.opt.paid-only.easy' }),
        ),
      ),
    ),
    option(
      'no-one',
      same(
        text(
          () => msg('No, there is no one', { id: 'quiz.q.support.opt.no-one' }),
          () => msg('No, there is no one', { id: 'quiz.q.support.opt.no-one.easy' }),
        ),
      ),
    ),
    option(
      'not-suitable',
      same(
        text(
          () =>
            msg('There is someone, but it would not be right for them to help', {
              id: 'quiz.q.support.opt.not-suitable',
            }),
          () =>
            msg('There is someone, but they should not help', {
              id: 'quiz.q.support.opt.not-suitable.easy',
            }),
        ),
      ),
      {
        hint: {
          self: text(
            () =>
              msg(
                'For example, you do not want them to help, or you disagree about what is best.',
                {
                  id: 'quiz.q.support.opt.not-suitable.hint.self',
                },
              ),
            () =>
              msg('For example, you do not want their help.', {
                id: 'quiz.q.support.opt.not-suitable.hint.self.easy',
              }),
          ),
          other: text(
            () =>
              msg(
                'For example, the person does not want them to help, or there are worries about how they treat the person.',
                {
                  id: 'quiz.q.support.opt.not-suitable.hint.other',
                },
              ),
            () =>
              msg('For example, the person does not want their help.', {
                id: 'quiz.q.support.opt.not-suitable.hint.other.easy',
              }),
          ),
        },
      },
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.support.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.support.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});

/** Every question, in the order the quiz asks them. A condition only reads earlier questions. */
export const QUESTIONS: readonly Question[] = [
  role,
  nation,
  age,
  situation,
  mhStatus,
  specialTreatment,
  condition,
  childrenStatus,
  childrenComplaint,
  capacity,
  difficulty,
  support,
];

export function getQuestion(id: QuestionId): Question {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question id: ${id}`);
  return found;
}

/** The options of a question that are shown given the earlier answers. */
export function shownOptions(
  question: Question,
  answers: Parameters<Question['appliesWhen']>[0],
): QuestionOption[] {
  return question.options.filter((o) => !o.shownWhen || holds(o.shownWhen, answers));
}

/** The condition under which an option is shown (always, when it has none). */
export function optionCondition(o: QuestionOption): Condition {
  return o.shownWhen ?? ALWAYS;
}
