/**
 * Easy read of care-act: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import { scotlandInstead } from './shared.js';

export const EASY_CARE = {
  'care-act': {
    text: {
      name: () =>
        msg('Advocate for care and support', {
          id: 'knowledge.care-act.easy.name',
          desc: 'Easy read name of the Care Act advocate.',
        }),
      summary: () =>
        msg(
          'This advocate helps you when the council makes decisions about your care. They make sure the council listens to you.',
          {
            id: 'knowledge.care-act.easy.summary',
            desc: 'Easy read summary of care and support advocacy (a Care Act advocate in England, an independent professional advocate in Wales).',
          },
        ),
      whoFor: () =>
        msg(
          'It is for adults who need care, and for carers. It is also for young people and young carers getting ready for adult care.',
          {
            id: 'knowledge.careAndSupport.easy.whoFor',
            desc: 'Easy read: who care and support advocacy is for (young people and young carers: transition to adult services).',
          },
        ),
      helpsWith: [
        () =>
          msg('They help you in meetings about your needs and your care plan.', {
            id: 'knowledge.care-act.easy.helps.assessment',
            desc: 'Easy read: one thing a Care Act advocate helps with (assessment, care plan, review).',
          }),
        () =>
          msg('They support you if the council checks that you are safe from harm.', {
            id: 'knowledge.care-act.easy.helps.safeguarding',
            desc: 'Easy read: one thing a Care Act advocate helps with (adult safeguarding).',
          }),
        () =>
          msg('They help you say what you want and question decisions.', {
            id: 'knowledge.care-act.easy.helps.choices',
            desc: 'Easy read: one thing a Care Act advocate helps with.',
          }),
      ],
      howToGet: () =>
        msg(
          'Ask your social worker or the council for this advocate. Did a council arrange your care in another part of the UK? Then that council still gets you the advocate for its meetings.',
          {
            id: 'knowledge.careAndSupport.easy.howToGet.crossBorder',
            desc: 'Easy read: how to get a care and support advocate, including when a council placed you in another UK nation (the placing council keeps its duties).',
          },
        ),
      referral: () =>
        msg('The council gets you the advocate. You, your family or friends can ask for one.', {
          id: 'knowledge.care-act.easy.referral',
          desc: 'Easy read: who can ask for a Care Act advocate.',
        }),
    },
    nations: {
      england: {
        localName: () =>
          msg('Called a Care Act advocate in England', {
            id: 'knowledge.careAct.england.easy.localName',
            desc: 'Easy read: the name used in England for this kind of advocate (after the Care Act 2014). A short label, no full stop.',
          }),
        route: () =>
          msg(
            'In England, the council must get you this advocate if taking part is very hard. And nobody suitable can help you. This means you find it very hard to understand or remember what you are told. Or it is very hard to weigh it up or say what you want. A person is not suitable if they are paid to care for you. They are also not suitable if you do not want their help. This is also for young people and young carers getting ready to turn 18.',
            {
              id: 'knowledge.careAct.england.easy.route.transition',
              desc: 'Easy read: who can have a Care Act advocate in England (the four areas of "substantial difficulty", the "appropriate person" rule, and transition assessments for young people and young carers).',
            },
          ),
        note: () =>
          msg(
            'Sometimes the council must get you an advocate even if family can help. So ask the council. Did you leave hospital after the Mental Health Act 1983 kept you there? Your care after that is planned under that law. This advocate is not for that. Ask the team planning it about advocates.',
            {
              id: 'knowledge.careAct.england.easy.note.aftercare',
              desc: 'Easy read note for England: the exceptions to the "appropriate person" rule, and section 117 aftercare (planned under the Mental Health Act, not the Care Act). Keep the Act name.',
            },
          ),
      },
      wales: {
        localName: () =>
          msg('Called an Independent Professional Advocate in Wales', {
            id: 'knowledge.careAct.wales.easy.localName',
            desc: 'Easy read: the name used in Wales for this kind of advocate. Keep the name in English. A short label, no full stop.',
          }),
        route: () =>
          msg(
            'In Wales, the council must get you an independent professional advocate in some cases. You can only take part with help from someone suitable. And there is nobody suitable to help you. This is for meetings about your needs, your care plan, or keeping you safe.',
            {
              id: 'knowledge.careAct.wales.easy.route.barriers',
              desc: 'Easy read: when the council in Wales must arrange an independent professional advocate (Part 10 Code of Practice: you can only overcome the barriers to taking part with help from an appropriate person, and there is none). Keep the name in English.',
            },
          ),
      },
      scotland: {
        route: scotlandInstead,
        note: () =>
          msg(
            'Scotland does not have Care Act advocates. The council may decide it must act to keep you safe from harm. Then it must think about whether you need an advocate.',
            {
              id: 'knowledge.careAct.scotland.easy.note.intervene',
              desc: "Easy read note for Scotland: the council's duty to consider advocacy once it decides to act to protect you (Adult Support and Protection (Scotland) Act 2007, section 6).",
            },
          ),
      },
      'northern-ireland': {
        route: () =>
          msg('Ask your Health and Social Care Trust what advocates there are near you.', {
            id: 'knowledge.careAct.ni.easy.route',
            desc: 'Easy read: care and support advocacy in Northern Ireland, where it is not a legal right.',
          }),
      },
    },
  },
} satisfies Record<string, EasyKind>;
