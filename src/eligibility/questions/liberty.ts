/**
 * Deprivation of Liberty Safeguards (Mental Capacity Act 2005 Schedule A1): the stage reached,
 * and whether the representative is paid, because the three IMCA rights (s39A, s39C, s39D) turn
 * on them. After [2026] UKSC 16 the quiz never asks or says whether someone is deprived of their
 * liberty: the supervisory body decides that.
 */
import { msg } from '@lit/localize';
import { option, question } from './build.js';
import { same, text } from '../text.js';
import { DOLS, DOLS_IN_FORCE, LIBERTY_ENGLAND_OR_WALES } from '../when.js';

/** DoLS covers only a hospital or care home (Sch A1 para 1(2)); elsewhere the Court of Protection. */
export const libertySetting = question({
  id: 'liberty-setting',
  type: 'single',
  topic: 'Where the restrictions are',
  when: LIBERTY_ENGLAND_OR_WALES,
  legend: {
    self: text(
      () =>
        msg('Where are you living or staying now?', { id: 'quiz.q.liberty-setting.legend.self' }),
      () => msg('Where are you now?', { id: 'quiz.q.liberty-setting.legend.self.easy' }),
    ),
    other: text(
      () =>
        msg('Where is the person you support living or staying now?', {
          id: 'quiz.q.liberty-setting.legend.other',
        }),
      () => msg('Where is the person now?', { id: 'quiz.q.liberty-setting.legend.other.easy' }),
    ),
  },
  error: same(
    text(
      () => msg('Select where they are living', { id: 'quiz.q.liberty-setting.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.liberty-setting.error.easy' }),
    ),
  ),
  options: [
    option(
      'care-home-hospital',
      same(
        text(
          () =>
            msg('In a care home or hospital', {
              id: 'quiz.q.liberty-setting.opt.care-home-hospital',
            }),
          () =>
            msg('In a care home or hospital', {
              id: 'quiz.q.liberty-setting.opt.care-home-hospital.easy',
            }),
        ),
      ),
    ),
    option(
      'elsewhere',
      same(
        text(
          () =>
            msg('Somewhere else, such as supported living or at home', {
              id: 'quiz.q.liberty-setting.opt.elsewhere',
            }),
          () =>
            msg('Somewhere else, like supported living or at home', {
              id: 'quiz.q.liberty-setting.opt.elsewhere.easy',
            }),
        ),
      ),
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.liberty-setting.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.liberty-setting.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});

export const dolsStage = question({
  id: 'dols-stage',
  type: 'single',
  topic: 'Deprivation of Liberty Safeguards stage',
  when: DOLS,
  legend: {
    self: text(
      () =>
        msg('Has the care home or hospital asked the council to authorise these restrictions?', {
          id: 'quiz.q.dols-stage.legend.self',
        }),
      () =>
        msg('Has the care home or hospital asked the council about the rules?', {
          id: 'quiz.q.dols-stage.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg(
          'Has the care home or hospital asked the council to authorise the restrictions on the person you support?',
          { id: 'quiz.q.dols-stage.legend.other' },
        ),
      () =>
        msg('Has the care home or hospital asked the council about the person’s rules?', {
          id: 'quiz.q.dols-stage.legend.other.easy',
        }),
    ),
  },
  hint: same(
    text(
      () =>
        msg(
          'This is called the Deprivation of Liberty Safeguards (DoLS). In Wales, a health board may decide instead of the council.',
          { id: 'quiz.q.dols-stage.hint' },
        ),
      () =>
        msg(
          'These rules are called safeguards (DoLS). The care home or hospital can tell you. In Wales, a health board may decide instead of the council.',
          { id: 'quiz.q.dols-stage.hint.v2.easy' },
        ),
    ),
  ),
  error: same(
    text(
      () => msg('Select how far this has gone', { id: 'quiz.q.dols-stage.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.dols-stage.error.easy' }),
    ),
  ),
  options: [
    option(
      'not-requested',
      same(
        text(
          () =>
            msg('No, nothing has been asked for yet', {
              id: 'quiz.q.dols-stage.opt.not-requested',
            }),
          () => msg('No, not yet', { id: 'quiz.q.dols-stage.opt.not-requested.easy' }),
        ),
      ),
    ),
    option(
      'requested',
      same(
        text(
          () =>
            msg('Yes, it has been asked for, or an urgent authorisation was given', {
              id: 'quiz.q.dols-stage.opt.requested',
            }),
          () =>
            msg('Yes, they asked, and the council is checking', {
              id: 'quiz.q.dols-stage.opt.requested.easy',
            }),
        ),
      ),
    ),
    option(
      'in-force',
      same(
        text(
          () =>
            msg('Yes, and the council has given an authorisation', {
              id: 'quiz.q.dols-stage.opt.in-force',
            }),
          () => msg('Yes, and the council said yes', { id: 'quiz.q.dols-stage.opt.in-force.easy' }),
        ),
      ),
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.dols-stage.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.dols-stage.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});

export const representative = question({
  id: 'representative',
  type: 'single',
  topic: 'DoLS representative',
  when: DOLS_IN_FORCE,
  legend: {
    self: text(
      () =>
        msg('Who is your representative under the authorisation?', {
          id: 'quiz.q.representative.legend.self',
        }),
      () =>
        msg('Who is your helper for these rules?', {
          id: 'quiz.q.representative.legend.self.easy',
        }),
    ),
    other: text(
      () =>
        msg('Who is the representative of the person you support under the authorisation?', {
          id: 'quiz.q.representative.legend.other',
        }),
      () =>
        msg('Who is the person’s helper for these rules?', {
          id: 'quiz.q.representative.legend.other.easy',
        }),
    ),
  },
  hint: same(
    text(
      () =>
        msg(
          'The council appoints a representative (the relevant person’s representative) when it gives an authorisation.',
          { id: 'quiz.q.representative.hint' },
        ),
      () => msg('The council chooses this helper.', { id: 'quiz.q.representative.hint.easy' }),
    ),
  ),
  error: same(
    text(
      () => msg('Select who the representative is', { id: 'quiz.q.representative.error' }),
      () => msg('Choose 1 answer.', { id: 'quiz.q.representative.error.easy' }),
    ),
  ),
  options: [
    option(
      'unpaid',
      same(
        text(
          () =>
            msg('A family member or friend, who is not paid', {
              id: 'quiz.q.representative.opt.unpaid',
            }),
          () => msg('Family or a friend', { id: 'quiz.q.representative.opt.unpaid.easy' }),
        ),
      ),
    ),
    option(
      'paid',
      same(
        text(
          () =>
            msg('A paid representative, such as an advocate', {
              id: 'quiz.q.representative.opt.paid',
            }),
          () => msg('Someone who is paid to do it', { id: 'quiz.q.representative.opt.paid.easy' }),
        ),
      ),
    ),
    option(
      'ended',
      same(
        text(
          () =>
            msg('There is none now: the last one stopped', {
              id: 'quiz.q.representative.opt.ended',
            }),
          () => msg('There is no helper now', { id: 'quiz.q.representative.opt.ended.easy' }),
        ),
      ),
    ),
    option(
      'not-sure',
      same(
        text(
          () => msg('I’m not sure', { id: 'quiz.q.representative.opt.not-sure' }),
          () => msg('I do not know', { id: 'quiz.q.representative.opt.not-sure.easy' }),
        ),
      ),
    ),
  ],
});
