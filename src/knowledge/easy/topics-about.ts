/**
 * Easy read of the topics in ../topics/about.ts, rewritten from scratch for its reader (rules in
 * ./shared.ts).
 */
import { msg } from '@lit/localize';
import type { TopicText } from '../types.js';

export const EASY_TOPICS_ABOUT = {
  'what-is-advocacy': {
    title: () =>
      msg('What is advocacy?', {
        id: 'knowledge.topic.what-is-advocacy.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'advocate',
        text: () =>
          msg('An advocate is someone who is on your side.', {
            id: 'knowledge.topic.what-is-advocacy.easy.onYourSide',
            desc: 'Easy read paragraph: what an advocate is.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'speak-up',
        text: () =>
          msg(
            'They help you say what you want. They make sure people listen to you when they decide things about your life.',
            {
              id: 'knowledge.topic.what-is-advocacy.easy.heard',
              desc: 'Easy read paragraph: what an advocate does for you.',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'decide',
        text: () =>
          msg('You are in charge. The advocate does not decide for you.', {
            id: 'knowledge.topic.what-is-advocacy.easy.inCharge',
            desc: 'Easy read paragraph: the person stays in charge.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'free',
        text: () =>
          msg(
            'Some advocacy is a right by law. It is free and private. It is separate from the NHS and the council.',
            {
              id: 'knowledge.topic.what-is-advocacy.easy.statutory',
              desc: 'Easy read paragraph: advocacy that is a legal right is free, confidential and independent.',
            },
          ),
      },
    ],
  },
  'how-advocates-work': {
    title: () =>
      msg('2 ways advocates work', {
        id: 'knowledge.topic.how-advocates-work.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'speak-up',
        text: () =>
          msg('Most of the time, you tell the advocate what you want. They help you say it.', {
            id: 'knowledge.topic.how-advocates-work.easy.instructed',
            desc: 'Easy read paragraph: instructed advocacy.',
          }),
      },
      {
        type: 'list',
        pictogram: 'question',
        intro: () =>
          msg(
            'Sometimes you may not be able to tell the advocate what you want. This may be why.',
            {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.intro',
              desc: 'Easy read lead-in to a list of four points about mental capacity.',
            },
          ),
        items: [
          () =>
            msg('You cannot understand the information.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.understand',
              desc: 'Easy read list item: the first of four capacity points.',
            }),
          () =>
            msg('You cannot remember it for long enough.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.retain',
              desc: 'Easy read list item: the second of four capacity points.',
            }),
          () =>
            msg('You cannot think it through to decide.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.weigh',
              desc: 'Easy read list item: the third of four capacity points.',
            }),
          () =>
            msg('You cannot tell anyone what you decide in any way.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.communicate',
              desc: 'Easy read list item: the fourth of four capacity points (talking, signing, pointing).',
            }),
        ],
      },
      {
        type: 'paragraph',
        pictogram: 'family',
        text: () =>
          msg(
            'Then the advocate gets to know you and the people close to you. They make sure your wishes count.',
            {
              id: 'knowledge.topic.how-advocates-work.easy.nonInstructed',
              desc: 'Easy read paragraph: how non-instructed advocacy works.',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'decide',
        text: () =>
          msg('You may be able to decide more at another time. A good advocate keeps asking you.', {
            id: 'knowledge.topic.how-advocates-work.easy.changes',
            desc: 'Easy read paragraph: capacity can change.',
          }),
      },
    ],
  },
  'what-advocates-do': {
    title: () =>
      msg('What advocates do', {
        id: 'knowledge.topic.what-advocates-do.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'list',
        pictogram: 'tick',
        intro: () =>
          msg('An advocate does these things', {
            id: 'knowledge.topic.what-advocates-do.easy.does.intro',
            desc: 'Easy read heading of a list.',
          }),
        items: [
          () =>
            msg('They listen to you.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.listen',
              desc: 'Easy read list item: something an advocate does.',
            }),
          () =>
            msg('They help you understand information and your choices.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.understand',
              desc: 'Easy read list item: something an advocate does.',
            }),
          () =>
            msg('They help you say what you want. They can say it for you if you ask.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.speak',
              desc: 'Easy read list item: something an advocate does.',
            }),
          () =>
            msg('They can come to meetings with you and help you complain.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.meetings',
              desc: 'Easy read list item: something an advocate does.',
            }),
        ],
      },
      {
        type: 'list',
        pictogram: 'warning',
        intro: () =>
          msg('An advocate does not do these things', {
            id: 'knowledge.topic.what-advocates-do.easy.doesNot.intro',
            desc: 'Easy read heading of a list.',
          }),
        items: [
          () =>
            msg('They do not decide for you or tell you what to do.', {
              id: 'knowledge.topic.what-advocates-do.easy.doesNot.decide',
              desc: 'Easy read list item: something an advocate does not do.',
            }),
          () =>
            msg('They do not give legal advice.', {
              id: 'knowledge.topic.what-advocates-do.easy.doesNot.advice',
              desc: 'Easy read list item: something an advocate does not do.',
            }),
          () =>
            msg('They cannot promise you will get what you want. They make sure people hear you.', {
              id: 'knowledge.topic.what-advocates-do.easy.doesNot.promise',
              desc: 'Easy read list item: something an advocate cannot do.',
            }),
        ],
      },
    ],
  },
} satisfies Record<string, TopicText>;
