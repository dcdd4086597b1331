/**
 * Advocacy for children and young people, nation by nation.
 * Standard text; easy read is in ../easy/children.ts. The strength in each nation is not here: it
 * is derived from the eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData, Text } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';

const childrenComplaint: Text = () =>
  msg(
    "The council must arrange an advocate if you want to make a complaint or raise a concern about its services. This applies if you are in care, a care leaver, or getting help from children's social care.",
    {
      id: 'knowledge.children.complaint',
      desc: "Children's advocacy in England and in Wales: the right when making a complaint, and who has it.",
    },
  );

export const children: AdvocacyKindData = {
  id: 'children',
  pictogram: 'child',
  standard: {
    name: KIND_NAMES['children'],
    summary: () =>
      msg(
        'An advocate for children and young people helps you say what you think about decisions that affect you. They work for you, not for social services.',
        {
          id: 'knowledge.children.summary',
          desc: "Summary of children's advocacy. Written to the child or young person.",
        },
      ),
    whoFor: () =>
      msg(
        "It is mainly for children and young people in care, leaving care, or getting help from children's social care.",
        { id: 'knowledge.children.whoFor', desc: "Who children's advocacy is for." },
      ),
    helpsWith: [
      () =>
        msg('They help you say what you want at meetings and reviews about your care.', {
          id: 'knowledge.children.helps.meetings',
          desc: "One thing a children's advocate helps with.",
        }),
      () =>
        msg('They explain your rights and help you make a complaint.', {
          id: 'knowledge.children.helps.complaint',
          desc: "One thing a children's advocate helps with.",
        }),
      () =>
        msg(
          'They only share what you tell them if you agree, unless someone is at risk of serious harm.',
          {
            id: 'knowledge.children.helps.confidential',
            desc: "How a children's advocate keeps things private.",
          },
        ),
    ],
    howToGet: () =>
      msg(
        'Ask your social worker or carer for an advocate. Your council can tell you who provides them.',
        { id: 'knowledge.children.howToGet', desc: "How to get a children's advocate." },
      ),
    referral: () =>
      msg(
        'You can ask for an advocate yourself. A parent, carer, social worker or teacher can also ask for you.',
        { id: 'knowledge.children.referral', desc: "Who can ask for a children's advocate." },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      route: childrenComplaint,
      note: () =>
        msg(
          'Many councils also offer an advocate for reviews and child protection meetings, so ask your social worker.',
          { id: 'knowledge.children.england.note', desc: "Children's advocacy in England." },
        ),
      sources: [
        S.childrenAct1989s26A,
        S.childrenRepresentationsRegs2006,
        S.childrensAdvocacyStandards2002,
      ],
    },
    wales: {
      localName: () =>
        msg('Independent Professional Advocacy', {
          id: 'knowledge.children.wales.localName',
          desc: "The name used in Wales for children's advocacy.",
        }),
      route: childrenComplaint,
      note: () =>
        msg(
          'The council should also offer you an advocate when you start being looked after, or when there is a child protection conference about you.',
          {
            id: 'knowledge.children.wales.note',
            desc: "Children's advocacy in Wales: the 'active offer'.",
          },
        ),
      sources: [S.sswbaWales2014s178, S.walesRepresentationsRegs2019, S.walesPart10Code],
    },
    scotland: {
      route: () =>
        msg(
          "In Scotland, free children's advocacy is available for children's hearings. The chair of the hearing must tell you about it, unless you are too young for this to help.",
          {
            id: 'knowledge.children.scotland.route.must-tell',
            desc: "Children's advocacy in Scotland: Children's Hearings (Scotland) Act 2011 s.122 (a duty to tell the child, not an entitlement).",
          },
        ),
      note: () =>
        msg(
          'If you have a mental illness, learning disability or similar condition, you also have a right to independent advocacy. A 2026 law will give care-experienced people a right to advocacy, but it has not started yet.',
          {
            id: 'knowledge.children.scotland.note.coming',
            desc: "Children's advocacy in Scotland: the right under mental health law, and the Children (Care, Care Experience and Services Planning) (Scotland) Act 2026, passed but not yet in force.",
          },
        ),
      sources: [
        S.childrensHearingsScotland2011s122,
        S.mhctScotland2003s259,
        S.childrenCareScotland2026,
        S.scotlandCommissionersGuide,
      ],
    },
    'northern-ireland': {
      route: () =>
        msg(
          "Ask your social worker, or the Northern Ireland Commissioner for Children and Young People (NICCY), what help there is. The Patient and Client Council can help you complain about children's social services.",
          {
            id: 'knowledge.children.ni.route.complaints',
            desc: "Children's advocacy in Northern Ireland, where it is not a legal right. Keep the Commissioner's name and acronym in English.",
          },
        ),
      sources: [S.childrenOrderNI1995, S.hscReformNI2009s17],
    },
  },
  sources: [S.childrenAct1989s26A, S.sswbaWales2014s178, S.childrensHearingsScotland2011s122],
};
