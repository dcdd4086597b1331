/** The questions about health conditions and children's services. */
import { msg } from '@lit/localize';
import { ALWAYS, all, is } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import { UNDER_18, UNDER_25 } from '../when.js';

export const condition = question({
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

export const childrenStatus = question({
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

export const childrenComplaint = question({
  id: 'children-complaint',
  type: 'single',
  topic: 'Complaint about children’s services',
  when: all(
    is('nation', 'england', 'wales', 'northern-ireland'),
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
