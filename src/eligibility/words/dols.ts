/**
 * The words of the Deprivation of Liberty Safeguards rules (Mental Capacity Act 2005 s39A, s39C,
 * s39D). After [2026] UKSC 16 they never say whether someone is deprived of their liberty: they
 * say who decides and what to ask.
 */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const DOLS_WORDS = {
  'dols-who-decides': both(
    () =>
      msg(
        'The council decides whether restrictions on someone’s liberty need to be authorised under the Deprivation of Liberty Safeguards (DoLS). In Wales, a health board decides for its hospitals.',
        { id: 'quiz.reason.dols-who-decides' },
      ),
    () =>
      msg(
        'The council decides if these limits on freedom need to be agreed by law. These rules are called safeguards (DoLS). In Wales, a health board decides for its hospitals.',
        { id: 'quiz.reason.dols-who-decides.v2.easy' },
      ),
  ),
  'dols-uksc-2026': both(
    () =>
      msg(
        'Since June 2026, this depends on the whole situation, including wishes and feelings ([2026] UKSC 16). This quiz cannot decide it.',
        {
          id: 'quiz.reason.dols-uksc-2026',
          desc: 'A Reference by the Attorney General for Northern Ireland [2026] UKSC 16, the Supreme Court judgment of 2 June 2026. Keep the citation as it is.',
        },
      ),
    () =>
      msg(
        'In June 2026, the highest court in the UK changed the rules. Now everything about the situation counts, including wishes and feelings. This quiz cannot give you the answer.',
        {
          id: 'quiz.reason.dols-uksc-2026.v2.easy',
          desc: '"The highest court in the UK" is the Supreme Court: say it as in knowledge.topic.liberty.v2.easy.judgment.',
        },
      ),
  ),
  'dols-39c': you(
    () =>
      msg(
        'Your representative’s appointment has ended and there is no one else suitable to consult. The council must instruct an Independent Mental Capacity Advocate (IMCA) until there is a new representative.',
        { id: 'quiz.reason.dols-39c.self' },
      ),
    () =>
      msg(
        'You have no helper for these rules now. You have a right to an advocate (IMCA) until there is a new one.',
        {
          id: 'quiz.reason.dols-39c.self.easy',
        },
      ),
    () =>
      msg(
        'The person’s representative has stopped and there is no one else suitable to consult. The council must instruct an Independent Mental Capacity Advocate (IMCA) until there is a new representative.',
        { id: 'quiz.reason.dols-39c.other' },
      ),
    () =>
      msg(
        'The person has no helper for these rules now. They have a right to an advocate (IMCA) until there is a new one.',
        {
          id: 'quiz.reason.dols-39c.other.easy',
        },
      ),
  ),
  'dols-39d-unpaid': you(
    () =>
      msg(
        'Your representative is a family member or friend who is not paid. If you or they ask for an Independent Mental Capacity Advocate (IMCA), the council must instruct one.',
        { id: 'quiz.reason.dols-39d-unpaid.self' },
      ),
    () =>
      msg(
        'Your helper is family or a friend. If you or your helper ask, the council must get you an advocate (IMCA).',
        {
          id: 'quiz.reason.dols-39d-unpaid.self.easy',
        },
      ),
    () =>
      msg(
        'The person’s representative is a family member or friend who is not paid. If either of them asks for an Independent Mental Capacity Advocate (IMCA), the council must instruct one.',
        { id: 'quiz.reason.dols-39d-unpaid.other' },
      ),
    () =>
      msg(
        'Their helper is family or a friend. If either of them asks, the council must get an advocate (IMCA).',
        {
          id: 'quiz.reason.dols-39d-unpaid.other.easy',
        },
      ),
  ),
  'dols-39d-without-asking': you(
    () =>
      msg(
        'The council must also instruct one without being asked if it thinks you or your representative would not use your rights without help.',
        { id: 'quiz.reason.dols-39d-without-asking.self' },
      ),
    () =>
      msg(
        'Does the council think you or your helper need help to use your rights? Then it must get you an advocate, even if nobody asks.',
        { id: 'quiz.reason.dols-39d-without-asking.self.v2.easy' },
      ),
    () =>
      msg(
        'The council must also instruct one without being asked if it thinks the person or their representative would not use their rights without help.',
        { id: 'quiz.reason.dols-39d-without-asking.other' },
      ),
    () =>
      msg(
        'Does the council think the person or their helper need help to use their rights? Then it must get an advocate, even if nobody asks.',
        { id: 'quiz.reason.dols-39d-without-asking.other.v2.easy' },
      ),
  ),
  'dols-paid-representative': you(
    () =>
      msg(
        'Your representative is paid. Part of their job is to help you use your rights, such as asking for a review or going to court. Ask them, or the council, if you want more help.',
        { id: 'quiz.reason.dols-paid-representative.self' },
      ),
    () =>
      msg(
        'Your helper is paid to help you with your rights. Ask them or the council for more help.',
        {
          id: 'quiz.reason.dols-paid-representative.self.easy',
        },
      ),
    () =>
      msg(
        'The person’s representative is paid. Part of their job is to help the person use their rights, such as asking for a review or going to court. Ask them, or the council, about more help.',
        { id: 'quiz.reason.dols-paid-representative.other' },
      ),
    () =>
      msg(
        'Their helper is paid to help with their rights. Ask the helper or the council for more help.',
        {
          id: 'quiz.reason.dols-paid-representative.other.easy',
        },
      ),
  ),
  'liberty-court': you(
    () =>
      msg(
        'In supported living or at home, the Deprivation of Liberty Safeguards (DoLS) do not apply. If the restrictions need to be authorised, the Court of Protection does it, usually when the council applies. Ask the council whether it has applied to the court, and who will represent you there.',
        {
          id: 'quiz.reason.liberty-court.self',
          desc: 'Mental Capacity Act 2005 ss.4A and 16: outside a hospital or care home only the Court of Protection can authorise a deprivation of liberty.',
        },
      ),
    () =>
      msg(
        'At home or in supported living, a judge decides about these rules. Ask the council if it has asked the court. Ask who will speak up for you there.',
        { id: 'quiz.reason.liberty-court.self.easy' },
      ),
    () =>
      msg(
        'In supported living or at home, the Deprivation of Liberty Safeguards (DoLS) do not apply. If the restrictions need to be authorised, the Court of Protection does it, usually when the council applies. Ask the council whether it has applied to the court, and who will represent the person there.',
        { id: 'quiz.reason.liberty-court.other' },
      ),
    () =>
      msg(
        'At home or in supported living, a judge decides about these rules. Ask the council if it has asked the court. Ask who will speak up for the person there.',
        { id: 'quiz.reason.liberty-court.other.easy' },
      ),
  ),
  'liberty-setting-not-sure': both(
    () =>
      msg(
        'The Deprivation of Liberty Safeguards (DoLS) apply only in a care home or hospital. Elsewhere, the Court of Protection decides. Ask the council which applies, and whether an Independent Mental Capacity Advocate (IMCA) can help.',
        { id: 'quiz.reason.liberty-setting-not-sure' },
      ),
    () =>
      msg('These rules are only for care homes and hospitals. Ask the council which rules apply.', {
        id: 'quiz.reason.liberty-setting-not-sure.easy',
      }),
  ),
  'dols-not-requested': you(
    () =>
      msg(
        'Nothing has been asked for yet. So there is no Independent Mental Capacity Advocate (IMCA) under these safeguards yet, whether or not family or friends can be consulted. Ask the care home or hospital whether they will ask the council. If they do not, you or your family can ask the council yourselves.',
        {
          id: 'quiz.reason.dols-not-requested.ask-council.self',
          desc: 'Mental Capacity Act 2005 Schedule A1 paras 68-69: anyone except the care home or hospital can ask the council if the care home or hospital does not.',
        },
      ),
    () =>
      msg(
        'Nobody has asked the council yet. So there is no advocate for these rules yet. Ask the care home or hospital to ask the council. If they do not, you or your family can ask the council.',
        { id: 'quiz.reason.dols-not-requested.ask-council.self.easy' },
      ),
    () =>
      msg(
        'Nothing has been asked for yet. So there is no Independent Mental Capacity Advocate (IMCA) under these safeguards yet, whether or not family or friends can be consulted. Ask the care home or hospital whether they will ask the council. If they do not, you, the person or their family can ask the council.',
        { id: 'quiz.reason.dols-not-requested.ask-council.other' },
      ),
    () =>
      msg(
        'Nobody has asked the council yet. So there is no advocate for these rules yet. Ask the care home or hospital to ask the council. If they do not, you or the family can ask the council.',
        { id: 'quiz.reason.dols-not-requested.ask-council.other.easy' },
      ),
  ),
  'dols-family-consulted': you(
    () =>
      msg(
        'A family member or friend can be consulted, so the law does not give an Independent Mental Capacity Advocate (IMCA) at this stage. If an authorisation is given and an unpaid family member or friend is your representative, either of you can then ask for one.',
        { id: 'quiz.reason.dols-family-consulted.self' },
      ),
    () =>
      msg(
        'Family or a friend can help now. So there is no advocate (IMCA) yet. Later, you or your helper can ask for one.',
        {
          id: 'quiz.reason.dols-family-consulted.self.easy',
        },
      ),
    () =>
      msg(
        'A family member or friend can be consulted, so the law does not give an Independent Mental Capacity Advocate (IMCA) at this stage. If an authorisation is given and an unpaid family member or friend is the representative, either of them can then ask for one.',
        { id: 'quiz.reason.dols-family-consulted.other' },
      ),
    () =>
      msg(
        'Family or a friend can help now. So there is no advocate (IMCA) yet. Later, the person or their helper can ask for one.',
        {
          id: 'quiz.reason.dols-family-consulted.other.easy',
        },
      ),
  ),
  'dols-check-2026': you(
    () =>
      msg(
        'You may have a right to an Independent Mental Capacity Advocate (IMCA). It depends on how far the safeguards have gone and who can be consulted.',
        { id: 'quiz.reason.dols-check-2026.self' },
      ),
    () =>
      msg('You may have a right to an advocate (IMCA).', {
        id: 'quiz.reason.dols-check-2026.self.easy',
      }),
    () =>
      msg(
        'The person you support may have a right to an Independent Mental Capacity Advocate (IMCA). It depends on how far the safeguards have gone and who can be consulted.',
        { id: 'quiz.reason.dols-check-2026.other' },
      ),
    () =>
      msg('The person may have a right to an advocate (IMCA).', {
        id: 'quiz.reason.dols-check-2026.other.easy',
      }),
  ),
  'lps-not-in-force': both(
    () =>
      msg(
        'The Liberty Protection Safeguards have not started. The Deprivation of Liberty Safeguards still apply.',
        {
          id: 'quiz.reason.lps-not-in-force',
        },
      ),
    () =>
      msg('New rules (LPS) have not started. The old rules (DoLS) still apply.', {
        id: 'quiz.reason.lps-not-in-force.easy',
      }),
  ),
} satisfies Record<string, PerspectiveText>;
