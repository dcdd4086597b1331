/**
 * Easy read of children: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import type { Text } from '../types.js';

const childrenComplaint: Text = () =>
  msg(
    'Do you want to complain, or say you are worried about council services? Then the council must get you an advocate. This is if you are in care or have left care. It is also if you get help from a social worker.',
    {
      id: 'knowledge.shared.easy.childrenComplaint',
      desc: "Easy read: children's advocacy in England and in Wales, the right when making a complaint, and who has it.",
    },
  );

export const EASY_CHILDREN = {
  children: {
    text: {
      name: () =>
        msg('Advocate for children and young people', {
          id: 'knowledge.children.easy.name',
          desc: "Easy read name of children's advocacy.",
        }),
      summary: () =>
        msg(
          'This advocate helps you say what you think about decisions in your life. They work for you, not for social services.',
          {
            id: 'knowledge.children.easy.summary',
            desc: "Easy read summary of children's advocacy. Written to the child or young person.",
          },
        ),
      whoFor: () =>
        msg(
          'It is for children and young people in care or leaving care. It is also for those who get help from a social worker.',
          {
            id: 'knowledge.children.easy.whoFor',
            desc: "Easy read: who children's advocacy is for.",
          },
        ),
      helpsWith: [
        () =>
          msg('They help you speak up at meetings about your care.', {
            id: 'knowledge.children.easy.helps.meetings',
            desc: "Easy read: one thing a children's advocate helps with.",
          }),
        () =>
          msg('They tell you about your rights and help you complain.', {
            id: 'knowledge.children.easy.helps.complaint',
            desc: "Easy read: one thing a children's advocate helps with.",
          }),
        () =>
          msg(
            'They only share what you say if you agree. But they must tell someone if a person may be badly hurt.',
            {
              id: 'knowledge.children.easy.helps.private',
              desc: "Easy read: how a children's advocate keeps things private, and the limit.",
            },
          ),
      ],
      howToGet: () =>
        msg('Ask your social worker or carer for an advocate.', {
          id: 'knowledge.children.easy.howToGet',
          desc: "Easy read: how to get a children's advocate.",
        }),
      referral: () =>
        msg(
          'You can ask for an advocate yourself. A parent, carer, social worker or teacher can ask for you.',
          {
            id: 'knowledge.children.easy.referral',
            desc: "Easy read: who can ask for a children's advocate.",
          },
        ),
    },
    nations: {
      england: {
        route: childrenComplaint,
        note: () =>
          msg(
            'Many councils also give you an advocate for other meetings. These include reviews and meetings to keep you safe. Ask your social worker.',
            {
              id: 'knowledge.children.england.easy.note',
              desc: "Easy read: children's advocacy in England (reviews and child protection meetings).",
            },
          ),
      },
      wales: {
        localName: () =>
          msg('Called Independent Professional Advocacy in Wales', {
            id: 'knowledge.children.wales.easy.localName',
            desc: "Easy read: the name used in Wales for children's advocacy. Keep the name in English. A short label, no full stop.",
          }),
        route: childrenComplaint,
        note: () =>
          msg(
            'The council should also offer you an advocate when you go into care. It should also offer one if there is a child protection meeting about you.',
            {
              id: 'knowledge.children.wales.easy.note',
              desc: "Easy read: children's advocacy in Wales, the 'active offer' (a child protection conference is a meeting).",
            },
          ),
      },
      scotland: {
        route: () =>
          msg(
            "In Scotland, you may be able to get a free advocate at a children's hearing. The person in charge of the hearing must tell you about this. But not if you are too young for it to help.",
            {
              id: 'knowledge.children.scotland.easy.route.must-tell',
              desc: "Easy read: children's advocacy in Scotland (the person in charge is the chair).",
            },
          ),
        note: () =>
          msg(
            'Do you have a mental illness or a learning disability? Then you also have a right to an advocate. This is also true for conditions like these. A new law will give people who were in care a right to an advocate. It has not started yet.',
            {
              id: 'knowledge.children.scotland.easy.note.coming',
              desc: "Easy read: children's advocacy in Scotland: the right under mental health law, and the Children (Care, Care Experience and Services Planning) (Scotland) Act 2026, passed but not yet in force.",
            },
          ),
      },
      'northern-ireland': {
        route: () =>
          msg(
            'Ask your social worker what help there is. You can also ask the Northern Ireland Commissioner for Children and Young People (NICCY). Do you want to complain about social services for children? The Patient and Client Council can help you.',
            {
              id: 'knowledge.children.ni.easy.route.complaints',
              desc: "Easy read: children's advocacy in Northern Ireland, and help to complain about children's social services. Keep the organisation names and the acronym in English.",
            },
          ),
      },
    },
  },
} satisfies Record<string, EasyKind>;
