/**
 * Topics: What advocacy is, how advocates work, and what they do and do not do. Standard text; easy read is in ../easy/topics-about.ts.
 * Writing rules: /work/shared/CONTENT.md.
 */
import { msg } from '@lit/localize';
import type { TopicData } from './types.js';
import { SOURCES as S } from '../sources.js';

export const whatIsAdvocacy: TopicData = {
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
  sources: [
    S.seed002,
    S.seed004,
    S.careAct2014s67to68,
    S.mha1983s130AtoD,
    S.careStatutoryGuidanceCh7,
    S.advocacyCharter,
  ],
};

export const howAdvocatesWork: TopicData = {
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
  sources: [S.mca2005s3, S.walesPart10CodeCh9, S.seed002],
};

export const whatAdvocatesDo: TopicData = {
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
  sources: [S.seed002, S.seed004, S.advocacyCharter],
};
