/**
 * Easy read of community, citizen, group, peer, self: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import type { Text } from '../types.js';
import {
  contactYourself,
  everywhere,
  joinGroup,
  notARight,
  scotlandNoRight,
  scotlandRight,
} from './shared.js';

const collectiveAdvocacy: Text = () =>
  msg('Also called collective advocacy', {
    id: 'knowledge.shared.easy.collectiveAdvocacy',
    desc: 'Easy read: another name for group advocacy, used in Wales and Scotland. A short label, no full stop.',
  });

export const EASY_OTHER = {
  community: {
    text: {
      name: () =>
        msg('Advocacy in your community', {
          id: 'knowledge.community.easy.name',
          desc: 'Easy read name of community advocacy.',
        }),
      summary: () =>
        msg(
          'The law may not give you a right to an advocate. A local advocate can still help you. Charities and councils run this help.',
          {
            id: 'knowledge.community.easy.summary',
            desc: 'Easy read summary of community advocacy.',
          },
        ),
      whoFor: () =>
        msg(
          'It is for people who find it hard to speak up or be heard. Each local service has its own rules.',
          {
            id: 'knowledge.community.easy.whoFor',
            desc: 'Easy read: who community advocacy is for.',
          },
        ),
      helpsWith: [
        () =>
          msg('They help you know your choices and your rights.', {
            id: 'knowledge.community.easy.helps.options',
            desc: 'Easy read: one thing a community advocate helps with.',
          }),
        () =>
          msg('They help you complain or question a decision.', {
            id: 'knowledge.community.easy.helps.challenge',
            desc: 'Easy read: one thing a community advocate helps with.',
          }),
        () =>
          msg('They help you get the services you need.', {
            id: 'knowledge.community.easy.helps.services',
            desc: 'Easy read: one thing a community advocate helps with.',
          }),
      ],
      howToGet: () =>
        msg('Contact your local advocacy service. Or ask your council who runs it.', {
          id: 'knowledge.community.easy.howToGet',
          desc: 'Easy read: how to get community advocacy.',
        }),
      referral: contactYourself,
    },
    nations: {
      england: { note: notARight },
      wales: { note: notARight },
      scotland: {
        route: scotlandRight,
        note: () =>
          msg(
            'Are you disabled? Do you need help to deal with Social Security Scotland? Then you have a right to an advocate for that. Ask Social Security Scotland about it.',
            {
              id: 'knowledge.community.scotland.easy.note.socialSecurity',
              desc: 'Easy read note for Scotland: the right in section 10 of the Social Security (Scotland) Act 2018. Keep the name Social Security Scotland.',
            },
          ),
      },
      'northern-ireland': { note: notARight },
    },
  },
  citizen: {
    text: {
      name: () =>
        msg('A volunteer advocate', {
          id: 'knowledge.citizen.easy.name',
          desc: 'Easy read name of citizen advocacy.',
        }),
      summary: () =>
        msg(
          'A volunteer gets to know you and supports you for a long time. A volunteer helps without being paid.',
          { id: 'knowledge.citizen.easy.summary', desc: 'Easy read summary of citizen advocacy.' },
        ),
      whoFor: () =>
        msg('It is for people with few family or friends around them.', {
          id: 'knowledge.citizen.easy.whoFor',
          desc: 'Easy read: who citizen advocacy is for.',
        }),
      helpsWith: [
        () =>
          msg('They get to know what matters to you.', {
            id: 'knowledge.citizen.easy.helps.knowYou',
            desc: 'Easy read: one thing a citizen advocate does.',
          }),
        () =>
          msg('They help you speak up about everyday things.', {
            id: 'knowledge.citizen.easy.helps.everyday',
            desc: 'Easy read: one thing a citizen advocate does.',
          }),
        () =>
          msg('They can come with you to appointments and meetings.', {
            id: 'knowledge.citizen.easy.helps.meetings',
            desc: 'Easy read: one thing a citizen advocate does.',
          }),
      ],
      howToGet: () =>
        msg('Ask a local advocacy service if they have citizen advocates. Some areas do not.', {
          id: 'knowledge.citizen.easy.howToGet',
          desc: 'Easy read: how to get a citizen advocate.',
        }),
      referral: contactYourself,
    },
    nations: {
      england: { note: notARight },
      wales: { note: notARight },
      scotland: scotlandNoRight,
      'northern-ireland': { note: notARight },
    },
  },
  group: {
    text: {
      name: () =>
        msg('Speaking up as a group', {
          id: 'knowledge.group.easy.name',
          desc: 'Easy read name of group advocacy.',
        }),
      summary: () =>
        msg(
          'People with the same experiences speak up together. People often listen more to a group.',
          { id: 'knowledge.group.easy.summary', desc: 'Easy read summary of group advocacy.' },
        ),
      whoFor: () =>
        msg('It is for anyone who wants to work with others to change things.', {
          id: 'knowledge.group.easy.whoFor',
          desc: 'Easy read: who group advocacy is for.',
        }),
      helpsWith: [
        () =>
          msg('You meet people who have been through the same things.', {
            id: 'knowledge.group.easy.helps.meet',
            desc: 'Easy read: one thing group advocacy offers.',
          }),
        () =>
          msg('The group tells services what needs to change.', {
            id: 'knowledge.group.easy.helps.change',
            desc: 'Easy read: one thing group advocacy offers.',
          }),
        () =>
          msg('The group can help to plan services.', {
            id: 'knowledge.group.easy.helps.planning',
            desc: 'Easy read: one thing group advocacy offers.',
          }),
      ],
      howToGet: () =>
        msg('Ask a local advocacy service or charity about groups near you.', {
          id: 'knowledge.group.easy.howToGet',
          desc: 'Easy read: how to find group advocacy.',
        }),
      referral: joinGroup,
    },
    nations: {
      england: { note: notARight },
      wales: { localName: collectiveAdvocacy, note: notARight },
      scotland: { ...scotlandNoRight, localName: collectiveAdvocacy },
      'northern-ireland': { note: notARight },
    },
  },
  peer: {
    text: {
      name: () =>
        msg('An advocate with experience like yours', {
          id: 'knowledge.peer.easy.name',
          desc: 'Easy read name of peer advocacy.',
        }),
      summary: () =>
        msg(
          'A peer advocate has been through things like you. They use what they learned to help you speak up.',
          { id: 'knowledge.peer.easy.summary', desc: 'Easy read summary of peer advocacy.' },
        ),
      whoFor: () =>
        msg('It is for people who want help from someone who knows their kind of life.', {
          id: 'knowledge.peer.easy.whoFor',
          desc: 'Easy read: who peer advocacy is for.',
        }),
      helpsWith: [
        () =>
          msg('They listen and understand how you feel.', {
            id: 'knowledge.peer.easy.helps.listen',
            desc: 'Easy read: one thing a peer advocate does.',
          }),
        () =>
          msg('They help you tell people what you want.', {
            id: 'knowledge.peer.easy.helps.speakUp',
            desc: 'Easy read: one thing a peer advocate does.',
          }),
        () =>
          msg('They tell you what helped them. You decide what is right for you.', {
            id: 'knowledge.peer.easy.helps.share',
            desc: 'Easy read: one thing a peer advocate does.',
          }),
      ],
      howToGet: () =>
        msg('Ask a local advocacy service or charity if they have peer advocates.', {
          id: 'knowledge.peer.easy.howToGet',
          desc: 'Easy read: how to find a peer advocate.',
        }),
      referral: contactYourself,
    },
    nations: {
      england: { note: notARight },
      wales: { note: notARight },
      scotland: scotlandNoRight,
      'northern-ireland': { note: notARight },
    },
  },
  self: {
    text: {
      name: () =>
        msg('Speaking up for yourself', {
          id: 'knowledge.self.easy.name',
          desc: 'Easy read name of self-advocacy.',
        }),
      summary: () =>
        msg('Self-advocacy means speaking up for yourself. You learn how to say what you want.', {
          id: 'knowledge.self.easy.summary',
          desc: 'Easy read summary of self-advocacy.',
        }),
      whoFor: () =>
        msg(
          'It is for anyone who wants more confidence to speak up. People with a learning disability run many of the groups.',
          { id: 'knowledge.self.easy.whoFor', desc: 'Easy read: who self-advocacy is for.' },
        ),
      helpsWith: [
        () =>
          msg('You learn about your rights and how to use them.', {
            id: 'knowledge.self.easy.helps.rights',
            desc: 'Easy read: one thing self-advocacy offers.',
          }),
        () =>
          msg('You practise speaking up with other people.', {
            id: 'knowledge.self.easy.helps.practise',
            desc: 'Easy read: one thing self-advocacy offers. British spelling: practise (verb).',
          }),
        () =>
          msg('You decide what to say and when to say it.', {
            id: 'knowledge.self.easy.helps.decide',
            desc: 'Easy read: one thing self-advocacy offers.',
          }),
      ],
      howToGet: () =>
        msg('Look for a self-advocacy group near you. Or ask a local advocacy service.', {
          id: 'knowledge.self.easy.howToGet',
          desc: 'Easy read: how to find self-advocacy.',
        }),
      referral: joinGroup,
    },
    nations: everywhere({ note: notARight }),
  },
} satisfies Record<string, EasyKind>;
