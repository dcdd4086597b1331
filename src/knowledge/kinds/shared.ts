/**
 * Standard texts shared by several kinds (one message each, so translators see them once).
 * Writing rules: /work/shared/CONTENT.md (plain English, "you", at most 25 words a sentence).
 */
import { msg } from '@lit/localize';
import type { NationRouteData, Text } from '../types.js';
import { SOURCES as S } from '../sources.js';

export const notARight: Text = () =>
  msg(
    'No law gives you a right to it in this part of the UK. What you can get depends on where you live.',
    {
      id: 'knowledge.shared.notARight',
      desc: 'Note under a nation where a kind of advocacy is not a legal right.',
    },
  );

export const scotlandRight: Text = () =>
  msg(
    'In Scotland, anyone with a mental illness, personality disorder, learning disability, dementia or similar condition has a right to independent advocacy. You do not need a diagnosis.',
    {
      id: 'knowledge.shared.scotland.right',
      desc: 'The right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003 (anyone with a "mental disorder", in hospital or not), shown under Scotland.',
    },
  );

export const scotlandHow: Text = () =>
  msg(
    'Contact an advocacy service yourself. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
    {
      id: 'knowledge.shared.scotland.how',
      desc: 'How to find advocacy in Scotland. Keep the organisation name in English.',
    },
  );

export const referSelfOrOthers: Text = () =>
  msg(
    'You can contact the service yourself. Family, friends or professionals can also contact it for you, with your agreement.',
    {
      id: 'knowledge.shared.referral',
      desc: 'Who can ask for a kind of advocacy that you can contact directly.',
    },
  );

export const joinGroup: Text = () =>
  msg('You can join a group yourself. Anyone who supports you can help you find one.', {
    id: 'knowledge.shared.joinGroup',
    desc: 'Who can help you join a group advocacy or self-advocacy group.',
  });

/**
 * Scotland for a kind that is no right there: the right to independent advocacy for anyone with a
 * mental disorder (s.259) is a right to advocacy in general, not to this kind.
 */
export const scotlandInstead: Text = () =>
  msg(
    'In Scotland, no law gives a right to this kind of advocacy. But anyone with a mental disorder, such as a mental illness, learning disability or dementia, has a right to independent advocacy.',
    {
      id: 'knowledge.shared.scotland.instead',
      desc: 'Under Scotland, for a kind that is not a legal right there: the general right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003 instead.',
    },
  );

/** Scotland for a kind that is no right there, pointing to the right everyone with a mental disorder has. */
export const scotlandNoRight: NationRouteData = {
  route: scotlandInstead,
  note: scotlandHow,
  sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
};
