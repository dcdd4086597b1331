/** The questions about what is happening. */
import { msg } from '@lit/localize';
import { ALWAYS } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import { ENGLAND, SCOTLAND, UNDER_25 } from '../when.js';

export const situation = question({
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
            msg('Restrictions on freedom in a care home, hospital or supported living', {
              id: 'quiz.q.situation.opt.liberty.2026',
              desc: 'Deprivation of Liberty Safeguards. Do not describe a legal test here.',
            }),
          () =>
            msg('Rules that stop someone going where they want', {
              id: 'quiz.q.situation.opt.liberty.2026.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg(
                'For example, locked doors or being stopped from going out. The council, health board or trust decides if the law needs to authorise it.',
                {
                  id: 'quiz.q.situation.opt.liberty.2026.hint.v2',
                  desc: 'After the Supreme Court judgment [2026] UKSC 16 the quiz never tells a person whether they are deprived of their liberty.',
                },
              ),
            () =>
              msg(
                'For example, locked doors. The council, health board or trust decides if the law must agree to this care.',
                { id: 'quiz.q.situation.opt.liberty.2026.hint.v2.easy' },
              ),
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
      'transition',
      same(
        text(
          () =>
            msg(
              'Planning for adult care at 18: for a young person, a young carer, or the carer of a child who will soon turn 18',
              {
                id: 'quiz.q.situation.opt.transition.any-age',
                desc: 'Care Act 2014 ss.58-64: transition assessments, including the child’s carer’s assessment (ss.60-61) for an adult parent carer.',
              },
            ),
          () =>
            msg('Planning care for when a young person turns 18', {
              id: 'quiz.q.situation.opt.transition.any-age.easy',
            }),
        ),
      ),
      { shownWhen: ENGLAND },
    ),
    option(
      'social-security',
      same(
        text(
          () =>
            msg(
              'Dealing with Social Security Scotland, such as an application, a review or an appeal',
              {
                id: 'quiz.q.situation.opt.social-security.any',
              },
            ),
          () =>
            msg('Help from Social Security Scotland with money', {
              id: 'quiz.q.situation.opt.social-security.any.easy',
            }),
        ),
      ),
      { shownWhen: SCOTLAND },
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
