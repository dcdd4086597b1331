/**
 * Easy read of the topics in ../topics/rights.ts, rewritten from scratch for its reader (rules in
 * ./shared.ts).
 */
import { msg } from '@lit/localize';
import type { TopicText } from '../types.js';

export const EASY_TOPICS_RIGHTS = {
  independence: {
    title: () =>
      msg('Advocates are independent', {
        id: 'knowledge.topic.independence.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'advocate',
        text: () =>
          msg('Independent means the advocate is separate from the NHS and the council.', {
            id: 'knowledge.topic.independence.easy.separate',
            desc: 'Easy read paragraph: what independence means.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'council',
        text: () =>
          msg('The council or the NHS may pay for the service. But the advocate works for you.', {
            id: 'knowledge.topic.independence.easy.funding',
            desc: 'Easy read paragraph: who pays does not change whose side the advocate is on.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'rights',
        text: () =>
          msg('For some kinds of advocacy, the law says the advocate must be separate.', {
            id: 'knowledge.topic.independence.easy.law',
            desc: 'Easy read paragraph: independence in law.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'complaint',
        text: () =>
          msg(
            'Do you feel your advocate is not on your side? You can ask for a new one, or complain.',
            {
              id: 'knowledge.topic.independence.easy.complain',
              desc: 'Easy read paragraph: what to do if the advocate does not seem independent.',
            },
          ),
      },
    ],
  },
  cost: {
    title: () =>
      msg('Does advocacy cost money?', {
        id: 'knowledge.topic.cost.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'free',
        text: () =>
          msg('Advocacy that is a right by law is always free. Most other advocacy is free too.', {
            id: 'knowledge.topic.cost.easy.free',
            desc: 'Easy read paragraph: statutory advocacy is free, and most other advocacy too.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'money',
        text: () =>
          msg(
            'Some advocates ask you to pay. First check if you can get free help. Ask the cost before you agree.',
            {
              id: 'knowledge.topic.cost.easy.paid',
              desc: 'Easy read paragraph: paid advocacy.',
            },
          ),
      },
    ],
  },
  confidentiality: {
    title: () =>
      msg('Keeping things private', {
        id: 'knowledge.topic.confidentiality.easy.title',
        desc: 'Easy read heading of a section about confidentiality.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'private',
        text: () =>
          msg('What you tell your advocate is private. They only share it if you agree.', {
            id: 'knowledge.topic.confidentiality.easy.private',
            desc: 'Easy read paragraph: what you say stays private.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'warning',
        text: () =>
          msg(
            'They must share it if someone may be badly hurt. They must also share it if the law or a court says so.',
            {
              id: 'knowledge.topic.confidentiality.easy.harm',
              desc: 'Easy read paragraph: the limits of confidentiality (risk of serious harm; the law or a court).',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'advocate',
        text: () =>
          msg('Your advocate will tell you about this when you first meet.', {
            id: 'knowledge.topic.confidentiality.easy.explain',
            desc: 'Easy read paragraph: the advocate explains the limits.',
          }),
      },
    ],
  },
  'single-point-of-access': {
    title: () =>
      msg('1 place to ask', {
        id: 'knowledge.topic.single-point-of-access.easy.title',
        desc: 'Easy read heading of a section about a single point of access.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'council',
        text: () =>
          msg('Many councils pay for 1 service to run all the advocacy in the area.', {
            id: 'knowledge.topic.single-point-of-access.easy.what',
            desc: 'Easy read paragraph: what a single point of access is.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'phone',
        text: () =>
          msg(
            'You contact this 1 place. They find the right advocate for you. You do not need to know which kind you need.',
            {
              id: 'knowledge.topic.single-point-of-access.easy.oneContact',
              desc: 'Easy read paragraph: you only need one contact.',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'form',
        text: () =>
          msg('With some services, you only need to tell your story once.', {
            id: 'knowledge.topic.single-point-of-access.easy.once',
            desc: 'Easy read paragraph: one assessment for all services.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'website',
        text: () =>
          msg("To find it, look for advocacy on your council's website. Or phone your council.", {
            id: 'knowledge.topic.single-point-of-access.easy.find',
            desc: 'Easy read paragraph: how to find the single point of access.',
          }),
      },
    ],
  },
} satisfies Record<string, TopicText>;
