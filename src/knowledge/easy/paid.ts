/**
 * Easy read of paid, spot-purchase: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import type { Text } from '../types.js';
import { everywhere } from './shared.js';

const paidNote: Text = () =>
  msg('The law never gives you a right to paid advocacy. You choose if you want to pay for it.', {
    id: 'knowledge.shared.easy.paid',
    desc: 'Easy read note under every nation for paid advocacy.',
  });

const spotPurchaseNote: Text = () =>
  msg(
    'This is not a separate right. It helps the council or NHS give you an advocate you have a right to.',
    {
      id: 'knowledge.shared.easy.spotPurchase',
      desc: 'Easy read note under every nation for spot-purchase advocacy.',
    },
  );

export const EASY_PAID = {
  paid: {
    text: {
      name: () =>
        msg('Advocacy you pay for', {
          id: 'knowledge.paid.easy.name',
          desc: 'Easy read name of paid advocacy.',
        }),
      summary: () =>
        msg('You pay an advocate to help you. This can help if you cannot get a free advocate.', {
          id: 'knowledge.paid.easy.summary',
          desc: 'Easy read summary of paid advocacy.',
        }),
      whoFor: () =>
        msg('It is for people who cannot get free advocacy, or who want more help.', {
          id: 'knowledge.paid.easy.whoFor',
          desc: 'Easy read: who paid advocacy is for.',
        }),
      helpsWith: [
        () =>
          msg('They help you know your rights and your choices.', {
            id: 'knowledge.paid.easy.helps.rights',
            desc: 'Easy read: one thing a paid advocate helps with.',
          }),
        () =>
          msg('They can help with letters, phone calls and meetings.', {
            id: 'knowledge.paid.easy.helps.letters',
            desc: 'Easy read: one thing a paid advocate helps with.',
          }),
        () =>
          msg('They make sure people hear you.', {
            id: 'knowledge.paid.easy.helps.heard',
            desc: 'Easy read: one thing a paid advocate helps with.',
          }),
      ],
      howToGet: () =>
        msg(
          'First check if you have a right to a free advocate. If not, ask how much it costs before you agree.',
          { id: 'knowledge.paid.easy.howToGet', desc: 'Easy read: how to get a paid advocate.' },
        ),
      referral: () =>
        msg('You can contact a paid advocate yourself. Or someone you trust can do it.', {
          id: 'knowledge.paid.easy.referral',
          desc: 'Easy read: who can ask for a paid advocate.',
        }),
    },
    nations: everywhere({ note: paidNote }),
  },
  'spot-purchase': {
    text: {
      name: () =>
        msg('An advocate paid for just for you', {
          id: 'knowledge.spot-purchase.easy.name',
          desc: 'Easy read name of spot-purchase advocacy (a council or NHS body buys a one-off advocate).',
        }),
      summary: () =>
        msg(
          'Sometimes the usual service cannot give you an advocate. Then the council or NHS can pay for one just for you.',
          {
            id: 'knowledge.spot-purchase.easy.summary',
            desc: 'Easy read summary of spot-purchase advocacy.',
          },
        ),
      whoFor: () =>
        msg('It is for people who have a right to an advocate but cannot get one.', {
          id: 'knowledge.spot-purchase.easy.whoFor',
          desc: 'Easy read: who spot-purchase advocacy is for.',
        }),
      helpsWith: [
        () =>
          msg('This advocate does the same job as the usual advocate.', {
            id: 'knowledge.spot-purchase.easy.helps.sameJob',
            desc: 'Easy read: what spot-purchase advocacy does.',
          }),
      ],
      howToGet: () =>
        msg(
          'Do you have a right to an advocate but cannot get one? Tell the council or NHS team.',
          {
            id: 'knowledge.spot-purchase.easy.howToGet',
            desc: 'Easy read: how spot-purchase advocacy is arranged.',
          },
        ),
      referral: () =>
        msg('The council or NHS sets it up. You, your family or friends can ask them.', {
          id: 'knowledge.spot-purchase.easy.referral',
          desc: 'Easy read: who can ask for spot-purchase advocacy.',
        }),
    },
    nations: everywhere({ note: spotPurchaseNote }),
  },
} satisfies Record<string, EasyKind>;
