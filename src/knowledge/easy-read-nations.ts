/**
 * Easy read of what differs between England, Wales, Scotland and Northern Ireland: every
 * `localName`, `route` and `note` of every kind's nation routes in ./kinds.ts, rewritten from
 * scratch for its reader. It keeps every fact that changes what you can get or do in that nation,
 * and every "ask …".
 *
 * Rules as in ./easy-read.ts: one idea per sentence, at most 15 words, everyday words, no acronym
 * on its own, digits for numbers, whole sentences in each message. Organisation names and Acts
 * keep their official names. "This advocate" means the kind the text is shown under.
 *
 * Budget: this text counts towards the knowledge budget (see the knowledge test).
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindId } from './ids.js';
import type { Nation } from './nations.js';
import type { NationEasyRead, Text } from './types.js';

// ---------------------------------------------------------------------------------------------
// Texts shared by several kinds or nations (one message each, so translators see them once).

const notARight: Text = () =>
  msg(
    'In this part of the UK, no law gives you a right to it. What you can get is different in each area.',
    {
      id: 'knowledge.shared.easy.notARight',
      desc: 'Easy read note under a nation where a kind of advocacy is not a legal right.',
    },
  );

const scotlandRight: Text = () =>
  msg(
    'In Scotland, you may have a right to an advocate. Do you have a mental illness or a learning disability? Do you have dementia or a personality disorder? Or do you have something like these? Then you have this right. You do not need a doctor to say what you have.',
    {
      id: 'knowledge.shared.easy.scotland.right',
      desc: 'Easy read: the right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003, shown under Scotland.',
    },
  );

const scotlandHow: Text = () =>
  msg(
    'You can ask for help yourself. The Scottish Independent Advocacy Alliance can tell you who to ask.',
    {
      id: 'knowledge.shared.easy.scotland.how',
      desc: 'Easy read: how to find advocacy in Scotland. Keep the organisation name in English.',
    },
  );

const scotlandPartly: NationEasyRead = { route: scotlandRight, note: scotlandHow };

const imcaDols: Text = () =>
  msg(
    'Sometimes your care has to limit your freedom. Then rules called the Deprivation of Liberty Safeguards (DoLS) apply. You can ask for this advocate. So can the person chosen to speak for you. You also get one if there is nobody else to ask about you. And you get one while nobody is chosen to speak for you.',
    {
      id: 'knowledge.shared.easy.imcaDols',
      desc: 'Easy read: the IMCA role under the Deprivation of Liberty Safeguards, in England and in Wales. Keep the name and the acronym DoLS.',
    },
  );

const childrenComplaint: Text = () =>
  msg(
    'Do you want to complain, or say you are worried about council services? Then the council must get you an advocate. This is if you are in care or have left care. It is also if you get help from a social worker.',
    {
      id: 'knowledge.shared.easy.childrenComplaint',
      desc: "Easy read: children's advocacy in England and in Wales, the right when making a complaint, and who has it.",
    },
  );

const collectiveAdvocacy: Text = () =>
  msg('Also called collective advocacy', {
    id: 'knowledge.shared.easy.collectiveAdvocacy',
    desc: 'Easy read: another name for group advocacy, used in Wales and Scotland. A short label, no full stop.',
  });

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

/** The same easy read in every nation. */
const everywhere = (e: NationEasyRead): Record<Nation, NationEasyRead> => ({
  england: e,
  wales: e,
  scotland: e,
  'northern-ireland': e,
});

// ---------------------------------------------------------------------------------------------
// Each kind, nation by nation: the same fields as its standard route.

export const EASY_NATIONS: Readonly<
  Record<AdvocacyKindId, Readonly<Record<Nation, NationEasyRead>>>
> = {
  imha: {
    england: {
      route: () =>
        msg(
          'In England, you have a right to this advocate in these cases. The law keeps you in hospital. This is under most sections of the Mental Health Act 1983. Or you have a community treatment order or a guardian. Or you are a restricted patient who left hospital with conditions. At other times, you can have one before some serious treatments. One is brain surgery for your mental health. If you are under 18, another is a treatment using electricity on the brain (ECT). Staff must tell you about your right.',
          {
            id: 'knowledge.imha.england.easy.route',
            desc: 'Easy read: who can have an IMHA in England. Keep the Act name in English. ECT is electroconvulsive therapy.',
          },
        ),
      note: () =>
        msg(
          'Some sections only hold you for a short time. These are sections 4, 5(2), 5(4), 135 and 136. They give you no right to this advocate. But some areas give you one anyway. The Mental Health Act 2025 is changing these rules over time. Ask staff or your council which rules apply now.',
          {
            id: 'knowledge.imha.england.easy.note',
            desc: 'Easy read: limits of the IMHA right in England, and a change in the law. Keep the section numbers and the Act name.',
          },
        ),
    },
    wales: {
      route: () =>
        msg(
          'In Wales, you can have this advocate if you are kept in hospital by law. You can also have one with a community treatment order or a guardian. Are you in hospital for your mental health but free to leave? You can have one too.',
          {
            id: 'knowledge.imha.wales.easy.route',
            desc: 'Easy read: who can have an IMHA in Wales (detained, community treatment order, guardianship, or an informal patient in hospital).',
          },
        ),
      note: () =>
        msg(
          'Are you held for a short time, like under section 135 or 136? Ask staff if you can have this advocate.',
          {
            id: 'knowledge.imha.wales.easy.note',
            desc: 'Easy read note for Wales about short-term powers. Keep the section numbers.',
          },
        ),
    },
    scotland: {
      localName: () =>
        msg('Called independent advocacy in Scotland', {
          id: 'knowledge.imha.scotland.easy.localName',
          desc: 'Easy read: what Scotland calls this kind of advocacy (Scotland does not use the name IMHA). A short label, no full stop.',
        }),
      route: scotlandRight,
      note: () =>
        msg(
          'Your right is the same in hospital and at home. It does not matter if the law keeps you in hospital. The Scottish Independent Advocacy Alliance can tell you who to ask.',
          {
            id: 'knowledge.imha.scotland.easy.note',
            desc: 'Easy read note for Scotland about mental health advocacy. Keep the organisation name in English.',
          },
        ),
    },
    'northern-ireland': {
      route: () =>
        msg(
          'In many areas, advocates visit people in mental health hospitals. Ask the staff on your ward or your Health and Social Care Trust.',
          {
            id: 'knowledge.imha.ni.easy.route',
            desc: 'Easy read: how to find mental health advocacy in Northern Ireland. Keep the organisation name.',
          },
        ),
      note: () =>
        msg(
          'The Mental Health (Northern Ireland) Order 1986 gives you no right to an advocate. You may not be able to make some decisions yourself. Then the Mental Capacity Act (Northern Ireland) 2016 may give you a right to one.',
          {
            id: 'knowledge.imha.ni.easy.note',
            desc: 'Easy read: what the law in Northern Ireland says. Keep the names of the laws in English.',
          },
        ),
    },
  },

  imca: {
    england: {
      route: () =>
        msg(
          'In England, the NHS or council must get you this advocate before some decisions. One is a decision about serious medical treatment. Another is a hospital stay of more than 28 days. Another is a care home stay of more than 8 weeks. They may also get you one when they review where you live. They may also get you one if they check you are safe from harm.',
          {
            id: 'knowledge.imca.england.easy.route',
            desc: 'Easy read: when an IMCA must or may be arranged in England (the last sentence is about abuse or neglect).',
          },
        ),
      note: imcaDols,
    },
    wales: {
      route: () =>
        msg(
          'In Wales, the NHS or council must get you this advocate before some decisions. One is a decision about serious medical treatment. Another is a long stay in a hospital or care home. They may get you one at other times, like to protect you from harm. So ask them.',
          {
            id: 'knowledge.imca.wales.easy.route',
            desc: 'Easy read: when an IMCA must or may be arranged in Wales (protecting you from harm is adult protection).',
          },
        ),
      note: imcaDols,
    },
    scotland: {
      route: scotlandRight,
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
          'Some parts of the Mental Capacity Act (Northern Ireland) 2016 have started. They give some people aged 16 or over this advocate. Mostly, it is when your Health and Social Care Trust limits your freedom.',
          {
            id: 'knowledge.imca.ni.easy.route',
            desc: 'Easy read: the IMCA right in Northern Ireland (mainly a deprivation of liberty for your care). Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'The rest of this law has not started yet. Ask your Health and Social Care Trust if you can have this advocate.',
          { id: 'knowledge.imca.ni.easy.note', desc: 'Easy read note for Northern Ireland.' },
        ),
    },
  },

  'care-act': {
    england: {
      route: () =>
        msg(
          'In England, the council must get you this advocate if taking part is very hard. And nobody suitable can help you. This means you find it very hard to understand or remember what you are told. Or it is very hard to weigh it up or say what you want. A person is not suitable if they are paid to care for you. They are also not suitable if you do not want their help. Young people moving to adult care can have one too.',
          {
            id: 'knowledge.careAct.england.easy.route',
            desc: 'Easy read: who can have a Care Act advocate in England (the four areas of "substantial difficulty" and the "appropriate person" rule).',
          },
        ),
      note: () =>
        msg(
          'Sometimes the council must get you an advocate even if family can help. Ask the council if this is true for you.',
          { id: 'knowledge.careAct.england.easy.note', desc: 'Easy read note for England.' },
        ),
    },
    wales: {
      localName: () =>
        msg('Called an Independent Professional Advocate in Wales', {
          id: 'knowledge.careAct.wales.easy.localName',
          desc: 'Easy read: the name used in Wales for this kind of advocate. Keep the name in English. A short label, no full stop.',
        }),
      route: () =>
        msg(
          'In Wales, the council must get you this advocate in some cases. You need help to take part in meetings about your needs or care plan. Or you need help when the council checks you are safe from harm. And nobody suitable can give you that help.',
          {
            id: 'knowledge.careAct.wales.easy.route',
            desc: 'Easy read: when the council in Wales must arrange an Independent Professional Advocate (assessment, care planning, review, safeguarding).',
          },
        ),
    },
    scotland: {
      route: scotlandRight,
      note: () =>
        msg(
          'Scotland does not have this kind of advocate. The council may check if you are safe from harm. Then it must think about whether you need an advocate.',
          {
            id: 'knowledge.careAct.scotland.easy.note',
            desc: 'Easy read note for Scotland (adult support and protection).',
          },
        ),
    },
    'northern-ireland': {
      route: () =>
        msg('Ask your Health and Social Care Trust what advocates there are near you.', {
          id: 'knowledge.careAct.ni.easy.route',
          desc: 'Easy read: care and support advocacy in Northern Ireland, where it is not a legal right.',
        }),
    },
  },

  'nhs-complaints': {
    england: {
      route: () =>
        msg(
          "In England, every council must pay for this service. Your council's website says who runs it.",
          {
            id: 'knowledge.nhsComplaints.england.easy.route',
            desc: 'Easy read: NHS complaints advocacy in England.',
          },
        ),
    },
    wales: {
      route: () =>
        msg(
          'In Wales, Llais gives free help to complain. It helps anyone who wants to complain about the NHS. It also helps adults who want to complain about social care.',
          {
            id: 'knowledge.nhsComplaints.wales.easy.route',
            desc: 'Easy read: NHS complaints advocacy in Wales. Keep the name Llais.',
          },
        ),
      note: () =>
        msg(
          'Are you a child who wants to complain about social services? You may need a different service. Ask your council.',
          { id: 'knowledge.nhsComplaints.wales.easy.note', desc: 'Easy read note for Wales.' },
        ),
    },
    scotland: {
      route: () =>
        msg(
          'In Scotland, the Patient Advice and Support Service (PASS) helps you complain about the NHS. It is free. Citizens Advice Scotland runs it.',
          {
            id: 'knowledge.nhsComplaints.scotland.easy.route',
            desc: 'Easy read: NHS complaints support in Scotland. Keep the organisation names and the acronym in English.',
          },
        ),
      note: () =>
        msg('This service can also help you find an advocate.', {
          id: 'knowledge.nhsComplaints.scotland.easy.note',
          desc: 'Easy read note for Scotland: the Patient Advice and Support Service can put you in touch with advocacy.',
        }),
    },
    'northern-ireland': {
      route: () =>
        msg(
          'In Northern Ireland, the Patient and Client Council helps you complain. It helps with complaints about health and social care. It is free.',
          {
            id: 'knowledge.nhsComplaints.ni.easy.route',
            desc: 'Easy read: health complaints support in Northern Ireland. Keep the organisation name.',
          },
        ),
    },
  },

  children: {
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
          "In Scotland, you can have an advocate at a children's hearing. The person in charge of the hearing should tell you about this.",
          {
            id: 'knowledge.children.scotland.easy.route',
            desc: "Easy read: children's advocacy in Scotland (the person in charge is the chair).",
          },
        ),
      note: () =>
        msg(
          'Do you have a mental illness or a learning disability? Then you also have a right to an advocate. This is also true for conditions like these.',
          {
            id: 'knowledge.children.scotland.easy.note',
            desc: "Easy read: children's advocacy in Scotland, the right under mental health law.",
          },
        ),
    },
    'northern-ireland': {
      route: () =>
        msg(
          'Ask your social worker what help there is. You can also ask the Northern Ireland Commissioner for Children and Young People (NICCY).',
          {
            id: 'knowledge.children.ni.easy.route',
            desc: "Easy read: children's advocacy in Northern Ireland. Keep the Commissioner's name and acronym in English.",
          },
        ),
    },
  },

  'learning-disability-autism': {
    england: {
      note: () =>
        msg(
          'Sometimes you may have a right to another advocate. It could be an advocate for care and support. Or it could be an advocate for big decisions (IMCA). Or it could be a mental health advocate (IMHA).',
          {
            id: 'knowledge.learningDisabilityAutism.england.easy.note',
            desc: 'Easy read note for England. The names are the easy read names of the Care Act advocate, the IMCA and the IMHA.',
          },
        ),
    },
    wales: {
      note: () =>
        msg(
          'Sometimes you may have a right to another advocate. It could be an Independent Professional Advocate. Or it could be an advocate for big decisions (IMCA). Or it could be a mental health advocate (IMHA).',
          {
            id: 'knowledge.learningDisabilityAutism.wales.easy.note',
            desc: 'Easy read note for Wales. Keep the name Independent Professional Advocate in English; the others are the easy read names of the IMCA and the IMHA.',
          },
        ),
    },
    scotland: {
      route: () =>
        msg(
          'In Scotland, you have a right to an advocate if you have a learning disability. The same law is for most autistic people too. Ask an advocate if you are not sure.',
          {
            id: 'knowledge.learningDisabilityAutism.scotland.easy.route',
            desc: 'Easy read: the right in Scotland.',
          },
        ),
      note: scotlandHow,
    },
    'northern-ireland': { note: notARight },
  },

  'mental-health': {
    england: {
      note: () =>
        msg(
          'Are you kept in hospital under the Mental Health Act 1983? Then you may have a right to a mental health advocate (IMHA) instead.',
          {
            id: 'knowledge.mentalHealth.england.easy.note',
            desc: 'Easy read note for England. Keep the Act name in English. IMHA is another kind of advocacy.',
          },
        ),
    },
    wales: {
      note: () =>
        msg(
          'Are you in hospital for your mental health? Then you have a right to a mental health advocate (IMHA). This is true even if you are free to leave.',
          {
            id: 'knowledge.mentalHealth.wales.easy.note',
            desc: 'Easy read note for Wales. IMHA is another kind of advocacy.',
          },
        ),
    },
    scotland: scotlandPartly,
    'northern-ireland': { note: notARight },
  },

  community: {
    england: { note: notARight },
    wales: { note: notARight },
    scotland: scotlandPartly,
    'northern-ireland': { note: notARight },
  },

  citizen: {
    england: { note: notARight },
    wales: { note: notARight },
    scotland: scotlandPartly,
    'northern-ireland': { note: notARight },
  },

  group: {
    england: { note: notARight },
    wales: { localName: collectiveAdvocacy, note: notARight },
    scotland: { ...scotlandPartly, localName: collectiveAdvocacy },
    'northern-ireland': { note: notARight },
  },

  peer: {
    england: { note: notARight },
    wales: { note: notARight },
    scotland: scotlandPartly,
    'northern-ireland': { note: notARight },
  },

  self: everywhere({ note: notARight }),
  paid: everywhere({ note: paidNote }),
  'spot-purchase': everywhere({ note: spotPurchaseNote }),
};
