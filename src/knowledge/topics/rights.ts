/**
 * Topics: Independence, cost, confidentiality and the single point of access. Standard text; easy read is in ../easy/topics-rights.ts.
 * Writing rules: /work/shared/CONTENT.md.
 */
import { msg } from '@lit/localize';
import type { TopicData } from './types.js';
import { SOURCES as S } from '../sources.js';

export const independence: TopicData = {
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
  sources: [
    S.mha1983s130AtoD,
    S.lgpih2007s223A,
    S.mhctScotland2003s259,
    S.advocacyCharter,
    S.seed000,
  ],
};

export const cost: TopicData = {
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
  sources: [S.seed002, S.seed004, S.careAct2014s67to68, S.mha1983s130AtoD, S.mhctScotland2003s259],
};

export const confidentiality: TopicData = {
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
  sources: [S.seed002, S.advocacyCharter],
};

export const singlePointOfAccess: TopicData = {
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
  sources: [S.seed000, S.careStatutoryGuidanceCh7],
};
