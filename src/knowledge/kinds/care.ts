/**
 * Care and support advocacy: the Care Act advocate in England (Care Act 2014, s.67, including
 * transition assessments under ss.58 to 64), the independent professional advocate in Wales (Part 10
 * Code of Practice), and what Scotland and Northern Ireland have instead. Never "Care Act advocate"
 * outside England: the kind's name is neutral and each nation gives its own.
 * Standard text; easy read is in ../easy/care.ts. The strength in each nation is not here: it is
 * derived from the eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';
import { scotlandInstead } from './shared.js';

export const careAct: AdvocacyKindData = {
  id: 'care-act',
  pictogram: 'care',
  standard: {
    name: KIND_NAMES['care-act'],
    summary: () =>
      msg(
        "A care and support advocate helps you take part in the council's decisions about your care and support, and makes sure the council listens.",
        {
          id: 'knowledge.careAndSupport.summary',
          desc: 'Summary of care and support advocacy (called a Care Act advocate in England and an independent professional advocate in Wales).',
        },
      ),
    whoFor: () =>
      msg(
        'It is for adults who need care and support, and for carers. It is also for young people and young carers getting ready for adult care.',
        {
          id: 'knowledge.careAndSupport.whoFor',
          desc: 'Who care and support advocacy is for, in general (young people and young carers: transition to adult services).',
        },
      ),
    helpsWith: [
      () =>
        msg(
          "They help you take part in your needs or carer's assessment, your care plan and its review.",
          {
            id: 'knowledge.careAct.helps.assessment',
            desc: 'One thing a care and support advocate helps with.',
          },
        ),
      () =>
        msg(
          'They support you if the council looks into whether you are at risk of abuse or neglect.',
          {
            id: 'knowledge.careAct.helps.safeguarding',
            desc: 'One thing a care and support advocate helps with (adult safeguarding).',
          },
        ),
      () =>
        msg('They help you understand your choices, say what you want and challenge decisions.', {
          id: 'knowledge.careAct.helps.choices',
          desc: 'One thing a care and support advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        "Ask your social worker or the council's adult social care team for an advocate. If a council arranged your care in another part of the UK, that council still arranges advocacy for its assessments and reviews.",
        {
          id: 'knowledge.careAndSupport.howToGet.crossBorder',
          desc: 'How to get a care and support advocate, including when a council placed you in another UK nation (the placing council keeps its duties).',
        },
      ),
    referral: () =>
      msg('The council arranges the advocate. You, your family or friends can ask for one.', {
        id: 'knowledge.careAct.referral',
        desc: 'Who can ask for a care and support advocate.',
      }),
  },
  referral: { self: false, family: false, professional: true },
  nations: {
    england: {
      localName: () =>
        msg('Care Act advocate', {
          id: 'knowledge.careAct.england.localName',
          desc: 'The name used in England for this kind of advocate (after the Care Act 2014). A short name.',
        }),
      route: () =>
        msg(
          'In England, the council must arrange an advocate if you would have substantial difficulty taking part, and nobody suitable can help. Substantial difficulty means finding it very hard to understand information, remember it, use or weigh it up, or tell people your views, wishes or feelings. Someone is not suitable if they are paid to care for you, or you do not want their help. This includes assessments for young people and young carers getting ready to turn 18.',
          {
            id: 'knowledge.careAct.england.route.transition',
            desc: 'Who can have a Care Act advocate in England: the four areas of "substantial difficulty", the "appropriate person" rule, and transition assessments for young people and young carers.',
          },
        ),
      note: () =>
        msg(
          'Sometimes the council must arrange an advocate even if family or friends could help, so ask. Aftercare under section 117 of the Mental Health Act 1983 is not a Care Act assessment. Ask the team planning it about advocacy.',
          {
            id: 'knowledge.careAct.england.note.aftercare',
            desc: 'Note for England: the exceptions to the "appropriate person" rule, and section 117 aftercare (planned under the Mental Health Act, not the Care Act). Keep the section number and the Act name.',
          },
        ),
      sources: [
        S.careAct2014s67to68,
        S.careAct2014s58to64,
        S.careAdvocacyRegs2014,
        S.careStatutoryGuidanceCh7,
        S.careAct2014Sch1,
        S.mha1983s117,
        S.seed001,
      ],
    },
    wales: {
      localName: () =>
        msg('Independent Professional Advocate', {
          id: 'knowledge.careAct.wales.localName',
          desc: 'The name used in Wales for this kind of advocate.',
        }),
      route: () =>
        msg(
          'In Wales, the council must arrange an independent professional advocate if you can only overcome the barriers to taking part with help. This applies when nobody appropriate can help. This covers assessment, care planning, reviews and safeguarding.',
          {
            id: 'knowledge.careAct.wales.route.barriers',
            desc: 'When the council in Wales must arrange an independent professional advocate (Part 10 Code of Practice): the Welsh test, "can only overcome the barriers to participation with help from an appropriate individual, and there is none".',
          },
        ),
      sources: [S.sswbaWales2014Part10, S.walesPart10Code, S.careAct2014Sch1],
    },
    scotland: {
      route: scotlandInstead,
      note: () =>
        msg(
          'Scotland has no Care Act advocates. If the council decides it needs to act to protect you from harm, it must consider whether you need independent advocacy.',
          {
            id: 'knowledge.careAct.scotland.note.intervene',
            desc: 'Note for Scotland: section 6 of the Adult Support and Protection (Scotland) Act 2007, a duty to consider advocacy once the council decides to intervene.',
          },
        ),
      sources: [
        S.mhctScotland2003s259,
        S.aspScotland2007s6,
        S.aspScotlandCode,
        S.scotlandCommissionersGuide,
      ],
    },
    'northern-ireland': {
      route: () =>
        msg('Ask your Health and Social Care Trust about advocacy near you.', {
          id: 'knowledge.careAct.ni.route',
          desc: 'Care and support advocacy in Northern Ireland, where it is not a legal right.',
        }),
      sources: [S.careAct2014s67to68, S.careAct2014Sch1],
    },
  },
  sources: [S.careAct2014s67to68, S.careAdvocacyRegs2014, S.sswbaWales2014Part10],
};
