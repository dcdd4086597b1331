/**
 * The Independent Mental Capacity Advocate, in England and Wales (Mental Capacity Act 2005, with the
 * Deprivation of Liberty Safeguards), Scotland and Northern Ireland (Mental Capacity Act (Northern Ireland) 2016).
 * Standard text; easy read is in ../easy/capacity.ts. The strength in each nation is not here: it
 * is derived from the eligibility rules (../strength.ts).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindData, Text } from '../types.js';
import { SOURCES as S } from '../sources.js';
import { KIND_NAMES } from '../names.js';
import { scotlandInstead } from './shared.js';

/** The three DoLS roles (Mental Capacity Act 2005, ss.39A, 39C and 39D), each with its own condition. */
const imcaDols: Text = () =>
  msg(
    'The Deprivation of Liberty Safeguards (DoLS) give you an IMCA when an authorisation is requested or urgent, and only paid carers can be consulted. You also get one if your representative stops and nobody else can be consulted. While an authorisation is in force and your representative is unpaid, you or they can ask for an IMCA.',
    {
      id: 'knowledge.imca.dols.roles',
      desc: 'The three IMCA roles under the Deprivation of Liberty Safeguards, in England and in Wales (Mental Capacity Act 2005, sections 39A, 39C and 39D). "Representative": the person appointed to represent you under DoLS. Keep the acronym DoLS.',
    },
  );

export const imca: AdvocacyKindData = {
  id: 'imca',
  pictogram: 'decide',
  acronym: 'IMCA',
  standard: {
    name: KIND_NAMES['imca'],
    summary: () =>
      msg(
        'An Independent Mental Capacity Advocate (IMCA) speaks up for you when you cannot make an important decision yourself. They make sure your wishes, feelings and rights count.',
        { id: 'knowledge.imca.summary', desc: 'Summary of IMCA advocacy.' },
      ),
    whoFor: () =>
      msg(
        'An IMCA may be for you if you are 16 or over and cannot make a serious decision yourself. Usually there must be nobody but paid carers to consult. Some roles, under DoLS and in safeguarding, do not need this.',
        {
          id: 'knowledge.imca.whoFor.usually',
          desc: 'Who IMCA advocacy is for: Mental Capacity Act 2005 ss.37-39 need nobody but paid carers to consult; s.39D and the safeguarding role do not.',
        },
      ),
    helpsWith: [
      () =>
        msg(
          'They find out what you want and feel, from you, your records and people who know you.',
          { id: 'knowledge.imca.helps.wishes', desc: 'One thing an IMCA helps with.' },
        ),
      () =>
        msg(
          'They check the law is followed, and write a report the decision-makers must take into account.',
          { id: 'knowledge.imca.helps.report', desc: 'One thing an IMCA helps with.' },
        ),
      () =>
        msg('They can ask questions and challenge a decision they think is wrong.', {
          id: 'knowledge.imca.helps.challenge',
          desc: 'One thing an IMCA helps with.',
        }),
    ],
    howToGet: () =>
      msg('The NHS or council team making the decision arranges the IMCA.', {
        id: 'knowledge.imca.howToGet',
        desc: 'How to get an IMCA, in general.',
      }),
    referral: () =>
      msg(
        'Usually the team making the decision asks for an IMCA. Under the Deprivation of Liberty Safeguards, you or your representative can also ask for one.',
        {
          id: 'knowledge.imca.referral.dols',
          desc: 'Who can ask for an IMCA: usually the team; under the Deprivation of Liberty Safeguards (England and Wales, section 39D) also the person or their representative.',
        },
      ),
  },
  referral: { self: false, family: false, professional: true },
  nations: {
    england: {
      route: () =>
        msg(
          'In England, if you cannot decide and only paid carers can be consulted, the NHS or council must arrange an IMCA. This is before a decision about serious medical treatment. They must also arrange one before a stay of more than 28 days in hospital or 8 weeks in a care home. They may arrange one for a review of where you live, or when they look into abuse or neglect.',
          {
            id: 'knowledge.imca.england.route.no-one',
            desc: 'When an IMCA must or may be arranged in England.',
          },
        ),
      note: imcaDols,
      sources: [
        S.mca2005s35to41,
        S.mca2005s39A,
        S.mca2005s39C,
        S.mca2005s39D,
        S.imcaExpansionRegs2006,
        S.mcaCode,
        S.uksc2026s16,
      ],
    },
    wales: {
      route: () =>
        msg(
          'In Wales, if you cannot decide and only paid carers can be consulted, the NHS or council must arrange an IMCA. This is before a decision about serious medical treatment. They must also arrange one before a long stay in a hospital or care home. They may arrange one in other situations too, such as adult protection, so ask.',
          {
            id: 'knowledge.imca.wales.route.no-one',
            desc: 'When an IMCA must or may be arranged in Wales.',
          },
        ),
      note: imcaDols,
      sources: [
        S.mca2005s35to41,
        S.mca2005s39A,
        S.mca2005s39C,
        S.mca2005s39D,
        S.imcaWalesRegs2007,
        S.mcaCode,
        S.uksc2026s16,
      ],
    },
    scotland: {
      route: scotlandInstead,
      note: () =>
        msg(
          'Scotland has no IMCAs. The Scottish Independent Advocacy Alliance can tell you which advocacy services work in your area.',
          {
            id: 'knowledge.imca.scotland.note',
            desc: 'Note for Scotland. Keep the organisation name in English.',
          },
        ),
      sources: [S.awiScotland2000, S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      route: () =>
        msg(
          'In Northern Ireland, the Mental Capacity Act (Northern Ireland) 2016 gives an IMCA as an extra safeguard from age 16. It applies when a decision needs authorisation, such as a deprivation of liberty, whether or not your family is involved.',
          {
            id: 'knowledge.imca.ni.route.safeguard',
            desc: 'The IMCA in Northern Ireland (sections 35 and 36 of the Act): a safeguard from 16, whether or not family are involved. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'There are some exceptions, and other parts of this law are not in force yet. Ask your Health and Social Care Trust whether you will have an IMCA.',
          { id: 'knowledge.imca.ni.note.exceptions', desc: 'Note for Northern Ireland.' },
        ),
      sources: [S.mcaNI2016s35to36, S.mcaNICommencement2019, S.uksc2026s16],
    },
  },
  sources: [S.mca2005s35to41, S.mca2005s39D, S.mcaNI2016s35to36],
};
