/**
 * What the explainer says about advocacy in general: what it is, how advocates work, what they
 * do and do not do, independence, cost, confidentiality, and the single point of access.
 * Same writing rules as ./kinds.ts.
 */
import { msg } from '@lit/localize';
import type { Topic } from './types.js';
import { LAST_CHECKED, SOURCES as S } from './sources.js';

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
          msg(
            'An advocate is independent. They are not part of the NHS, the council or any other service that makes decisions about you.',
            {
              id: 'knowledge.topic.whatIs.independent',
              desc: 'Paragraph: advocates are independent.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'You stay in charge. An advocate will not make decisions for you or tell you what to do.',
            {
              id: 'knowledge.topic.whatIs.inCharge',
              desc: 'Paragraph: the person stays in charge.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Some advocacy is a legal right. Advocacy that the law gives you a right to is free, confidential and independent of the services making decisions.',
            {
              id: 'knowledge.topic.whatIs.statutory',
              desc: 'Paragraph: statutory advocacy is free and confidential.',
            },
          ),
      },
    ],
  },
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
            'Most of the time, advocates use instructed advocacy. You tell the advocate what you want, and they help you put your views across clearly.',
            { id: 'knowledge.topic.howWork.instructed', desc: 'Paragraph: instructed advocacy.' },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Sometimes you may not be able to tell an advocate what you want. Then the advocate can use non-instructed advocacy.',
            {
              id: 'knowledge.topic.howWork.nonInstructed',
              desc: 'Paragraph: when non-instructed advocacy is used.',
            },
          ),
      },
      {
        type: 'list',
        intro: () =>
          msg(
            'An advocate may work in a non-instructed way if one or more of these things is true.',
            {
              id: 'knowledge.topic.howWork.capacity.intro',
              desc: 'Lead-in to a list of four points about mental capacity.',
            },
          ),
        items: [
          () =>
            msg('You cannot understand information about what an advocate does.', {
              id: 'knowledge.topic.howWork.capacity.understand',
              desc: 'List item: the first of four capacity points.',
            }),
          () =>
            msg('You cannot remember that information for long enough to decide.', {
              id: 'knowledge.topic.howWork.capacity.retain',
              desc: 'List item: the second of four capacity points.',
            }),
          () =>
            msg(
              'You cannot use or weigh up that information to decide whether you want an advocate.',
              {
                id: 'knowledge.topic.howWork.capacity.weigh',
                desc: 'List item: the third of four capacity points.',
              },
            ),
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
            'In non-instructed advocacy, the advocate gets to know you, watches how you respond and talks to people who know you. They make sure your rights and wishes are taken into account.',
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
            'Your ability to decide can change over time. A good advocate keeps looking for ways to involve you in your own choices.',
            { id: 'knowledge.topic.howWork.changes', desc: 'Paragraph: capacity can change.' },
          ),
      },
    ],
  },
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
            msg('They listen to you and find out what you want.', {
              id: 'knowledge.topic.does.listen',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They help you understand information and your choices.', {
              id: 'knowledge.topic.does.understand',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They help you say what you want, or say it for you if you ask them to.', {
              id: 'knowledge.topic.does.speak',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They help you get ready for meetings and can go with you.', {
              id: 'knowledge.topic.does.meetings',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They help you write letters, make a complaint or challenge a decision.', {
              id: 'knowledge.topic.does.letters',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They check that the right rules and steps are followed.', {
              id: 'knowledge.topic.does.rules',
              desc: 'List item: something an advocate does.',
            }),
          () =>
            msg('They keep you up to date with what is happening.', {
              id: 'knowledge.topic.does.inform',
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
            msg('They do not make decisions for you.', {
              id: 'knowledge.topic.doesNot.decide',
              desc: 'List item: something an advocate does not do.',
            }),
          () =>
            msg('They do not judge you or give their own opinion about what you should do.', {
              id: 'knowledge.topic.doesNot.judge',
              desc: 'List item: something an advocate does not do.',
            }),
          () =>
            msg('They do not try to persuade you to do what other people want.', {
              id: 'knowledge.topic.doesNot.persuade',
              desc: 'List item: something an advocate does not do.',
            }),
          () =>
            msg(
              'They do not give counselling, and they are not solicitors, so they cannot give legal advice.',
              {
                id: 'knowledge.topic.doesNot.advice',
                desc: 'List item: something an advocate does not do.',
              },
            ),
          () =>
            msg('They do not speak for you when you want to speak for yourself.', {
              id: 'knowledge.topic.doesNot.speakOver',
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
            'Advocates are independent. This means they are separate from the NHS, the council and anyone else involved in decisions about you.',
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
            'Your council or the NHS may pay for the advocacy service. The advocate still works for you, not for them.',
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
            'For several kinds of advocacy, the law says the advocate should be independent of the people treating you or making decisions about you.',
            { id: 'knowledge.topic.independence.law', desc: 'Paragraph: independence in law.' },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'If you feel your advocate is not on your side, you can ask for a different one or complain to the advocacy service.',
            {
              id: 'knowledge.topic.independence.complain',
              desc: 'Paragraph: what to do if the advocate does not seem independent.',
            },
          ),
      },
    ],
  },
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
          msg('Advocacy that the law gives you a right to is free. You never pay for it.', {
            id: 'knowledge.topic.cost.statutory',
            desc: 'Paragraph: statutory advocacy is free.',
          }),
      },
      {
        type: 'paragraph',
        text: () =>
          msg('Most community advocacy from charities and councils is free too.', {
            id: 'knowledge.topic.cost.community',
            desc: 'Paragraph: community advocacy is usually free.',
          }),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Some advocates charge a fee. Check first whether you can get free advocacy, and ask what it will cost before you agree.',
            { id: 'knowledge.topic.cost.paid', desc: 'Paragraph: paid advocacy.' },
          ),
      },
    ],
  },
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
            'There are some limits. An advocate may have to share information if you or someone else is at risk of serious harm.',
            {
              id: 'knowledge.topic.confidentiality.harm',
              desc: 'Paragraph: the limit of confidentiality (risk of serious harm).',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'An advocate may also have to share information if the law or a court says they must.',
            {
              id: 'knowledge.topic.confidentiality.law',
              desc: 'Paragraph: the limit of confidentiality (law or court).',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Your advocate should explain these limits when you first meet. If anything is unclear, ask them.',
            {
              id: 'knowledge.topic.confidentiality.explain',
              desc: 'Paragraph: the advocate explains the limits.',
            },
          ),
      },
    ],
  },
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
            'Many councils pay one organisation to run all the advocacy in their area. This is often called a single point of access.',
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
            'You contact one place, and they find the right kind of advocate for you. You do not need to know which kind you need.',
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
            'Some services use one assessment for every kind of advocacy they offer. This means you do not have to tell your story again and again.',
            {
              id: 'knowledge.topic.spoa.once',
              desc: 'Paragraph: one assessment for all services.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            "To find it, search your council's website for advocacy, or phone the council and ask.",
            {
              id: 'knowledge.topic.spoa.find',
              desc: 'Paragraph: how to find the single point of access.',
            },
          ),
      },
    ],
  },
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
