/**
 * Kinds of advocacy that no law gives as a right everywhere: community, citizen, group, peer,
 * and self-advocacy. Paid and spot-purchase advocacy are in ./paid.ts.
 * Standard text; easy read is in ../easy/other.ts. The strength in each nation is not here: it
 * is derived from the eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData, Text } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';
import {
  joinGroup,
  notARight,
  referSelfOrOthers,
  scotlandNoRight,
  scotlandRight,
} from './shared.js';

const collectiveAdvocacy: Text = () =>
  msg('Collective advocacy', {
    id: 'knowledge.group.localName',
    desc: 'Another name for group advocacy, used in Wales and Scotland: a short name.',
  });

export const community: AdvocacyKindData = {
  id: 'community',
  pictogram: 'home',
  standard: {
    name: KIND_NAMES['community'],
    summary: () =>
      msg(
        'Community advocacy gives you an independent advocate when the law does not give you a right to one. Charities and councils run it.',
        { id: 'knowledge.community.summary', desc: 'Summary of community advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people who find it hard to speak up or be heard by services. Who can use it depends on your local service.',
        { id: 'knowledge.community.whoFor', desc: 'Who community advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They help you understand your options and rights, and speak up.', {
          id: 'knowledge.community.helps.options',
          desc: 'One thing a community advocate helps with.',
        }),
      () =>
        msg('They help you raise a concern, make a complaint or challenge a decision.', {
          id: 'knowledge.community.helps.challenge',
          desc: 'One thing a community advocate helps with.',
        }),
      () =>
        msg('They help you get the services and support you need.', {
          id: 'knowledge.community.helps.services',
          desc: 'One thing a community advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg('Contact your local advocacy service, or ask your council who provides it.', {
        id: 'knowledge.community.howToGet',
        desc: 'How to get community advocacy.',
      }),
    referral: referSelfOrOthers,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { note: notARight, sources: [S.seed002, S.advocacyQpm] },
    wales: {
      note: notARight,
      sources: [S.seed002, S.walesPart10CodeCh8],
    },
    scotland: {
      route: scotlandRight,
      note: () =>
        msg(
          'If you are disabled and need help to deal with Social Security Scotland, you have a right to an independent advocate for that. Ask Social Security Scotland about it.',
          {
            id: 'knowledge.community.scotland.note.socialSecurity',
            desc: 'Note for Scotland: the right in section 10 of the Social Security (Scotland) Act 2018. Keep the name Social Security Scotland.',
          },
        ),
      sources: [
        S.mhctScotland2003s259,
        S.socialSecurityScotland2018s10,
        S.scotlandCommissionersGuide,
      ],
    },
    'northern-ireland': {
      note: notARight,
      sources: [S.seed002, S.advocacyQpm],
    },
  },
  sources: [S.seed002, S.seed000, S.advocacyQpm],
};

export const citizen: AdvocacyKindData = {
  id: 'citizen',
  pictogram: 'advocate',
  standard: {
    name: KIND_NAMES['citizen'],
    summary: () =>
      msg(
        'In citizen advocacy, a trained volunteer gets to know you and supports you over a long time.',
        { id: 'knowledge.citizen.summary', desc: 'Summary of citizen advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is often for people who have few friends or family around them and would like someone on their side.',
        { id: 'knowledge.citizen.whoFor', desc: 'Who citizen advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They get to know what matters to you, and stay with you over time.', {
          id: 'knowledge.citizen.helps.knowYou',
          desc: 'One thing a citizen advocate does.',
        }),
      () =>
        msg('They help you speak up about things in your everyday life.', {
          id: 'knowledge.citizen.helps.everyday',
          desc: 'One thing a citizen advocate does.',
        }),
      () =>
        msg('They can support you at appointments and meetings.', {
          id: 'knowledge.citizen.helps.meetings',
          desc: 'One thing a citizen advocate does.',
        }),
    ],
    howToGet: () =>
      msg(
        'Ask a local advocacy service whether it runs a citizen advocacy scheme. Not every area has one.',
        { id: 'knowledge.citizen.howToGet', desc: 'How to get a citizen advocate.' },
      ),
    referral: referSelfOrOthers,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { note: notARight, sources: [S.seed000, S.advocacyQpm] },
    wales: { note: notARight, sources: [S.walesPart10CodeCh8] },
    scotland: scotlandNoRight,
    'northern-ireland': {
      note: notARight,
      sources: [S.seed000, S.advocacyQpm],
    },
  },
  sources: [S.walesPart10CodeCh8, S.seed000],
};

export const group: AdvocacyKindData = {
  id: 'group',
  pictogram: 'group',
  standard: {
    name: KIND_NAMES['group'],
    summary: () =>
      msg(
        'In group advocacy, people with shared experiences speak up together. A group can have a stronger voice than one person alone.',
        { id: 'knowledge.group.summary', desc: 'Summary of group advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants to join with others to change services or decisions that affect them.',
        { id: 'knowledge.group.whoFor', desc: 'Who group advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('You meet people who have been through similar things, and build your confidence.', {
          id: 'knowledge.group.helps.meet',
          desc: 'One thing group advocacy offers.',
        }),
      () =>
        msg('The group tells services and decision-makers what needs to change.', {
          id: 'knowledge.group.helps.change',
          desc: 'One thing group advocacy offers.',
        }),
      () =>
        msg('The group can take part in consultations and in planning services.', {
          id: 'knowledge.group.helps.planning',
          desc: 'One thing group advocacy offers.',
        }),
    ],
    howToGet: () =>
      msg('Ask a local advocacy service or charity whether there is a group near you.', {
        id: 'knowledge.group.howToGet',
        desc: 'How to find group advocacy.',
      }),
    referral: joinGroup,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { note: notARight, sources: [S.seed000, S.advocacyQpm] },
    wales: {
      localName: collectiveAdvocacy,
      note: notARight,
      sources: [S.walesPart10CodeCh8],
    },
    scotland: {
      ...scotlandNoRight,
      localName: collectiveAdvocacy,
    },
    'northern-ireland': {
      note: notARight,
      sources: [S.seed000, S.advocacyQpm],
    },
  },
  sources: [S.walesPart10CodeCh8, S.seed000],
};

export const peer: AdvocacyKindData = {
  id: 'peer',
  pictogram: 'listen',
  standard: {
    name: KIND_NAMES['peer'],
    summary: () =>
      msg(
        'A peer advocate has been through something similar to you. They use what they learned to help you speak up.',
        { id: 'knowledge.peer.summary', desc: 'Summary of peer advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people who would like support from someone who understands their situation from their own life.',
        { id: 'knowledge.peer.whoFor', desc: 'Who peer advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They listen to you and understand what you are going through.', {
          id: 'knowledge.peer.helps.listen',
          desc: 'One thing a peer advocate does.',
        }),
      () =>
        msg('They help you say what you want to the people making decisions.', {
          id: 'knowledge.peer.helps.speakUp',
          desc: 'One thing a peer advocate does.',
        }),
      () =>
        msg('They share what helped them, and you decide what is right for you.', {
          id: 'knowledge.peer.helps.share',
          desc: 'One thing a peer advocate does.',
        }),
    ],
    howToGet: () =>
      msg(
        'Ask a local advocacy service or charity whether it has peer advocates. Some schemes are for particular groups, such as older people.',
        { id: 'knowledge.peer.howToGet', desc: 'How to find a peer advocate.' },
      ),
    referral: referSelfOrOthers,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { note: notARight, sources: [S.seed004, S.advocacyQpm] },
    wales: { note: notARight, sources: [S.walesPart10CodeCh8] },
    scotland: scotlandNoRight,
    'northern-ireland': {
      note: notARight,
      sources: [S.seed004, S.advocacyQpm],
    },
  },
  sources: [S.walesPart10CodeCh8, S.seed004],
};

export const self: AdvocacyKindData = {
  id: 'self',
  pictogram: 'person',
  standard: {
    name: KIND_NAMES['self'],
    summary: () =>
      msg(
        'Self-advocacy means speaking up for yourself, with the skills and support to say what you want and stand up for your rights.',
        { id: 'knowledge.self.summary', desc: 'Summary of self-advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants to speak up for themselves with more confidence. Many self-advocacy groups are run by and for people with a learning disability.',
        { id: 'knowledge.self.whoFor', desc: 'Who self-advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('You learn about your rights and how to use them.', {
          id: 'knowledge.self.helps.rights',
          desc: 'One thing self-advocacy offers.',
        }),
      () =>
        msg('You practise speaking up, with others who speak up for themselves.', {
          id: 'knowledge.self.helps.practise',
          desc: 'One thing self-advocacy offers. British spelling: practise (verb).',
        }),
      () =>
        msg('You decide what to say and when to say it.', {
          id: 'knowledge.self.helps.decide',
          desc: 'One thing self-advocacy offers.',
        }),
    ],
    howToGet: () =>
      msg(
        'Look for a self-advocacy group near you, or ask a local advocacy service. Carers UK has a self-advocacy guide for carers called Being Heard.',
        {
          id: 'knowledge.self.howToGet',
          desc: 'How to find self-advocacy. Keep the organisation name and the guide title in English.',
        },
      ),
    referral: joinGroup,
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { note: notARight, sources: [S.seed003, S.seed001] },
    wales: { note: notARight, sources: [S.walesPart10CodeCh8] },
    scotland: {
      note: notARight,
      sources: [S.seed003, S.siaaPrinciples],
    },
    'northern-ireland': { note: notARight, sources: [S.seed003] },
  },
  sources: [S.walesPart10CodeCh8, S.seed003, S.seed001],
};
