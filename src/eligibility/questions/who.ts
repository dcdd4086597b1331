/** The questions about role, nation and age. */
import { msg } from '@lit/localize';
import { ALWAYS } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';

export const role = question({
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

export const nation = question({
  id: 'nation',
  type: 'single',
  topic: 'Nation',
  when: ALWAYS,
  legend: {
    self: text(
      () => msg('Where in the UK are you now?', { id: 'quiz.q.nation.legend.now.self' }),
      () => msg('Where are you now?', { id: 'quiz.q.nation.legend.now.self.easy' }),
    ),
    other: text(
      () =>
        msg('Where in the UK is the person you support now?', {
          id: 'quiz.q.nation.legend.now.other',
        }),
      () => msg('Where is the person now?', { id: 'quiz.q.nation.legend.now.other.easy' }),
    ),
  },
  hint: {
    self: text(
      () =>
        msg(
          'The law on advocacy is different in each part of the UK. If you are in hospital or a care home, choose where it is.',
          { id: 'quiz.q.nation.hint.now.self' },
        ),
      () =>
        msg('Each part of the UK has its own rules. Choose where you are staying.', {
          id: 'quiz.q.nation.hint.now.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'The law on advocacy is different in each part of the UK. If they are in hospital or a care home, choose where it is.',
          { id: 'quiz.q.nation.hint.now.other' },
        ),
      () =>
        msg('Each part of the UK has its own rules. Choose where they are staying.', {
          id: 'quiz.q.nation.hint.now.other.easy',
        }),
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

export const age = question({
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
