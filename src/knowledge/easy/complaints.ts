/**
 * Easy read of nhs-complaints: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import { contactYourself } from './shared.js';

export const EASY_COMPLAINTS = {
  'nhs-complaints': {
    text: {
      name: () =>
        msg('Help to complain about the NHS', {
          id: 'knowledge.nhs-complaints.easy.name',
          desc: 'Easy read name of NHS complaints advocacy.',
        }),
      summary: () =>
        msg('This advocate helps you complain about NHS care. The help is free.', {
          id: 'knowledge.nhs-complaints.easy.summary',
          desc: 'Easy read summary of NHS complaints advocacy.',
        }),
      whoFor: () =>
        msg(
          'It is for anyone who wants to complain about the NHS. It is also for someone who complains for them.',
          {
            id: 'knowledge.nhsComplaints.easy.whoFor.representative',
            desc: 'Easy read: who NHS complaints advocacy is for (the patient, or a person complaining on their behalf).',
          },
        ),
      helpsWith: [
        () =>
          msg('They explain how to complain and what you can do.', {
            id: 'knowledge.nhs-complaints.easy.helps.process',
            desc: 'Easy read: one thing a complaints advocate helps with.',
          }),
        () =>
          msg('They help you write letters. Some can come to meetings with you.', {
            id: 'knowledge.nhs-complaints.easy.helps.letters',
            desc: 'Easy read: one thing a complaints advocate helps with.',
          }),
        () =>
          msg('They help you take your complaint further if you are not happy with the answer.', {
            id: 'knowledge.nhs-complaints.easy.helps.further',
            desc: 'Easy read: one thing a complaints advocate helps with (going to the ombudsman).',
          }),
      ],
      howToGet: () =>
        msg(
          'Contact the complaints advocacy service near you. Your council, doctor or hospital can tell you who runs it.',
          {
            id: 'knowledge.nhs-complaints.easy.howToGet',
            desc: 'Easy read: how to get NHS complaints advocacy.',
          },
        ),
      referral: contactYourself,
    },
    nations: {
      england: {
        route: () =>
          msg(
            "In England, every council must arrange this service. Your council's website says who runs it. You can complain for someone else if they ask you. You can also complain for a child. Or for someone who has died. Or for someone who cannot complain themselves.",
            {
              id: 'knowledge.nhsComplaints.england.v2.easy.route.representative',
              desc: 'Easy read: NHS complaints advocacy in England, and who may complain for someone else (regulation 5 of the 2009 complaints regulations): any one of these is enough.',
            },
          ),
      },
      wales: {
        route: () =>
          msg(
            'In Wales, Llais gives free help to complain. It helps anyone who wants to complain about the NHS. It also helps adults who want to complain about social care.',
            {
              id: 'knowledge.nhsComplaints.wales.easy.route',
              desc: 'Easy read: NHS complaints advocacy in Wales. Keep the name Llais.',
            },
          ),
        note: () =>
          msg(
            'Are you a child who wants to complain about social services? You may need a different service. Ask your council.',
            { id: 'knowledge.nhsComplaints.wales.easy.note', desc: 'Easy read note for Wales.' },
          ),
      },
      scotland: {
        route: () =>
          msg(
            'In Scotland, the Patient Advice and Support Service (PASS) helps you complain about the NHS. It is free. Citizens Advice Scotland runs it.',
            {
              id: 'knowledge.nhsComplaints.scotland.easy.route',
              desc: 'Easy read: NHS complaints support in Scotland. Keep the organisation names and the acronym in English.',
            },
          ),
        note: () =>
          msg('This service can also help you find an advocate.', {
            id: 'knowledge.nhsComplaints.scotland.easy.note',
            desc: 'Easy read note for Scotland: the Patient Advice and Support Service can put you in touch with advocacy.',
          }),
      },
      'northern-ireland': {
        route: () =>
          msg(
            'In Northern Ireland, the Patient and Client Council helps you complain. It helps with complaints about health and social care. This includes social services for children. It is free.',
            {
              id: 'knowledge.nhsComplaints.ni.easy.route.socialCare',
              desc: "Easy read: health and social care complaints support in Northern Ireland, children's social services included. Keep the organisation name.",
            },
          ),
      },
    },
  },
} satisfies Record<string, EasyKind>;
