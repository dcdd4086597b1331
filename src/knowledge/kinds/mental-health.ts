/**
 * The kinds about mental health: the Independent Mental Health Advocate, mental health advocacy in
 * the community, and learning disability and autism advocacy (a right in Scotland under the same law).
 * Standard text; easy read is in ../easy/mental-health.ts. The strength in each nation is not here: it
 * is derived from the eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';
import {
  notARight,
  referSelfOrOthers,
  scotlandHow,
  scotlandInstead,
  scotlandRight,
} from './shared.js';

export const imha: AdvocacyKindData = {
  id: 'imha',
  pictogram: 'hospital',
  acronym: 'IMHA',
  standard: {
    name: KIND_NAMES['imha'],
    summary: () =>
      msg(
        'An Independent Mental Health Advocate (IMHA) helps you understand and use your rights under mental health law. They are on your side and do not work for the hospital.',
        { id: 'knowledge.imha.summary', desc: 'Summary of IMHA advocacy.' },
      ),
    whoFor: () =>
      msg(
        'IMHAs are for people treated under mental health law, most often in hospital. Who can have one depends on where you live in the UK.',
        { id: 'knowledge.imha.whoFor', desc: 'Who IMHA advocacy is for, in general.' },
      ),
    helpsWith: [
      () =>
        msg('They explain the mental health law that applies to you, and your treatment.', {
          id: 'knowledge.imha.helps.law',
          desc: 'One thing an IMHA helps with.',
        }),
      () =>
        msg('They help you take part in meetings and ward rounds about your care.', {
          id: 'knowledge.imha.helps.meetings',
          desc: 'One thing an IMHA helps with. A ward round is a regular meeting of hospital staff about a patient.',
        }),
      () =>
        msg(
          'They help you use your rights, such as making a complaint or asking a tribunal to end your detention.',
          { id: 'knowledge.imha.helps.rights', desc: 'One thing an IMHA helps with.' },
        ),
    ],
    howToGet: () =>
      msg('Ask staff for the IMHA service. It is free.', {
        id: 'knowledge.imha.howToGet',
        desc: 'How to get an IMHA, in general.',
      }),
    referral: () =>
      msg(
        'You can contact an IMHA yourself. Family, friends and staff can also ask one to visit you.',
        { id: 'knowledge.imha.referral', desc: 'Who can ask for an IMHA.' },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      route: () =>
        msg(
          'In England, you have a legal right to an IMHA if you are detained under most sections of the Mental Health Act 1983. You also have this right on a community treatment order, under guardianship, or as a restricted patient on conditional discharge. If you are not detained, you can have one when doctors consider certain serious treatments, such as brain surgery for a mental disorder. If you are under 18, this includes electroconvulsive therapy (ECT). Staff must tell you about this right.',
          {
            id: 'knowledge.imha.england.v2.route',
            desc: 'Who can have an IMHA in England. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'Short-term holding powers (sections 4, 5(2), 5(4), 135 and 136) give no right to an IMHA, but some areas offer one. The Mental Health Act 2025 is changing this law in stages. Ask staff or your council which rules apply now.',
          {
            id: 'knowledge.imha.england.note',
            desc: 'Limits of the IMHA right in England, and a change in the law. Keep the section numbers and the Act name as they are.',
          },
        ),
      sources: [S.mha1983s130AtoD, S.mha1983s130C, S.mhaCode2015, S.mha2025, S.seed000, S.seed001],
    },
    wales: {
      route: () =>
        msg(
          'In Wales, you can have an IMHA if you are detained under the Mental Health Act 1983, on a community treatment order or under guardianship. You can also have one if you are in hospital in Wales for your mental health and not detained.',
          {
            id: 'knowledge.imha.wales.route',
            desc: 'Who can have an IMHA in Wales. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'If you are held under a short-term power, such as section 135 or 136, ask staff whether you can have an IMHA.',
          { id: 'knowledge.imha.wales.note', desc: 'Note for Wales. Keep the section numbers.' },
        ),
      sources: [S.mha1983s130EtoL, S.mhWalesMeasure2010Part4, S.mhaCodeWales2016],
    },
    scotland: {
      route: scotlandInstead,
      note: () =>
        msg(
          'That right covers you in hospital and at home, detained or not. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
          {
            id: 'knowledge.imha.scotland.note',
            desc: 'Note for Scotland about mental health advocacy. Keep the organisation name in English.',
          },
        ),
      sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      route: () =>
        msg(
          'If you are in a mental health hospital, ask the ward staff or your Health and Social Care Trust for an advocate. The Patient and Client Council and local advocacy services can also help.',
          {
            id: 'knowledge.imha.ni.route.ask',
            desc: 'What to ask for in Northern Ireland, where people detained under the Mental Health (Northern Ireland) Order 1986 have no statutory IMHA. Keep the organisation names.',
          },
        ),
      note: () =>
        msg(
          'The Mental Health (Northern Ireland) Order 1986 gives you no right to an advocate. If you cannot make some decisions yourself, the Mental Capacity Act (Northern Ireland) 2016 may give you a right to an advocate.',
          {
            id: 'knowledge.imha.ni.note',
            desc: 'What the law in Northern Ireland says. Keep the names of the laws in English.',
          },
        ),
      sources: [S.mhOrderNI1986, S.mcaNI2016s35to36, S.hscReformNI2009s17],
    },
  },
  sources: [S.mha1983s130AtoD, S.mha1983s130EtoL, S.mhctScotland2003s259],
};

export const mentalHealth: AdvocacyKindData = {
  id: 'mental-health',
  pictogram: 'mind',
  standard: {
    name: KIND_NAMES['mental-health'],
    summary: () =>
      msg(
        'Community mental health advocacy helps you speak up and have a say in your mental health care.',
        {
          id: 'knowledge.mentalHealth.summary',
          desc: 'Summary of community mental health advocacy.',
        },
      ),
    whoFor: () =>
      msg(
        'It is for people with mental health problems who live in the community, or who are in hospital but not detained.',
        {
          id: 'knowledge.mentalHealth.whoFor',
          desc: 'Who community mental health advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg('They help you get ready for appointments and care reviews, and speak up at them.', {
          id: 'knowledge.mentalHealth.helps.appointments',
          desc: 'One thing a mental health advocate helps with.',
        }),
      () =>
        msg('They help you understand your care, treatment and rights, and raise concerns.', {
          id: 'knowledge.mentalHealth.helps.care',
          desc: 'One thing a mental health advocate helps with.',
        }),
      () =>
        msg('They help you deal with other services, such as housing or benefits.', {
          id: 'knowledge.mentalHealth.helps.services',
          desc: 'One thing a mental health advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'Contact a local mental health advocacy service or charity. Your GP or care team can also refer you.',
        {
          id: 'knowledge.mentalHealth.howToGet',
          desc: 'How to get community mental health advocacy.',
        },
      ),
    referral: referSelfOrOthers,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      note: () =>
        msg(
          'If you are detained under the Mental Health Act 1983, you may have a right to an IMHA instead.',
          {
            id: 'knowledge.mentalHealth.england.note',
            desc: 'Note for England, where this kind of advocacy is not a legal right. IMHA is another kind of advocacy.',
          },
        ),
      sources: [S.seed002, S.mha1983s130C],
    },
    wales: {
      note: () =>
        msg(
          'If you are in hospital for your mental health, you have a right to an IMHA, even if you are not detained.',
          {
            id: 'knowledge.mentalHealth.wales.note',
            desc: 'Note for Wales, where advocacy in the community is not a legal right. IMHA is another kind of advocacy.',
          },
        ),
      sources: [S.seed002, S.mhWalesMeasure2010Part4],
    },
    scotland: {
      route: scotlandRight,
      note: scotlandHow,
      sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      note: notARight,
      sources: [S.mhOrderNI1986, S.seed002],
    },
  },
  sources: [S.mhctScotland2003s259, S.seed002],
};

export const learningDisabilityAutism: AdvocacyKindData = {
  id: 'learning-disability-autism',
  pictogram: 'speak-up',
  standard: {
    name: KIND_NAMES['learning-disability-autism'],
    summary: () =>
      msg(
        'Learning disability and autism advocacy gives you an advocate who communicates in a way that works for you. They help you have a say in your life.',
        {
          id: 'knowledge.learningDisabilityAutism.summary',
          desc: 'Summary of learning disability and autism advocacy.',
        },
      ),
    whoFor: () =>
      msg(
        'It is for people with a learning disability and for autistic people. Some services work only with adults.',
        {
          id: 'knowledge.learningDisabilityAutism.whoFor',
          desc: 'Who learning disability and autism advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg(
          'They help you understand information, using easy words, pictures or other ways that suit you.',
          {
            id: 'knowledge.learningDisabilityAutism.helps.information',
            desc: 'One thing this kind of advocate helps with.',
          },
        ),
      () =>
        msg('They help you get ready for meetings and speak up at them.', {
          id: 'knowledge.learningDisabilityAutism.helps.meetings',
          desc: 'One thing this kind of advocate helps with.',
        }),
      () =>
        msg(
          'They help you make your own decisions, such as where to live, and help you know your rights and raise concerns.',
          {
            id: 'knowledge.learningDisabilityAutism.helps.decisions',
            desc: 'One thing this kind of advocate helps with.',
          },
        ),
    ],
    howToGet: () =>
      msg(
        'Contact a local advocacy service or a learning disability or autism charity. Your council or GP can tell you what is near you.',
        {
          id: 'knowledge.learningDisabilityAutism.howToGet',
          desc: 'How to get this kind of advocacy.',
        },
      ),
    referral: referSelfOrOthers,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      note: () =>
        msg(
          'You may still have a right to a Care Act advocate, an IMCA or an IMHA in some situations.',
          {
            id: 'knowledge.learningDisabilityAutism.england.note',
            desc: 'Note for England, where this kind of advocacy is not a legal right. IMCA and IMHA are other kinds of advocacy.',
          },
        ),
      sources: [S.seed002, S.advocacyQpm],
    },
    wales: {
      note: () =>
        msg(
          'You may still have a right to an Independent Professional Advocate, an IMCA or an IMHA in some situations.',
          {
            id: 'knowledge.learningDisabilityAutism.wales.note',
            desc: 'Note for Wales, where this kind of advocacy is not a legal right. IMCA and IMHA are other kinds of advocacy.',
          },
        ),
      sources: [S.walesPart10CodeCh8, S.seed002],
    },
    scotland: {
      route: () =>
        msg(
          'In Scotland, people with a learning disability have a right to independent advocacy. The same law usually covers autistic people too. If you are not sure, ask an advocacy service.',
          {
            id: 'knowledge.learningDisabilityAutism.scotland.route',
            desc: 'The right in Scotland.',
          },
        ),
      note: scotlandHow,
      sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      note: notARight,
      sources: [S.seed002, S.advocacyQpm],
    },
  },
  sources: [S.mhctScotland2003s259, S.walesPart10CodeCh8, S.seed002],
};
