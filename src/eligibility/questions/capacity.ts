/** The questions about capacity, difficulty and support. */
import { msg } from '@lit/localize';
import { all, any, is } from '../conditions.js';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import {
  ADULT,
  AGED_16_OR_OVER,
  ENGLAND_OR_WALES,
  IMCA_NEEDS_SUPPORT_ANSWER,
  SOCIAL_CARE_PROCESS,
  SOME_DIFFICULTY,
} from '../when.js';

export const capacity = question({
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

export const difficulty = question({
  id: 'difficulty',
  type: 'multiple',
  topic: 'Difficulty taking part',
  when: SOCIAL_CARE_PROCESS,
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
        msg(
          'Select all that apply. In England, the law calls this substantial difficulty. In Wales, the council looks at whether these are barriers that can only be overcome with help.',
          {
            id: 'quiz.q.difficulty.hint.nations',
            desc: 'England: Care Act 2014 s.67(4). Wales: Part 10 Code of Practice (Advocacy). Keep the two tests apart.',
          },
        ),
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

export const support = question({
  id: 'support',
  type: 'single',
  topic: 'Family or friend who can help',
  when: any(
    all(ENGLAND_OR_WALES, AGED_16_OR_OVER, IMCA_NEEDS_SUPPORT_ANSWER),
    all(SOCIAL_CARE_PROCESS, SOME_DIFFICULTY),
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
