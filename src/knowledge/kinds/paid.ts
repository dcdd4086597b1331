/**
 * Paid and spot-purchase advocacy: ways of paying for an advocate, never a right of their own.
 * Standard text; easy read is in ../easy/other.ts. The strength in each nation is derived from the
 * eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData, Text } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';

const paidNote: Text = () =>
  msg('Paid advocacy is never a legal right. You choose whether to pay for it.', {
    id: 'knowledge.paid.note',
    desc: 'Note under every nation for paid advocacy.',
  });

const spotPurchaseNote: Text = () =>
  msg(
    'Spot purchase is not a separate right. It is one way a council or the NHS can meet a right you already have.',
    {
      id: 'knowledge.spotPurchase.note',
      desc: 'Note under every nation for spot-purchase advocacy.',
    },
  );

export const paid: AdvocacyKindData = {
  id: 'paid',
  pictogram: 'money',
  standard: {
    name: KIND_NAMES['paid'],
    summary: () =>
      msg(
        'With paid advocacy, you pay an independent advocate to support you. It can help when free advocacy is not available to you.',
        { id: 'knowledge.paid.summary', desc: 'Summary of paid advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who cannot get free advocacy, or who wants more support than a free service can give.',
        { id: 'knowledge.paid.whoFor', desc: 'Who paid advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They help you understand your rights and your options.', {
          id: 'knowledge.paid.helps.rights',
          desc: 'One thing a paid advocate helps with.',
        }),
      () =>
        msg('They can write letters with you and join calls or meetings.', {
          id: 'knowledge.paid.helps.letters',
          desc: 'One thing a paid advocate helps with.',
        }),
      () =>
        msg('They make sure your voice is heard.', {
          id: 'knowledge.paid.helps.heard',
          desc: 'One thing a paid advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'First check whether you have a right to free advocacy. If not, ask for the cost in writing before you agree to anything.',
        { id: 'knowledge.paid.howToGet', desc: 'How to get a paid advocate.' },
      ),
    referral: () =>
      msg('You, or someone you trust, can contact a paid advocate directly.', {
        id: 'knowledge.paid.referral',
        desc: 'Who can ask for a paid advocate.',
      }),
  },
  referral: { self: true, family: true, professional: false },
  nations: {
    england: { note: paidNote, sources: [S.seed002] },
    wales: { note: paidNote, sources: [S.seed002] },
    scotland: { note: paidNote, sources: [S.seed002] },
    'northern-ireland': { note: paidNote, sources: [S.seed002] },
  },
  sources: [S.seed002],
};

export const spotPurchase: AdvocacyKindData = {
  id: 'spot-purchase',
  pictogram: 'council',
  standard: {
    name: KIND_NAMES['spot-purchase'],
    summary: () =>
      msg(
        'Spot-purchase advocacy is when a council or NHS body pays for a one-off advocate for you.',
        { id: 'knowledge.spotPurchase.summary', desc: 'Summary of spot-purchase advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people with a legal right to an advocate when the usual service cannot provide one, often in urgent or unusual situations.',
        { id: 'knowledge.spotPurchase.whoFor', desc: 'Who spot-purchase advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('The advocate does the same job as the advocate you have a right to.', {
          id: 'knowledge.spotPurchase.helps.sameJob',
          desc: 'What spot-purchase advocacy does.',
        }),
    ],
    howToGet: () =>
      msg(
        'If you have a right to an advocate but cannot get one, tell the council or NHS team involved.',
        { id: 'knowledge.spotPurchase.howToGet', desc: 'How spot-purchase advocacy is arranged.' },
      ),
    referral: () =>
      msg(
        'The council or NHS body arranges it. You, your family or friends can tell them you need an advocate.',
        { id: 'knowledge.spotPurchase.referral', desc: 'Who can ask for spot-purchase advocacy.' },
      ),
  },
  referral: { self: false, family: false, professional: true },
  nations: {
    england: { note: spotPurchaseNote, sources: [S.seed002] },
    wales: { note: spotPurchaseNote, sources: [S.seed002] },
    scotland: { note: spotPurchaseNote, sources: [S.seed002] },
    'northern-ireland': {
      note: spotPurchaseNote,
      sources: [S.seed002],
    },
  },
  sources: [S.seed002],
};
