/**
 * What the explainer says about advocacy in general: what it is, how advocates work, what they
 * do and do not do, independence, cost, confidentiality, and the single point of access.
 * Same writing rules as ./kinds.ts.
 */
import { msg } from '@lit/localize';
import type { Topic } from './types.js';
import { LAST_CHECKED, SOURCES as S } from './sources.js';
import { EASY_TOPICS } from './easy-read.js';

export const TOPIC_IDS = [
  'what-is-advocacy',
  'how-advocates-work',
  'what-advocates-do',
  'independence',
  'cost',
  'confidentiality',
  'single-point-of-access',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** A topic whose id is one of {@link TOPIC_IDS}. */
export interface KnownTopic extends Topic {
  readonly id: TopicId;
}

const whatIsAdvocacy: KnownTopic = {
  id: 'what-is-advocacy',
  legalClaim: true,
  standard: {
    title: () =>
      msg('What advocacy is', {
        id: 'knowledge.topic.whatIs.title',
        desc: 'Heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'An advocate is someone who is on your side. They help you say what you want, understand your rights and be heard when decisions are made about your life.',
            { id: 'knowledge.topic.whatIs.onYourSide', desc: 'Paragraph: what an advocate is.' },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg('You stay in charge. An advocate will not decide for you or tell you what to do.', {
            id: 'knowledge.topic.whatIs.inCharge',
            desc: 'Paragraph: the person stays in charge.',
          }),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Some advocacy is a legal right. It is free, confidential and independent of the NHS, the council and other services making decisions about you.',
            {
              id: 'knowledge.topic.whatIs.statutory',
              desc: 'Paragraph: statutory advocacy is free and confidential.',
            },
          ),
      },
    ],
  },
  easyRead: EASY_TOPICS['what-is-advocacy'],
  sources: [
    S.seed002,
    S.seed004,
    S.careAct2014s67to68,
    S.mha1983s130AtoD,
    S.careStatutoryGuidanceCh7,
    S.advocacyCharter,
  ],
  checked: LAST_CHECKED,
};

const howAdvocatesWork: KnownTopic = {
  id: 'how-advocates-work',
  legalClaim: true,
  standard: {
    title: () =>
      msg('Two ways advocates work', {
        id: 'knowledge.topic.howWork.title',
        desc: 'Heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Usually you tell the advocate what you want, and they help you put it across. This is instructed advocacy.',
            { id: 'knowledge.topic.howWork.instructed', desc: 'Paragraph: instructed advocacy.' },
          ),
      },
      {
        type: 'list',
        intro: () =>
          msg(
            'If you cannot tell an advocate what you want, they may use non-instructed advocacy. This is when one or more of these is true.',
            {
              id: 'knowledge.topic.howWork.capacity.intro',
              desc: 'Lead-in to a list of four points about mental capacity. Non-instructed advocacy: the advocate works without instructions from the person.',
            },
          ),
        items: [
          () =>
            msg('You cannot understand information about what an advocate does.', {
              id: 'knowledge.topic.howWork.capacity.understand',
              desc: 'List item: the first of four capacity points.',
            }),
          () =>
            msg('You cannot remember that information long enough to decide.', {
              id: 'knowledge.topic.howWork.capacity.retain',
              desc: 'List item: the second of four capacity points.',
            }),
          () =>
            msg('You cannot use or weigh up that information to decide.', {
              id: 'knowledge.topic.howWork.capacity.weigh',
              desc: 'List item: the third of four capacity points.',
            }),
          () =>
            msg(
              'You cannot tell anyone your decision in any way, such as talking, signing or pointing.',
              {
                id: 'knowledge.topic.howWork.capacity.communicate',
                desc: 'List item: the fourth of four capacity points.',
              },
            ),
        ],
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Then the advocate gets to know you and the people who know you, so that your rights and wishes are taken into account.',
            {
              id: 'knowledge.topic.howWork.nonInstructedHow',
              desc: 'Paragraph: how non-instructed advocacy works.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Your ability to decide can change, so a good advocate keeps looking for ways to involve you.',
            { id: 'knowledge.topic.howWork.changes', desc: 'Paragraph: capacity can change.' },
          ),
      },
    ],
  },
  easyRead: EASY_TOPICS['how-advocates-work'],
  sources: [S.mca2005s3, S.walesPart10CodeCh9, S.seed002],
  checked: LAST_CHECKED,
};

const whatAdvocatesDo: KnownTopic = {
  id: 'what-advocates-do',
  legalClaim: false,
  standard: {
    title: () =>
      msg('What an advocate does and does not do', {
        id: 'knowledge.topic.does.title',
        desc: 'Heading of a section.',
      }),
    blocks: [
      {
        type: 'list',
        intro: () =>
          msg('What an advocate does', {
            id: 'knowledge.topic.does.intro',
            desc: 'Heading of a list.',
          }),
        items: [
          () =>
            msg('They listen and find out what you want.', {
              id: 'knowledge.topic.does.listen',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They help you understand information and your choices.', {
              id: 'knowledge.topic.does.understand',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They help you say what you want, or say it for you if you ask.', {
              id: 'knowledge.topic.does.speak',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg(
              'They can go to meetings with you, and help you complain or challenge a decision.',
              {
                id: 'knowledge.topic.does.meetings',
                desc: 'List item: something an advocate does.',
              },
            ),
          () =>
            msg('They check that the right rules and steps are followed.', {
              id: 'knowledge.topic.does.rules',
              desc: 'List item: something an advocate does.',
            }),
        ],
      },
      {
        type: 'list',
        intro: () =>
          msg('What an advocate does not do', {
            id: 'knowledge.topic.doesNot.intro',
            desc: 'Heading of a list.',
          }),
        items: [
          () =>
            msg('They do not make decisions for you, judge you or give their own opinion.', {
              id: 'knowledge.topic.doesNot.decide',
              desc: 'List item: something an advocate does not do.',
            }),
          () =>
            msg('They do not try to persuade you to do what other people want.', {
              id: 'knowledge.topic.doesNot.persuade',
              desc: 'List item: something an advocate does not do.',
            }),
          () =>
            msg('They do not give counselling or legal advice.', {
              id: 'knowledge.topic.doesNot.advice',
              desc: 'List item: something an advocate does not do.',
            }),
          () =>
            msg('They cannot promise the result you want, but they make sure you are heard.', {
              id: 'knowledge.topic.doesNot.promise',
              desc: 'List item: something an advocate cannot do.',
            }),
        ],
      },
    ],
  },
  easyRead: EASY_TOPICS['what-advocates-do'],
  sources: [S.seed002, S.seed004, S.advocacyCharter],
  checked: LAST_CHECKED,
};

const independence: KnownTopic = {
  id: 'independence',
  legalClaim: true,
  standard: {
    title: () =>
      msg('Independence', {
        id: 'knowledge.topic.independence.title',
        desc: 'Heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Advocates are independent: separate from the NHS, the council and anyone else making decisions about you.',
            {
              id: 'knowledge.topic.independence.separate',
              desc: 'Paragraph: what independence means.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'The council or the NHS may pay for the service, but the advocate works for you, not for them.',
            {
              id: 'knowledge.topic.independence.funding',
              desc: 'Paragraph: who pays does not change whose side the advocate is on.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'For several kinds of advocacy, the law says the advocate should be independent of the people treating you or deciding about you.',
            { id: 'knowledge.topic.independence.law', desc: 'Paragraph: independence in law.' },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'If you feel your advocate is not on your side, ask for a different one or complain to the service.',
            {
              id: 'knowledge.topic.independence.complain',
              desc: 'Paragraph: what to do if the advocate does not seem independent.',
            },
          ),
      },
    ],
  },
  easyRead: EASY_TOPICS['independence'],
  sources: [
    S.mha1983s130AtoD,
    S.lgpih2007s223A,
    S.mhctScotland2003s259,
    S.advocacyCharter,
    S.seed000,
  ],
  checked: LAST_CHECKED,
};

const cost: KnownTopic = {
  id: 'cost',
  legalClaim: true,
  standard: {
    title: () =>
      msg('What advocacy costs', {
        id: 'knowledge.topic.cost.title',
        desc: 'Heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Advocacy that the law gives you a right to is always free. Most other advocacy from charities and councils is free too.',
            {
              id: 'knowledge.topic.cost.statutory',
              desc: 'Paragraph: statutory advocacy is free, and community advocacy usually is.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Some advocates charge. Check first whether you can get free advocacy, and ask the cost before you agree.',
            { id: 'knowledge.topic.cost.paid', desc: 'Paragraph: paid advocacy.' },
          ),
      },
    ],
  },
  easyRead: EASY_TOPICS['cost'],
  sources: [S.seed002, S.seed004, S.careAct2014s67to68, S.mha1983s130AtoD, S.mhctScotland2003s259],
  checked: LAST_CHECKED,
};

const confidentiality: KnownTopic = {
  id: 'confidentiality',
  legalClaim: false,
  standard: {
    title: () =>
      msg('Confidentiality', {
        id: 'knowledge.topic.confidentiality.title',
        desc: 'Heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'What you tell your advocate is confidential. They will not share it without your agreement.',
            {
              id: 'knowledge.topic.confidentiality.private',
              desc: 'Paragraph: what you say stays private.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'There are limits. An advocate may have to share information if someone is at risk of serious harm, or if the law or a court says so.',
            {
              id: 'knowledge.topic.confidentiality.harm',
              desc: 'Paragraph: the limits of confidentiality (risk of serious harm; the law or a court).',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg('Your advocate should explain these limits when you first meet.', {
            id: 'knowledge.topic.confidentiality.explain',
            desc: 'Paragraph: the advocate explains the limits.',
          }),
      },
    ],
  },
  easyRead: EASY_TOPICS['confidentiality'],
  sources: [S.seed002, S.advocacyCharter],
  checked: LAST_CHECKED,
};

const singlePointOfAccess: KnownTopic = {
  id: 'single-point-of-access',
  legalClaim: false,
  standard: {
    title: () =>
      msg('One place to ask', {
        id: 'knowledge.topic.spoa.title',
        desc: 'Heading of a section about a single point of access.',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Many councils pay one organisation to run all the advocacy in their area, often called a single point of access.',
            {
              id: 'knowledge.topic.spoa.what',
              desc: 'Paragraph: what a single point of access is.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'You contact one place and they find the right advocate for you. You do not need to know which kind you need.',
            {
              id: 'knowledge.topic.spoa.oneContact',
              desc: 'Paragraph: you only need one contact.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Some services use one assessment for every kind of advocacy, so you tell your story only once.',
            {
              id: 'knowledge.topic.spoa.once',
              desc: 'Paragraph: one assessment for all services.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg("To find it, search your council's website for advocacy, or phone the council.", {
            id: 'knowledge.topic.spoa.find',
            desc: 'Paragraph: how to find the single point of access.',
          }),
      },
    ],
  },
  easyRead: EASY_TOPICS['single-point-of-access'],
  sources: [S.seed000, S.careStatutoryGuidanceCh7],
  checked: LAST_CHECKED,
};

/** Every topic, in the order the explainer shows them. */
export const TOPICS: readonly KnownTopic[] = [
  whatIsAdvocacy,
  howAdvocatesWork,
  whatAdvocatesDo,
  independence,
  cost,
  confidentiality,
  singlePointOfAccess,
];
