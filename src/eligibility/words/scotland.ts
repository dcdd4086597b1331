/** The words of the reasons that only Scotland's rules use (rights/scotland.ts). */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

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

export const SCOTLAND_WORDS = {
  'scotland-259': SCOTLAND_259,
  'scotland-not-hospital': SCOTLAND_NOT_HOSPITAL,

  'condition.mental-health': you(
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
  'condition.dementia': you(
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
  'condition.brain-injury': you(
    () => msg('You have a brain injury.', { id: 'quiz.reason.condition.brain-injury.self' }),
    () => msg('You have a brain injury.', { id: 'quiz.reason.condition.brain-injury.self.easy' }),
    () =>
      msg('The person you support has a brain injury.', {
        id: 'quiz.reason.condition.brain-injury.other',
      }),
    () =>
      msg('The person has a brain injury.', {
        id: 'quiz.reason.condition.brain-injury.other.easy',
      }),
  ),
  'scotland-ld-autism': you(
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
  'scotland-ask-service': both(
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
  'scotland-hearing': you(
    () =>
      msg(
        'You are going to a children’s hearing. In Scotland, free children’s advocacy is available for children’s hearings. You may be able to get an independent advocate to help you take part.',
        {
          id: 'quiz.reason.scotland-hearing.available.self',
          desc: 'Children’s Hearings (Scotland) Act 2011 s.122: the chair must tell the child about advocacy services; the Act gives no entitlement, so keep "may".',
        },
      ),
    () =>
      msg('You may be able to get a free advocate at your children’s hearing.', {
        id: 'quiz.reason.scotland-hearing.available.self.easy',
      }),
    () =>
      msg(
        'The person you support is going to a children’s hearing. In Scotland, free children’s advocacy is available for children’s hearings. They may be able to get an independent advocate to help them take part.',
        {
          id: 'quiz.reason.scotland-hearing.available.other',
        },
      ),
    () =>
      msg('The person may be able to get a free advocate at their children’s hearing.', {
        id: 'quiz.reason.scotland-hearing.available.other.easy',
      }),
  ),
  'scotland-hearing-chair': you(
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
  'scotland-children-care': both(
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
  'scotland-pass': both(
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
  'scotland-pass-advocacy': both(
    () =>
      msg('PASS gives advice and support. It can also put you in touch with an advocacy service.', {
        id: 'quiz.reason.scotland-pass-advocacy',
      }),
    () =>
      msg('They can also help you find an advocate.', {
        id: 'quiz.reason.scotland-pass-advocacy.easy',
      }),
  ),
  'scotland-asp-intervene': you(
    () =>
      msg(
        'In Scotland, once the council decides it needs to act to protect you from harm, it must consider whether you need independent advocacy. This is a duty to consider, not a right to an advocate.',
        {
          id: 'quiz.reason.scotland-asp-intervene.self',
          desc: 'Adult Support and Protection (Scotland) Act 2007, section 6. A duty to consider, never a right.',
        },
      ),
    () =>
      msg(
        'The council may decide to act to keep you safe. Then it must think about an advocate for you.',
        { id: 'quiz.reason.scotland-asp-intervene.self.easy' },
      ),
    () =>
      msg(
        'In Scotland, once the council decides it needs to act to protect the person from harm, it must consider whether they need independent advocacy. This is a duty to consider, not a right to an advocate.',
        {
          id: 'quiz.reason.scotland-asp-intervene.other',
          desc: 'Adult Support and Protection (Scotland) Act 2007, section 6. A duty to consider, never a right.',
        },
      ),
    () =>
      msg(
        'The council may decide to act to keep the person safe. Then it must think about an advocate for them.',
        { id: 'quiz.reason.scotland-asp-intervene.other.easy' },
      ),
  ),
  'scotland-social-security': you(
    () =>
      msg(
        'In Scotland, if you are disabled and need help because of it with Social Security Scotland, you have a legal right to free advocacy. This covers applications, reviews and appeals.',
        {
          id: 'quiz.reason.scotland-social-security.needs-help.self',
          desc: 'Social Security (Scotland) Act 2018, section 10: for a person who, because of a disability, needs an advocate to deal with Social Security Scotland.',
        },
      ),
    () =>
      msg(
        'Are you disabled? Do you need help to deal with Social Security Scotland? Then you have a right to a free advocate.',
        {
          id: 'quiz.reason.scotland-social-security.needs-help.self.easy',
        },
      ),
    () =>
      msg(
        'In Scotland, if the person is disabled and needs help because of it with Social Security Scotland, they have a legal right to free advocacy. This covers applications, reviews and appeals.',
        {
          id: 'quiz.reason.scotland-social-security.needs-help.other',
          desc: 'Social Security (Scotland) Act 2018, section 10.',
        },
      ),
    () =>
      msg(
        'Is the person disabled? Do they need help to deal with Social Security Scotland? Then they have a right to a free advocate.',
        {
          id: 'quiz.reason.scotland-social-security.needs-help.other.easy',
        },
      ),
  ),
  'scotland-social-security-ask': both(
    () =>
      msg('Ask Social Security Scotland to refer you to its independent advocacy service.', {
        id: 'quiz.reason.scotland-social-security-ask',
      }),
    () =>
      msg('Ask Social Security Scotland for an advocate.', {
        id: 'quiz.reason.scotland-social-security-ask.easy',
      }),
  ),
  'scotland-care-experienced-coming': both(
    () =>
      msg(
        'A new law, the Children (Care, Care Experience and Services Planning) (Scotland) Act 2026, will give care-experienced people a right to advocacy. That part has not started yet.',
        {
          id: 'quiz.reason.scotland-care-experienced-coming',
          desc: 'Not in force: never say it is a right today.',
        },
      ),
    () =>
      msg(
        'A new law will give people who were in care a right to an advocate. It has not started yet.',
        { id: 'quiz.reason.scotland-care-experienced-coming.easy' },
      ),
  ),
} satisfies Record<string, PerspectiveText>;
