/**
 * Help to complain about health (and in places social care), nation by nation.
 * Standard text; easy read is in ../easy/complaints.ts. The strength in each nation is not here: it
 * is derived from the eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';
import { referSelfOrOthers } from './shared.js';

export const nhsComplaints: AdvocacyKindData = {
  id: 'nhs-complaints',
  pictogram: 'complaint',
  standard: {
    name: KIND_NAMES['nhs-complaints'],
    summary: () =>
      msg(
        'NHS complaints advocacy is free, independent help to complain about NHS care or treatment.',
        { id: 'knowledge.nhsComplaints.summary', desc: 'Summary of NHS complaints advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants to complain about NHS care or treatment, and for someone who complains for them.',
        {
          id: 'knowledge.nhsComplaints.whoFor.representative',
          desc: 'Who NHS complaints advocacy is for: the patient, or a person complaining on their behalf.',
        },
      ),
    helpsWith: [
      () =>
        msg('They explain how the complaints process works and what your options are.', {
          id: 'knowledge.nhsComplaints.helps.process',
          desc: 'One thing a complaints advocate helps with.',
        }),
      () =>
        msg('They help you write letters, and some can come to meetings with you.', {
          id: 'knowledge.nhsComplaints.helps.letters',
          desc: 'One thing a complaints advocate helps with.',
        }),
      () =>
        msg(
          'They can help you take your complaint to the ombudsman if you are not happy with the answer.',
          {
            id: 'knowledge.nhsComplaints.helps.ombudsman',
            desc: 'One thing a complaints advocate helps with. The ombudsman is the independent body that looks at complaints the NHS has not resolved.',
          },
        ),
    ],
    howToGet: () =>
      msg(
        'Contact the complaints advocacy service for your area. Your council, GP surgery or hospital can tell you who provides it.',
        { id: 'knowledge.nhsComplaints.howToGet', desc: 'How to get NHS complaints advocacy.' },
      ),
    referral: referSelfOrOthers,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      route: () =>
        msg(
          "In England, every council must arrange independent NHS complaints advocacy. Your council's website says who provides it. You can complain for someone who asks you to, or who is a child, has died or cannot complain themselves.",
          {
            id: 'knowledge.nhsComplaints.england.route.representative',
            desc: 'NHS complaints advocacy in England, and who may complain for someone else (regulation 5 of the 2009 complaints regulations): either condition is enough.',
          },
        ),
      sources: [S.lgpih2007s223A, S.hsca2012s185, S.complaintsRegs2009r5],
    },
    wales: {
      route: () =>
        msg(
          'In Wales, Llais gives free complaints advocacy. It helps anyone with a complaint about the NHS, and adults with a complaint about social care.',
          {
            id: 'knowledge.nhsComplaints.wales.route',
            desc: 'NHS complaints advocacy in Wales. Keep the name Llais.',
          },
        ),
      note: () =>
        msg(
          'Children with a complaint about social services may need a different advocacy service. Ask your council.',
          { id: 'knowledge.nhsComplaints.wales.note', desc: 'Note for Wales.' },
        ),
      sources: [S.hscqeWales2020s16, S.nhsWalesAct2006s187],
    },
    scotland: {
      route: () =>
        msg(
          'In Scotland, the Patient Advice and Support Service (PASS) gives free help to make an NHS complaint. Citizens Advice Scotland runs it.',
          {
            id: 'knowledge.nhsComplaints.scotland.route',
            desc: 'NHS complaints support in Scotland. Keep the organisation names and the acronym in English.',
          },
        ),
      note: () =>
        msg('PASS can also put you in touch with an advocacy service.', {
          id: 'knowledge.nhsComplaints.scotland.note',
          desc: 'Note for Scotland.',
        }),
      sources: [S.patientRightsScotland2011s17to18, S.seed004],
    },
    'northern-ireland': {
      route: () =>
        msg(
          "In Northern Ireland, the Patient and Client Council gives free help to complain about health and social care, including children's social services.",
          {
            id: 'knowledge.nhsComplaints.ni.route.socialCare',
            desc: "Health and social care complaints support in Northern Ireland, children's social services included. Keep the organisation name.",
          },
        ),
      sources: [S.hscReformNI2009s17],
    },
  },
  sources: [
    S.lgpih2007s223A,
    S.hscqeWales2020s16,
    S.patientRightsScotland2011s17to18,
    S.hscReformNI2009s17,
  ],
};
