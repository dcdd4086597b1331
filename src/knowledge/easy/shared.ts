/**
 * Easy read shared by several kinds or nations (one message each, so translators see them once).
 * Rules (docs/easy-read.md, /work/shared/CONTENT.md): one idea per sentence, at most 15 words,
 * everyday words, no acronym on its own, digits for numbers, whole sentences in each message, and
 * the same strength as the standard text ("may" never becomes "you get").
 */
import { msg } from '@lit/localize';
import type { Nation } from '../nations.js';
import type { NationEasyRead, Text } from '../types.js';

export const contactYourself: Text = () =>
  msg('You can contact the service yourself. Someone else can contact it for you, if you agree.', {
    id: 'knowledge.shared.easy.referral',
    desc: 'Easy read: who can ask for a kind of advocacy that you can contact directly.',
  });

export const joinGroup: Text = () =>
  msg('You can join a group yourself. Someone who supports you can help you find one.', {
    id: 'knowledge.shared.easy.joinGroup',
    desc: 'Easy read: who can help you join a group advocacy or self-advocacy group.',
  });

export const notARight: Text = () =>
  msg(
    'In this part of the UK, no law gives you a right to it. What you can get is different in each area.',
    {
      id: 'knowledge.shared.easy.notARight',
      desc: 'Easy read note under a nation where a kind of advocacy is not a legal right.',
    },
  );

export const scotlandRight: Text = () =>
  msg(
    'In Scotland, you may have a right to an advocate. Do you have a mental illness or a learning disability? Do you have dementia or a personality disorder? Or do you have something like these? Then you have this right. You do not need a doctor to say what you have.',
    {
      id: 'knowledge.shared.easy.scotland.right',
      desc: 'Easy read: the right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003, shown under Scotland.',
    },
  );

export const scotlandHow: Text = () =>
  msg(
    'You can ask for help yourself. The Scottish Independent Advocacy Alliance can tell you who to ask.',
    {
      id: 'knowledge.shared.easy.scotland.how',
      desc: 'Easy read: how to find advocacy in Scotland. Keep the organisation name in English.',
    },
  );

/** Easy read of the standard `scotlandInstead`: no right to this kind, but the general right. */
export const scotlandInstead: Text = () =>
  msg(
    'In Scotland, no law gives you a right to this kind of advocate. But you may have a right to an advocate anyway. Do you have a mental illness or a learning disability? Do you have dementia, or something like these? Then you have a right to an advocate.',
    {
      id: 'knowledge.shared.easy.scotland.instead',
      desc: 'Easy read: under Scotland, for a kind that is not a legal right there, the general right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003 instead.',
    },
  );

export const scotlandNoRight: NationEasyRead = { route: scotlandInstead, note: scotlandHow };

/** The same easy read in every nation. */
export const everywhere = (e: NationEasyRead): Record<Nation, NationEasyRead> => ({
  england: e,
  wales: e,
  scotland: e,
  'northern-ireland': e,
});
