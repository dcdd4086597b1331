/** The questions about Mental Health Act status and special treatments. */
import { msg } from '@lit/localize';
import { all, is } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import { ENGLAND_OR_WALES } from '../when.js';

export const mhStatus = question({
  id: 'mh-status',
  type: 'single',
  topic: 'Mental Health Act status',
  // Asked whenever the Mental Health Act can matter: a hospital stay, a CTO, guardianship,
  // conditional discharge, a second-opinion treatment or aftercare, not only for mental health care.
  when: all(
    ENGLAND_OR_WALES,
    is(
      'situation',
      'mental-health-care',
      'medical-treatment',
      'move',
      'liberty',
      'social-care',
      'safeguarding',
      'nhs-complaint',
    ),
  ),
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
      'aftercare',
      same(
        text(
          () =>
            msg('Getting aftercare after being detained under section 3, 37, 45A, 47 or 48', {
              id: 'quiz.q.mh-status.opt.aftercare',
            }),
          () =>
            msg('Getting help after a long stay in hospital under a section', {
              id: 'quiz.q.mh-status.opt.aftercare.easy',
            }),
        ),
      ),
      {
        hint: same(
          text(
            () =>
              msg('This is called section 117 aftercare.', {
                id: 'quiz.q.mh-status.opt.aftercare.hint',
              }),
            () =>
              msg('This is called section 117 aftercare.', {
                id: 'quiz.q.mh-status.opt.aftercare.hint.easy',
              }),
          ),
        ),
      },
    ),
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
