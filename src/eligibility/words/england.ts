/** The words of the reasons that only England's rules use (rights/england.ts). */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const ENGLAND_WORDS = {
  'england-short-hold-later': you(
    () =>
      msg(
        'If you are then detained under a longer section, such as section 2 or 3, you will have that right. Ask the staff then.',
        {
          id: 'quiz.reason.england-short-hold-later.self',
        },
      ),
    () =>
      msg(
        'You might then be kept under a longer section, like section 2 or 3. Then you will have the right.',
        {
          id: 'quiz.reason.england-short-hold-later.section.self.easy',
        },
      ),
    () =>
      msg(
        'If they are then detained under a longer section, such as section 2 or 3, they will have that right. Ask the staff then.',
        {
          id: 'quiz.reason.england-short-hold-later.other',
        },
      ),
    () =>
      msg(
        'They might then be kept under a longer section, like section 2 or 3. Then they will have the right.',
        {
          id: 'quiz.reason.england-short-hold-later.section.other.easy',
        },
      ),
  ),
  'england-informal-ask': both(
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
  'care-act-right': you(
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
  'care-act-under-18': both(
    () =>
      msg(
        'The Care Act right covers only assessments to plan for adult care at 18 and young carers’ assessments. For children’s social care, ask about a children’s advocate.',
        {
          id: 'quiz.reason.care-act-under-18.children',
          desc: 'Care Act 2014 s.67(3); Children Act 1989 s.26A for children’s social care.',
        },
      ),
    () =>
      msg(
        'The care advocate is only for planning for when you turn 18. For other help from children’s services, ask about a children’s advocate.',
        { id: 'quiz.reason.care-act-under-18.children.easy' },
      ),
  ),
  'care-act-family': you(
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
  'care-act-family-but': you(
    () =>
      msg(
        'But sometimes it still must. For example, if your family member or friend disagrees with the council, and both they and the council agree an advocate is best for you. Or if you may go into hospital for 28 days or more, or a care home for 8 weeks or more.',
        {
          id: 'quiz.reason.care-act-family-but.reg4.self',
          desc: 'Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014, regulation 4(3) and (4): the council and the family member or friend agree, not the person and the family member.',
        },
      ),
    () =>
      msg('Sometimes the council must still get one. Ask the council.', {
        id: 'quiz.reason.care-act-family-but.easy',
      }),
    () =>
      msg(
        'But sometimes it still must. For example, if the family member or friend disagrees with the council, and both they and the council agree an advocate is best. Or if the person may go into hospital for 28 days or more, or a care home for 8 weeks or more.',
        {
          id: 'quiz.reason.care-act-family-but.reg4.other',
        },
      ),
    () =>
      msg('Sometimes the council must still get one. Ask the council.', {
        id: 'quiz.reason.care-act-family-but.easy',
      }),
  ),
  'care-act-check': you(
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
  'england-nhs-complaints': both(
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
  'england-children-complaint': you(
    () =>
      msg('Your council must give you help from an independent advocate to do this. It is free.', {
        id: 'quiz.reason.england-children-complaint.self',
      }),
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
  'england-children-care': both(
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
  'england-children-ask': you(
    () =>
      msg('Ask your social worker, personal adviser or Independent Reviewing Officer (IRO).', {
        id: 'quiz.reason.england-children-ask.self',
      }),
    () => msg('Ask your social worker.', { id: 'quiz.reason.ask-social-worker.self.easy' }),
    () =>
      msg('Ask their social worker, personal adviser or Independent Reviewing Officer (IRO).', {
        id: 'quiz.reason.england-children-ask.other',
      }),
    () =>
      msg('Ask the person’s social worker.', {
        id: 'quiz.reason.ask-social-worker.other.easy',
      }),
  ),
  'nhs-complaints-reg-5': both(
    () =>
      msg(
        'You can complain for the person if they agree. You can also complain for them if they are a child, have died, or cannot complain themselves.',
        {
          id: 'quiz.reason.nhs-complaints-reg-5',
          desc: 'Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, regulation 5.',
        },
      ),
    () =>
      msg(
        'You can complain for the person if they agree. You can also complain if they cannot do it themselves.',
        { id: 'quiz.reason.nhs-complaints-reg-5.easy' },
      ),
  ),
  'care-act-transition': you(
    () =>
      msg(
        'You are having an assessment to plan for adult care at 18. This may be as a young person, a young carer, or the carer of a child about to turn 18.',
        { id: 'quiz.reason.care-act-transition.any-age.self' },
      ),
    () =>
      msg(
        'The council is planning care for when a young person turns 18. It may be you, or a child you care for.',
        { id: 'quiz.reason.care-act-transition.any-age.self.easy' },
      ),
    () =>
      msg(
        'The person you support is having an assessment to plan for adult care at 18. This may be as a young person, a young carer, or the carer of a child about to turn 18.',
        { id: 'quiz.reason.care-act-transition.any-age.other' },
      ),
    () =>
      msg(
        'The council is planning care for when a young person turns 18. It may be the person, or a child they care for.',
        { id: 'quiz.reason.care-act-transition.any-age.other.easy' },
      ),
  ),
  'care-act-transition-right': you(
    () =>
      msg(
        'The Care Act 2014 covers these assessments too. The council must arrange an independent advocate to help you take part.',
        { id: 'quiz.reason.care-act-transition-right.self' },
      ),
    () =>
      msg('The council must get you an advocate. It is free.', {
        id: 'quiz.reason.care-act-transition-right.self.easy',
      }),
    () =>
      msg(
        'The Care Act 2014 covers these assessments too. The council must arrange an independent advocate to help the person take part.',
        { id: 'quiz.reason.care-act-transition-right.other' },
      ),
    () =>
      msg('The council must get the person an advocate. It is free.', {
        id: 'quiz.reason.care-act-transition-right.other.easy',
      }),
  ),
} satisfies Record<string, PerspectiveText>;
