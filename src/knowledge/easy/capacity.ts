/**
 * Easy read of imca: the kind's text and what differs in each nation, rewritten from
 * scratch for its reader, keeping the standard text's strength (see ./shared.ts for the rules).
 */
import { msg } from '@lit/localize';
import type { EasyKind } from './types.js';
import type { Text } from '../types.js';
import { scotlandInstead } from './shared.js';

const imcaDols: Text = () =>
  msg(
    'Sometimes the law checks care that limits your freedom. These rules are called the Deprivation of Liberty Safeguards (DoLS). You get this advocate when someone asks for your care to be agreed. This is if there is nobody to ask about you, except paid carers. You also get one if the person chosen to speak for you stops. And there is nobody else to ask about you. Is the person chosen to speak for you not paid? Then you or they can ask for this advocate.',
    {
      id: 'knowledge.shared.easy.imcaDols.roles',
      desc: 'Easy read: the three IMCA roles under the Deprivation of Liberty Safeguards, in England and in Wales (an authorisation is requested; the representative stops; an authorisation is in force with an unpaid representative). Keep the name and the acronym DoLS.',
    },
  );

export const EASY_CAPACITY = {
  imca: {
    text: {
      name: () =>
        msg('Advocate for big decisions', {
          id: 'knowledge.imca.easy.name',
          desc: 'Easy read name of the Independent Mental Capacity Advocate. The acronym IMCA is shown after it.',
        }),
      summary: () =>
        msg(
          'This advocate speaks up for you when you cannot make a big decision yourself. They make sure people think about what you want.',
          { id: 'knowledge.imca.easy.summary', desc: 'Easy read summary of IMCA advocacy.' },
        ),
      whoFor: () =>
        msg(
          'It may be for people aged 16 or over who cannot make a big decision. Usually there must be nobody to ask except paid carers. Some roles do not need this.',
          {
            id: 'knowledge.imca.easy.whoFor.usually',
            desc: 'Easy read: who IMCA advocacy is for (usually nobody but paid carers to consult; the DoLS and safeguarding roles do not need this).',
          },
        ),
      helpsWith: [
        () =>
          msg('They find out what you want from you and from people who know you.', {
            id: 'knowledge.imca.easy.helps.wishes',
            desc: 'Easy read: one thing an IMCA helps with.',
          }),
        () =>
          msg('They write a report for the people making the decision.', {
            id: 'knowledge.imca.easy.helps.report',
            desc: 'Easy read: one thing an IMCA helps with.',
          }),
        () =>
          msg('They can question a decision they think is wrong.', {
            id: 'knowledge.imca.easy.helps.challenge',
            desc: 'Easy read: one thing an IMCA helps with.',
          }),
      ],
      howToGet: () =>
        msg('The NHS or council team making the decision gets you this advocate.', {
          id: 'knowledge.imca.easy.howToGet',
          desc: 'Easy read: how an IMCA is arranged.',
        }),
      referral: () =>
        msg(
          'Usually the team making the decision asks for this advocate. Sometimes you can ask for one yourself. The rules about your freedom say when.',
          {
            id: 'knowledge.imca.easy.referral.dols',
            desc: 'Easy read: who can ask for an IMCA (usually the team; under the Deprivation of Liberty Safeguards, also the person or their representative).',
          },
        ),
    },
    nations: {
      england: {
        route: () =>
          msg(
            'In England, this is if you cannot decide and only paid carers can be asked. Then the NHS or council must get you this advocate before some decisions. One is a decision about serious medical treatment. Another is a hospital stay of more than 28 days. Another is a care home stay of more than 8 weeks. They may also get you one when they review where you live. They may also get you one if they check you are safe from harm.',
            {
              id: 'knowledge.imca.england.easy.route.no-one',
              desc: 'Easy read: when an IMCA must or may be arranged in England (the last sentence is about abuse or neglect).',
            },
          ),
        note: imcaDols,
      },
      wales: {
        route: () =>
          msg(
            'In Wales, this is if you cannot decide and only paid carers can be asked. Then the NHS or council must get you this advocate before some decisions. One is a decision about serious medical treatment. Another is a long stay in a hospital or care home. They may get you one at other times, like to protect you from harm. So ask them.',
            {
              id: 'knowledge.imca.wales.easy.route.no-one',
              desc: 'Easy read: when an IMCA must or may be arranged in Wales (protecting you from harm is adult protection).',
            },
          ),
        note: imcaDols,
      },
      scotland: {
        route: scotlandInstead,
        note: () =>
          msg(
            'Scotland does not have this kind of advocate. Ask the Scottish Independent Advocacy Alliance who can help you.',
            {
              id: 'knowledge.imca.scotland.easy.note',
              desc: 'Easy read note for Scotland, which has no IMCAs. Keep the organisation name in English.',
            },
          ),
      },
      'northern-ireland': {
        route: () =>
          msg(
            'In Northern Ireland, a law gives you this advocate as an extra protection. It is the Mental Capacity Act (Northern Ireland) 2016. It is for people aged 16 or over. It is for some decisions that need to be agreed, like limits on your freedom. It does not matter if your family helps you.',
            {
              id: 'knowledge.imca.ni.easy.route.safeguard',
              desc: 'Easy read: the IMCA in Northern Ireland, a safeguard from 16 whether or not family are involved. Keep the Act name in English.',
            },
          ),
        note: () =>
          msg(
            'There are some exceptions. Some parts of this law have not started yet. Ask your Health and Social Care Trust if you will have this advocate.',
            {
              id: 'knowledge.imca.ni.easy.note.exceptions',
              desc: 'Easy read note for Northern Ireland. Keep the organisation name.',
            },
          ),
      },
    },
  },
} satisfies Record<string, EasyKind>;
