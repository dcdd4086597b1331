/**
 * Easy read of imha, mental-health, learning-disability-autism: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import {
  scotlandInstead,
  contactYourself,
  notARight,
  scotlandHow,
  scotlandRight,
} from './shared.js';

export const EASY_MENTAL_HEALTH = {
  imha: {
    text: {
      name: () =>
        msg('Mental health advocate', {
          id: 'knowledge.imha.easy.name',
          desc: 'Easy read name of the Independent Mental Health Advocate. The acronym IMHA is shown after it.',
        }),
      summary: () =>
        msg(
          'This advocate helps you use your rights under mental health law. They are on your side. They do not work for the hospital.',
          { id: 'knowledge.imha.easy.summary', desc: 'Easy read summary of IMHA advocacy.' },
        ),
      whoFor: () =>
        msg(
          'It is for people treated under mental health law, most often in hospital. The rules are different in each part of the UK.',
          { id: 'knowledge.imha.easy.whoFor', desc: 'Easy read: who IMHA advocacy is for.' },
        ),
      helpsWith: [
        () =>
          msg('They explain the law and your treatment to you.', {
            id: 'knowledge.imha.easy.helps.law',
            desc: 'Easy read: one thing an IMHA helps with.',
          }),
        () =>
          msg('They help you speak up in meetings about your care.', {
            id: 'knowledge.imha.easy.helps.meetings',
            desc: 'Easy read: one thing an IMHA helps with.',
          }),
        () =>
          msg('They help you use your rights, like asking to leave hospital.', {
            id: 'knowledge.imha.easy.helps.rights',
            desc: 'Easy read: one thing an IMHA helps with (for example appealing to a tribunal).',
          }),
      ],
      howToGet: () =>
        msg('Ask the staff for a mental health advocate. It is free.', {
          id: 'knowledge.imha.easy.howToGet',
          desc: 'Easy read: how to get an IMHA.',
        }),
      referral: () =>
        msg(
          'You can contact the advocate yourself. Family, friends and staff can ask them to visit you.',
          {
            id: 'knowledge.imha.easy.referral',
            desc: 'Easy read: who can ask for an IMHA.',
          },
        ),
    },
    nations: {
      england: {
        route: () =>
          msg(
            'In England, you have a right to this advocate in these cases. The law keeps you in hospital. This is under most sections of the Mental Health Act 1983. Or you have a community treatment order or a guardian. Or you are a restricted patient who left hospital with conditions. At other times, you can have one before some serious treatments. One is brain surgery for your mental health. If you are under 18, another is a treatment using electricity on the brain (ECT). Staff must tell you about your right.',
            {
              id: 'knowledge.imha.england.v2.easy.route',
              desc: 'Easy read: who can have an IMHA in England. Keep the Act name in English. ECT is electroconvulsive therapy.',
            },
          ),
        note: () =>
          msg(
            'Some sections only hold you for a short time. These are sections 4, 5(2), 5(4), 135 and 136. They give you no right to this advocate. But some areas give you one anyway. The Mental Health Act 2025 is changing these rules over time. Ask staff or your council which rules apply now.',
            {
              id: 'knowledge.imha.england.easy.note',
              desc: 'Easy read: limits of the IMHA right in England, and a change in the law. Keep the section numbers and the Act name.',
            },
          ),
      },
      wales: {
        route: () =>
          msg(
            'In Wales, you can have this advocate if you are kept in hospital by law. You can also have one with a community treatment order or a guardian. Are you in hospital for your mental health, but not kept there by law? You can have one too.',
            {
              id: 'knowledge.imha.wales.easy.route',
              desc: 'Easy read: who can have an IMHA in Wales (detained, community treatment order, guardianship, or an informal patient in hospital).',
            },
          ),
        note: () =>
          msg(
            'Are you held for a short time, like under section 135 or 136? Ask staff if you can have this advocate.',
            {
              id: 'knowledge.imha.wales.easy.note',
              desc: 'Easy read note for Wales about short-term powers. Keep the section numbers.',
            },
          ),
      },
      scotland: {
        route: scotlandInstead,
        note: () =>
          msg(
            'This right is the same in hospital and at home. It does not matter if the law keeps you in hospital. The Scottish Independent Advocacy Alliance can tell you who to ask.',
            {
              id: 'knowledge.imha.scotland.easy.note',
              desc: 'Easy read note for Scotland about mental health advocacy. Keep the organisation name in English.',
            },
          ),
      },
      'northern-ireland': {
        route: () =>
          msg(
            'Are you in a mental health hospital? Ask the staff on your ward for an advocate. Or ask your Health and Social Care Trust. The Patient and Client Council can also help. So can local advocacy services.',
            {
              id: 'knowledge.imha.ni.easy.route.ask',
              desc: 'Easy read: what to ask for in Northern Ireland, where people detained under the Mental Health (Northern Ireland) Order 1986 have no statutory IMHA. Keep the organisation names.',
            },
          ),
        note: () =>
          msg(
            'The Mental Health (Northern Ireland) Order 1986 gives you no right to an advocate. You may not be able to make some decisions yourself. Then the Mental Capacity Act (Northern Ireland) 2016 may give you a right to one.',
            {
              id: 'knowledge.imha.ni.easy.note',
              desc: 'Easy read: what the law in Northern Ireland says. Keep the names of the laws in English.',
            },
          ),
      },
    },
  },
  'mental-health': {
    text: {
      name: () =>
        msg('Mental health advocacy where you live', {
          id: 'knowledge.mental-health.easy.name',
          desc: 'Easy read name of mental health advocacy in the community.',
        }),
      summary: () =>
        msg('This advocate helps you have a say in your mental health care.', {
          id: 'knowledge.mental-health.easy.summary',
          desc: 'Easy read summary of community mental health advocacy.',
        }),
      whoFor: () =>
        msg(
          'It is for people with mental health problems who live at home. It is also for people who chose to stay in hospital.',
          {
            id: 'knowledge.mental-health.easy.whoFor',
            desc: 'Easy read: who community mental health advocacy is for (including informal hospital patients).',
          },
        ),
      helpsWith: [
        () =>
          msg('They help you get ready for appointments and speak up at them.', {
            id: 'knowledge.mental-health.easy.helps.appointments',
            desc: 'Easy read: one thing a mental health advocate helps with.',
          }),
        () =>
          msg('They explain your care, your treatment and your rights.', {
            id: 'knowledge.mental-health.easy.helps.care',
            desc: 'Easy read: one thing a mental health advocate helps with.',
          }),
        () =>
          msg('They help with other services, like housing or money.', {
            id: 'knowledge.mental-health.easy.helps.services',
            desc: 'Easy read: one thing a mental health advocate helps with (housing, benefits).',
          }),
      ],
      howToGet: () =>
        msg(
          'Contact a local mental health advocacy service. Your doctor or care team can contact it for you.',
          {
            id: 'knowledge.mental-health.easy.howToGet',
            desc: 'Easy read: how to get community mental health advocacy.',
          },
        ),
      referral: contactYourself,
    },
    nations: {
      england: {
        note: () =>
          msg(
            'Are you kept in hospital under the Mental Health Act 1983? Then you may have a right to a mental health advocate (IMHA) instead.',
            {
              id: 'knowledge.mentalHealth.england.easy.note',
              desc: 'Easy read note for England. Keep the Act name in English. IMHA is another kind of advocacy.',
            },
          ),
      },
      wales: {
        note: () =>
          msg(
            'Are you in hospital for your mental health? Then you have a right to a mental health advocate (IMHA). This is true even if the law does not keep you there.',
            {
              id: 'knowledge.mentalHealth.wales.easy.note',
              desc: 'Easy read note for Wales. IMHA is another kind of advocacy.',
            },
          ),
      },
      scotland: { route: scotlandRight, note: scotlandHow },
      'northern-ireland': { note: notARight },
    },
  },
  'learning-disability-autism': {
    text: {
      name: () =>
        msg('Advocacy for learning disability and autism', {
          id: 'knowledge.learning-disability-autism.easy.name',
          desc: 'Easy read name of learning disability and autism advocacy.',
        }),
      summary: () =>
        msg(
          'This advocate talks with you in a way that works for you. They help you have a say in your life.',
          {
            id: 'knowledge.learning-disability-autism.easy.summary',
            desc: 'Easy read summary of learning disability and autism advocacy.',
          },
        ),
      whoFor: () =>
        msg(
          'It is for people with a learning disability and for autistic people. Some services are only for adults.',
          {
            id: 'knowledge.learning-disability-autism.easy.whoFor',
            desc: 'Easy read: who learning disability and autism advocacy is for.',
          },
        ),
      helpsWith: [
        () =>
          msg('They explain things with easy words and pictures.', {
            id: 'knowledge.learning-disability-autism.easy.helps.information',
            desc: 'Easy read: one thing this kind of advocate helps with.',
          }),
        () =>
          msg('They help you get ready for meetings and speak up at them.', {
            id: 'knowledge.learning-disability-autism.easy.helps.meetings',
            desc: 'Easy read: one thing this kind of advocate helps with.',
          }),
        () =>
          msg('They help you make your own choices, like where to live.', {
            id: 'knowledge.learning-disability-autism.easy.helps.decisions',
            desc: 'Easy read: one thing this kind of advocate helps with.',
          }),
      ],
      howToGet: () =>
        msg(
          'Contact a local advocacy service or charity. Your council or doctor can tell you about them.',
          {
            id: 'knowledge.learning-disability-autism.easy.howToGet',
            desc: 'Easy read: how to get this kind of advocacy.',
          },
        ),
      referral: contactYourself,
    },
    nations: {
      england: {
        note: () =>
          msg(
            'Sometimes you may have a right to another advocate. It could be an advocate for care and support. Or it could be an advocate for big decisions (IMCA). Or it could be a mental health advocate (IMHA).',
            {
              id: 'knowledge.learningDisabilityAutism.england.easy.note',
              desc: 'Easy read note for England. The names are the easy read names of the Care Act advocate, the IMCA and the IMHA.',
            },
          ),
      },
      wales: {
        note: () =>
          msg(
            'Sometimes you may have a right to another advocate. It could be an Independent Professional Advocate. Or it could be an advocate for big decisions (IMCA). Or it could be a mental health advocate (IMHA).',
            {
              id: 'knowledge.learningDisabilityAutism.wales.easy.note',
              desc: 'Easy read note for Wales. Keep the name Independent Professional Advocate in English; the others are the easy read names of the IMCA and the IMHA.',
            },
          ),
      },
      scotland: {
        route: () =>
          msg(
            'In Scotland, you have a right to an advocate if you have a learning disability. The same law is for most autistic people too. Ask an advocate if you are not sure.',
            {
              id: 'knowledge.learningDisabilityAutism.scotland.easy.route',
              desc: 'Easy read: the right in Scotland.',
            },
          ),
        note: scotlandHow,
      },
      'northern-ireland': { note: notARight },
    },
  },
} satisfies Record<string, EasyKind>;
