/**
 * Deprivation of liberty after A Reference by the Attorney General for Northern Ireland [2026]
 * UKSC 16 (2 June 2026), which overruled the Cheshire West "acid test". Whether someone is deprived
 * of their liberty is again decided on their whole situation, and a person who cannot decide can
 * agree through their wishes and feelings. So this text never tells the reader whether they are
 * deprived of their liberty: it says who decides and what to ask. Standard and easy read together,
 * because they must say the same thing with the same strength.
 */
import { msg } from '@lit/localize';
import type { TopicText } from '../types.js';
import type { TopicData } from './types.js';
import { SOURCES as S } from '../sources.js';

export const deprivationOfLiberty: TopicData = {
  id: 'deprivation-of-liberty',
  legalClaim: true,
  standard: {
    title: () =>
      msg('Limits on your freedom: who decides', {
        id: 'knowledge.topic.liberty.title',
        desc: 'Heading of a section about deprivation of liberty (care that limits where you can go and what you can do).',
      }),
    blocks: [
      {
        type: 'paragraph',
        text: () =>
          msg(
            'Some care limits where you can go or what you can do. If the limits go far enough, the law calls it a deprivation of liberty, and it must be authorised and checked.',
            {
              id: 'knowledge.topic.liberty.what',
              desc: 'Paragraph: what a deprivation of liberty is, in general words.',
            },
          ),
      },
      {
        type: 'paragraph',
        text: () =>
          msg(
            'In June 2026 the Supreme Court changed how this is decided. There is no single test any more: your whole situation is looked at. Your wishes and feelings can count as agreeing, even if you cannot make the decision yourself.',
            {
              id: 'knowledge.topic.liberty.judgment',
              desc: 'Paragraph: the Supreme Court judgment [2026] UKSC 16 (no single "acid test"; a multi-factorial question; wishes and feelings can be valid consent).',
            },
          ),
      },
      {
        type: 'list',
        intro: () =>
          msg('We cannot tell you whether this applies to you. These bodies decide.', {
            id: 'knowledge.topic.liberty.whoDecides.intro',
            desc: 'Lead-in to a list of who decides whether someone is deprived of their liberty, nation by nation.',
          }),
        items: [
          () =>
            msg(
              'In England, the council decides, under the Deprivation of Liberty Safeguards (DoLS).',
              {
                id: 'knowledge.topic.liberty.england',
                desc: 'List item: who decides in England. Keep the acronym DoLS.',
              },
            ),
          () =>
            msg(
              'In Wales, the council decides for a care home, and the local health board for a hospital.',
              { id: 'knowledge.topic.liberty.wales', desc: 'List item: who decides in Wales.' },
            ),
          () =>
            msg(
              'In Northern Ireland, your Health and Social Care Trust decides, under the Mental Capacity Act (Northern Ireland) 2016.',
              {
                id: 'knowledge.topic.liberty.ni',
                desc: 'List item: who decides in Northern Ireland. Keep the Act name in English.',
              },
            ),
          () =>
            msg("In Scotland, ask the council's social work team.", {
              id: 'knowledge.topic.liberty.scotland',
              desc: 'List item: who to ask in Scotland.',
            }),
        ],
      },
      {
        type: 'list',
        intro: () =>
          msg('What to ask', {
            id: 'knowledge.topic.liberty.ask.intro',
            desc: 'Heading of a list of questions to ask about a deprivation of liberty.',
          }),
        items: [
          () =>
            msg('Ask the care home, hospital or council whether your care needs authorising.', {
              id: 'knowledge.topic.liberty.ask.authorise',
              desc: 'List item: a question to ask.',
            }),
          () =>
            msg('Ask who your representative is, and whether you can have an IMCA.', {
              id: 'knowledge.topic.liberty.ask.imca',
              desc: 'List item: a question to ask. IMCA: Independent Mental Capacity Advocate, explained in its own section.',
            }),
          () =>
            msg('If you disagree, an advocate or a solicitor can help you challenge it.', {
              id: 'knowledge.topic.liberty.ask.challenge',
              desc: 'List item: what to do if you disagree.',
            }),
        ],
      },
      {
        type: 'paragraph',
        text: () =>
          msg('The Liberty Protection Safeguards, planned to replace DoLS, are not in force.', {
            id: 'knowledge.topic.liberty.lps',
            desc: 'Paragraph: the Liberty Protection Safeguards (Mental Capacity (Amendment) Act 2019) have not started. Keep the acronym DoLS.',
          }),
      },
    ],
  },
  sources: [
    S.uksc2026s16,
    S.mca2005s39A,
    S.mca2005s39C,
    S.mca2005s39D,
    S.mcaNI2016s35to36,
    S.mcaCode,
  ],
};

/** Easy read of the same, with the same strength: who decides, what to ask. */
export const EASY_LIBERTY: TopicText = {
  title: () =>
    msg('Limits on your freedom', {
      id: 'knowledge.topic.liberty.easy.title',
      desc: 'Easy read heading of the section about deprivation of liberty.',
    }),
  blocks: [
    {
      type: 'paragraph',
      pictogram: 'home',
      text: () =>
        msg(
          'Some care limits where you can go. Or it limits what you can do. If it limits you a lot, the law must agree to it. Someone must check it too.',
          {
            id: 'knowledge.topic.liberty.easy.what',
            desc: 'Easy read: what a deprivation of liberty is, in general words.',
          },
        ),
    },
    {
      type: 'paragraph',
      pictogram: 'rights',
      text: () =>
        msg(
          'In June 2026, the highest court in the UK changed the rules. Now people look at your whole life, not one test. What you want and feel can count as agreeing to the care. This is true even if you cannot make the decision.',
          {
            id: 'knowledge.topic.liberty.v2.easy.judgment',
            desc: 'Easy read: the Supreme Court judgment [2026] UKSC 16 ("the highest court in the UK" is the Supreme Court).',
          },
        ),
    },
    {
      type: 'paragraph',
      pictogram: 'council',
      text: () =>
        msg(
          'We cannot tell you if this is true for you. In England and Wales, the council decides. In Wales, the health board decides for a hospital. In Northern Ireland, your Health and Social Care Trust decides. In Scotland, ask the council.',
          {
            id: 'knowledge.topic.liberty.easy.whoDecides',
            desc: 'Easy read: who decides, nation by nation. Keep the organisation name.',
          },
        ),
    },
    {
      type: 'list',
      pictogram: 'speak-up',
      intro: () =>
        msg('What you can ask', {
          id: 'knowledge.topic.liberty.easy.ask.intro',
          desc: 'Easy read heading of a list of questions to ask.',
        }),
      items: [
        () =>
          msg('Does my care need to be agreed by law?', {
            id: 'knowledge.topic.liberty.easy.ask.authorise',
            desc: 'Easy read: a question to ask the care home, hospital or council.',
          }),
        () =>
          msg('Who speaks for me? Can I have an advocate for big decisions?', {
            id: 'knowledge.topic.liberty.easy.ask.imca',
            desc: 'Easy read: a question to ask (the representative, and the IMCA, whose easy read name is "advocate for big decisions").',
          }),
        () =>
          msg('Do you disagree? An advocate or a solicitor can help you say so.', {
            id: 'knowledge.topic.liberty.easy.ask.challenge',
            desc: 'Easy read: what to do if you disagree.',
          }),
      ],
    },
  ],
};
