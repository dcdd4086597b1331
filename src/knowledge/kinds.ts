/**
 * The fourteen kinds of advocacy, with what the law says about each in England, Wales, Scotland
 * and Northern Ireland. Every fact keeps its sources (see ./sources.ts) and a checked date.
 *
 * Writing rules (docs: /work/shared/CONTENT.md): plain English, "you", active voice, at most 25
 * words a sentence, acronyms expanded on first use, "council" rather than "local authority".
 * One whole sentence or paragraph per message; never join fragments.
 *
 * Keep it short: all the English text ships in the drop-in script, and every message is
 * translated twice (standard and easy read). Budget: at most 35,000 characters of message text
 * in this file, ./topics.ts and the easy read together (the knowledge test checks it). Say a thing once: the
 * status label already says whether it is a legal right, so a nation's text only adds what
 * differs there. At most 3 `helpsWith` items, one `route` and one `note` per nation. Reuse the
 * shared messages below where the sentence is the same.
 */
import { msg } from '@lit/localize';
import type { AdvocacyKind, NationRoute, Text } from './types.js';
import { NATIONS, type Nation } from './nations.js';
import { LAST_CHECKED, SOURCES as S } from './sources.js';
import { KIND_NAMES } from './names.js';
import { EASY_KINDS } from './easy-read.js';
import { EASY_NATIONS } from './easy-read-nations.js';

// ---------------------------------------------------------------------------------------------
// Texts shared by several kinds (one message each, so translators see them once).

const notARight: Text = () =>
  msg(
    'No law gives you a right to it in this part of the UK. What you can get depends on where you live.',
    {
      id: 'knowledge.shared.notARight',
      desc: 'Note under a nation where a kind of advocacy is not a legal right.',
    },
  );

const scotlandRight: Text = () =>
  msg(
    'In Scotland, anyone with a mental illness, personality disorder, learning disability, dementia or similar condition has a right to independent advocacy. You do not need a diagnosis.',
    {
      id: 'knowledge.shared.scotland.right',
      desc: 'The right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003, shown under Scotland.',
    },
  );

const scotlandHow: Text = () =>
  msg(
    'Contact an advocacy service yourself. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
    {
      id: 'knowledge.shared.scotland.how',
      desc: 'How to find advocacy in Scotland. Keep the organisation name in English.',
    },
  );

const scotlandPartly = {
  status: 'partly',
  route: scotlandRight,
  note: scotlandHow,
  sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
} as const;

const referSelfOrOthers: Text = () =>
  msg(
    'You can contact the service yourself. Family, friends or professionals can also contact it for you, with your agreement.',
    {
      id: 'knowledge.shared.referral',
      desc: 'Who can ask for a kind of advocacy that you can contact directly.',
    },
  );

const joinGroup: Text = () =>
  msg('You can join a group yourself. Anyone who supports you can help you find one.', {
    id: 'knowledge.shared.joinGroup',
    desc: 'Who can help you join a group advocacy or self-advocacy group.',
  });

// ---------------------------------------------------------------------------------------------
// A legal right in at least one nation.

const imha: AdvocacyKind = {
  id: 'imha',
  group: 'legal-right',
  pictogram: 'hospital',
  acronym: 'IMHA',
  standard: {
    name: KIND_NAMES['imha'],
    summary: () =>
      msg(
        'An Independent Mental Health Advocate (IMHA) helps you understand and use your rights under mental health law. They are on your side and do not work for the hospital.',
        { id: 'knowledge.imha.summary', desc: 'Summary of IMHA advocacy.' },
      ),
    whoFor: () =>
      msg(
        'IMHAs are for people treated under mental health law, most often in hospital. Who can have one depends on where you live in the UK.',
        { id: 'knowledge.imha.whoFor', desc: 'Who IMHA advocacy is for, in general.' },
      ),
    helpsWith: [
      () =>
        msg('They explain the mental health law that applies to you, and your treatment.', {
          id: 'knowledge.imha.helps.law',
          desc: 'One thing an IMHA helps with.',
        }),
      () =>
        msg('They help you take part in meetings and ward rounds about your care.', {
          id: 'knowledge.imha.helps.meetings',
          desc: 'One thing an IMHA helps with. A ward round is a regular meeting of hospital staff about a patient.',
        }),
      () =>
        msg(
          'They help you use your rights, such as making a complaint or asking a tribunal to end your detention.',
          { id: 'knowledge.imha.helps.rights', desc: 'One thing an IMHA helps with.' },
        ),
    ],
    howToGet: () =>
      msg('Ask staff for the IMHA service. It is free.', {
        id: 'knowledge.imha.howToGet',
        desc: 'How to get an IMHA, in general.',
      }),
    referral: () =>
      msg(
        'You can contact an IMHA yourself. Family, friends and staff can also ask one to visit you.',
        { id: 'knowledge.imha.referral', desc: 'Who can ask for an IMHA.' },
      ),
  },
  easyRead: EASY_KINDS['imha'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          'In England, you can have an IMHA if you are detained under most sections of the Mental Health Act 1983. You can also have one on a community treatment order, under guardianship, or as a restricted patient on conditional discharge. If you are not detained, you can have one when doctors consider certain serious treatments, such as brain surgery for a mental disorder. If you are under 18, this includes electroconvulsive therapy (ECT). Staff must tell you about IMHAs.',
          {
            id: 'knowledge.imha.england.route',
            desc: 'Who can have an IMHA in England. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'Short-term holding powers (sections 4, 5(2), 5(4), 135 and 136) give no right to an IMHA, but some areas offer one. The Mental Health Act 2025 is changing this law in stages. Ask staff or your council which rules apply now.',
          {
            id: 'knowledge.imha.england.note',
            desc: 'Limits of the IMHA right in England, and a change in the law. Keep the section numbers and the Act name as they are.',
          },
        ),
      sources: [S.mha1983s130AtoD, S.mha1983s130C, S.mhaCode2015, S.mha2025, S.seed000, S.seed001],
    },
    wales: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Wales, you can have an IMHA if you are detained under the Mental Health Act 1983, on a community treatment order or under guardianship. You can also have one if you are in hospital in Wales for your mental health and not detained.',
          {
            id: 'knowledge.imha.wales.route',
            desc: 'Who can have an IMHA in Wales. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'If you are held under a short-term power, such as section 135 or 136, ask staff whether you can have an IMHA.',
          { id: 'knowledge.imha.wales.note', desc: 'Note for Wales. Keep the section numbers.' },
        ),
      sources: [S.mha1983s130EtoL, S.mhWalesMeasure2010Part4, S.mhaCodeWales2016],
    },
    scotland: {
      status: 'legal-right',
      localName: () =>
        msg('Independent advocacy', {
          id: 'knowledge.imha.scotland.localName',
          desc: 'What Scotland calls this kind of advocacy (Scotland does not use the name IMHA): a short name.',
        }),
      route: scotlandRight,
      note: () =>
        msg(
          'Your right covers you in hospital and at home, detained or not. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
          {
            id: 'knowledge.imha.scotland.note',
            desc: 'Note for Scotland about mental health advocacy. Keep the organisation name in English.',
          },
        ),
      sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      status: 'not-a-legal-right',
      route: () =>
        msg(
          'Many areas have advocates for people in mental health hospitals. Ask the ward staff or your Health and Social Care Trust.',
          {
            id: 'knowledge.imha.ni.route',
            desc: 'How to find mental health advocacy in Northern Ireland.',
          },
        ),
      note: () =>
        msg(
          'The Mental Health (Northern Ireland) Order 1986 gives you no right to an advocate. If you cannot make some decisions yourself, the Mental Capacity Act (Northern Ireland) 2016 may give you a right to an advocate.',
          {
            id: 'knowledge.imha.ni.note',
            desc: 'What the law in Northern Ireland says. Keep the names of the laws in English.',
          },
        ),
      sources: [S.mhOrderNI1986, S.mcaNI2016s35to36],
    },
  },
  sources: [S.mha1983s130AtoD, S.mha1983s130EtoL, S.mhctScotland2003s259],
  checked: LAST_CHECKED,
};

const imcaDols: Text = () =>
  msg(
    'Under the Deprivation of Liberty Safeguards (DoLS), you or your representative can ask for an IMCA. You also get one if there is nobody else to consult, or while you have no representative.',
    {
      id: 'knowledge.imca.dols',
      desc: 'The IMCA role under the Deprivation of Liberty Safeguards, in England and in Wales. Keep the acronym DoLS.',
    },
  );

const imca: AdvocacyKind = {
  id: 'imca',
  group: 'legal-right',
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
        'You may need an IMCA if you are 16 or over and cannot make a serious decision yourself. It applies when there is no family or friend to ask about it. Paid carers do not count.',
        { id: 'knowledge.imca.whoFor', desc: 'Who IMCA advocacy is for.' },
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
        'Only the team making the decision can ask for an IMCA. If you think someone needs one, tell that team.',
        { id: 'knowledge.imca.referral', desc: 'Who can ask for an IMCA.' },
      ),
  },
  easyRead: EASY_KINDS['imca'],
  referral: { self: false, family: false, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          'In England, the NHS or council must arrange an IMCA before a decision about serious medical treatment. They must also arrange one before a stay of more than 28 days in hospital or 8 weeks in a care home. They may arrange one for a review of where you live, or when they look into abuse or neglect.',
          {
            id: 'knowledge.imca.england.route',
            desc: 'When an IMCA must or may be arranged in England.',
          },
        ),
      note: imcaDols,
      sources: [S.mca2005s35to41, S.mca2005s39Ato39D, S.imcaExpansionRegs2006, S.mcaCode],
    },
    wales: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Wales, the NHS or council must arrange an IMCA before a decision about serious medical treatment. They must also arrange one before a long stay in a hospital or care home. They may arrange one in other situations too, such as adult protection, so ask.',
          {
            id: 'knowledge.imca.wales.route',
            desc: 'When an IMCA must or may be arranged in Wales.',
          },
        ),
      note: imcaDols,
      sources: [S.mca2005s35to41, S.mca2005s39Ato39D, S.imcaWalesRegs2007, S.mcaCode],
    },
    scotland: {
      status: 'partly',
      route: scotlandRight,
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
      status: 'partly',
      route: () =>
        msg(
          'In Northern Ireland, parts of the Mental Capacity Act (Northern Ireland) 2016 are in force. They give some people aged 16 or over an IMCA. The main case is when a Health and Social Care Trust wants to deprive you of your liberty for your care.',
          {
            id: 'knowledge.imca.ni.route',
            desc: 'The IMCA right in Northern Ireland. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'The rest of this law is not in force yet. Ask your Health and Social Care Trust whether you can have an IMCA.',
          { id: 'knowledge.imca.ni.note', desc: 'Note for Northern Ireland.' },
        ),
      sources: [S.mcaNI2016s35to36, S.mcaNICommencement2019],
    },
  },
  sources: [S.mca2005s35to41, S.mca2005s39Ato39D, S.mcaNI2016s35to36],
  checked: LAST_CHECKED,
};

const careAct: AdvocacyKind = {
  id: 'care-act',
  group: 'legal-right',
  pictogram: 'care',
  standard: {
    name: KIND_NAMES['care-act'],
    summary: () =>
      msg(
        "A Care Act advocate helps you take part in the council's decisions about your care and support, and makes sure the council listens.",
        { id: 'knowledge.careAct.summary', desc: 'Summary of Care Act advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for adults who need care and support, and for carers. You may have one if you would find it very hard to take part without help, and nobody suitable can help you.',
        { id: 'knowledge.careAct.whoFor', desc: 'Who Care Act advocacy is for, in general.' },
      ),
    helpsWith: [
      () =>
        msg(
          "They help you take part in your needs or carer's assessment, your care plan and its review.",
          {
            id: 'knowledge.careAct.helps.assessment',
            desc: 'One thing a Care Act advocate helps with.',
          },
        ),
      () =>
        msg(
          'They support you if the council looks into whether you are at risk of abuse or neglect.',
          {
            id: 'knowledge.careAct.helps.safeguarding',
            desc: 'One thing a Care Act advocate helps with (adult safeguarding).',
          },
        ),
      () =>
        msg('They help you understand your choices, say what you want and challenge decisions.', {
          id: 'knowledge.careAct.helps.choices',
          desc: 'One thing a Care Act advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg("Ask your social worker or the council's adult social care team for an advocate.", {
        id: 'knowledge.careAct.howToGet',
        desc: 'How to get a Care Act advocate, in general.',
      }),
    referral: () =>
      msg('The council arranges the advocate. You, your family or friends can ask for one.', {
        id: 'knowledge.careAct.referral',
        desc: 'Who can ask for a Care Act advocate.',
      }),
  },
  easyRead: EASY_KINDS['care-act'],
  referral: { self: false, family: false, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          'In England, the council must arrange an advocate if you would have substantial difficulty taking part, and nobody suitable can help. Substantial difficulty means finding it very hard to understand information, remember it, use or weigh it up, or tell people your views, wishes or feelings. Someone is not suitable if they are paid to care for you, or you do not want their help. Young people moving to adult services can have an advocate too.',
          {
            id: 'knowledge.careAct.england.route',
            desc: 'Who can have a Care Act advocate in England: the four areas of "substantial difficulty" and the "appropriate person" rule.',
          },
        ),
      note: () =>
        msg(
          'Sometimes the council must arrange an advocate even if family or friends could help. Ask the council if this applies to you.',
          { id: 'knowledge.careAct.england.note', desc: 'Note for England.' },
        ),
      sources: [
        S.careAct2014s67to68,
        S.careAdvocacyRegs2014,
        S.careStatutoryGuidanceCh7,
        S.seed001,
      ],
    },
    wales: {
      status: 'legal-right',
      localName: () =>
        msg('Independent Professional Advocate', {
          id: 'knowledge.careAct.wales.localName',
          desc: 'The name used in Wales for this kind of advocate.',
        }),
      route: () =>
        msg(
          'In Wales, the council must arrange an advocate if you can only take part in your assessment, care planning, review or safeguarding with help. This applies when nobody suitable can give that help.',
          {
            id: 'knowledge.careAct.wales.route',
            desc: 'When the council in Wales must arrange an Independent Professional Advocate.',
          },
        ),
      sources: [S.sswbaWales2014Part10, S.walesPart10Code],
    },
    scotland: {
      status: 'partly',
      route: scotlandRight,
      note: () =>
        msg(
          'Scotland has no Care Act advocates. If the council looks into whether you are at risk of harm, it must consider whether you need an advocate.',
          {
            id: 'knowledge.careAct.scotland.note',
            desc: 'Note for Scotland (adult support and protection).',
          },
        ),
      sources: [S.mhctScotland2003s259, S.aspScotland2007s6, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      status: 'not-a-legal-right',
      route: () =>
        msg('Ask your Health and Social Care Trust about advocacy near you.', {
          id: 'knowledge.careAct.ni.route',
          desc: 'Care and support advocacy in Northern Ireland, where it is not a legal right.',
        }),
      sources: [S.careAct2014s67to68],
    },
  },
  sources: [S.careAct2014s67to68, S.careAdvocacyRegs2014, S.sswbaWales2014Part10],
  checked: LAST_CHECKED,
};

const nhsComplaints: AdvocacyKind = {
  id: 'nhs-complaints',
  group: 'legal-right',
  pictogram: 'complaint',
  standard: {
    name: KIND_NAMES['nhs-complaints'],
    summary: () =>
      msg(
        'NHS complaints advocacy is free, independent help to complain about NHS care or treatment.',
        { id: 'knowledge.nhsComplaints.summary', desc: 'Summary of NHS complaints advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants to complain about an NHS service. You can also complain for a family member or friend, with their agreement or if they have died.',
        { id: 'knowledge.nhsComplaints.whoFor', desc: 'Who NHS complaints advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They explain how the complaints process works and what your options are.', {
          id: 'knowledge.nhsComplaints.helps.process',
          desc: 'One thing a complaints advocate helps with.',
        }),
      () =>
        msg('They help you write letters, and some can come to meetings with you.', {
          id: 'knowledge.nhsComplaints.helps.letters',
          desc: 'One thing a complaints advocate helps with.',
        }),
      () =>
        msg(
          'They can help you take your complaint to the ombudsman if you are not happy with the answer.',
          {
            id: 'knowledge.nhsComplaints.helps.ombudsman',
            desc: 'One thing a complaints advocate helps with. The ombudsman is the independent body that looks at complaints the NHS has not resolved.',
          },
        ),
    ],
    howToGet: () =>
      msg(
        'Contact the complaints advocacy service for your area. Your council, GP surgery or hospital can tell you who provides it.',
        { id: 'knowledge.nhsComplaints.howToGet', desc: 'How to get NHS complaints advocacy.' },
      ),
    referral: referSelfOrOthers,
  },
  easyRead: EASY_KINDS['nhs-complaints'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          "In England, every council must arrange independent NHS complaints advocacy. Your council's website says who provides it.",
          {
            id: 'knowledge.nhsComplaints.england.route',
            desc: 'NHS complaints advocacy in England.',
          },
        ),
      sources: [S.lgpih2007s223A, S.hsca2012s185],
    },
    wales: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Wales, Llais gives free complaints advocacy. It helps anyone with a complaint about the NHS, and adults with a complaint about social care.',
          {
            id: 'knowledge.nhsComplaints.wales.route',
            desc: 'NHS complaints advocacy in Wales. Keep the name Llais.',
          },
        ),
      note: () =>
        msg(
          'Children with a complaint about social services may need a different advocacy service. Ask your council.',
          { id: 'knowledge.nhsComplaints.wales.note', desc: 'Note for Wales.' },
        ),
      sources: [S.hscqeWales2020s16, S.nhsWalesAct2006s187],
    },
    scotland: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Scotland, the Patient Advice and Support Service (PASS) gives free help to make an NHS complaint. Citizens Advice Scotland runs it.',
          {
            id: 'knowledge.nhsComplaints.scotland.route',
            desc: 'NHS complaints support in Scotland. Keep the organisation names and the acronym in English.',
          },
        ),
      note: () =>
        msg('PASS can also put you in touch with an advocacy service.', {
          id: 'knowledge.nhsComplaints.scotland.note',
          desc: 'Note for Scotland.',
        }),
      sources: [S.patientRightsScotland2011s17to18, S.seed004],
    },
    'northern-ireland': {
      status: 'legal-right',
      route: () =>
        msg(
          'In Northern Ireland, the Patient and Client Council gives free help to complain about health and social care.',
          {
            id: 'knowledge.nhsComplaints.ni.route',
            desc: 'Health complaints support in Northern Ireland. Keep the organisation name.',
          },
        ),
      sources: [S.hscReformNI2009s17],
    },
  },
  sources: [
    S.lgpih2007s223A,
    S.hscqeWales2020s16,
    S.patientRightsScotland2011s17to18,
    S.hscReformNI2009s17,
  ],
  checked: LAST_CHECKED,
};

const childrenComplaint: Text = () =>
  msg(
    "The council must arrange an advocate if you want to make a complaint or raise a concern about its services. This applies if you are in care, a care leaver, or getting help from children's social care.",
    {
      id: 'knowledge.children.complaint',
      desc: "Children's advocacy in England and in Wales: the right when making a complaint, and who has it.",
    },
  );

const children: AdvocacyKind = {
  id: 'children',
  group: 'legal-right',
  pictogram: 'child',
  standard: {
    name: KIND_NAMES['children'],
    summary: () =>
      msg(
        'An advocate for children and young people helps you say what you think about decisions that affect you. They work for you, not for social services.',
        {
          id: 'knowledge.children.summary',
          desc: "Summary of children's advocacy. Written to the child or young person.",
        },
      ),
    whoFor: () =>
      msg(
        "It is mainly for children and young people in care, leaving care, or getting help from children's social care.",
        { id: 'knowledge.children.whoFor', desc: "Who children's advocacy is for." },
      ),
    helpsWith: [
      () =>
        msg('They help you say what you want at meetings and reviews about your care.', {
          id: 'knowledge.children.helps.meetings',
          desc: "One thing a children's advocate helps with.",
        }),
      () =>
        msg('They explain your rights and help you make a complaint.', {
          id: 'knowledge.children.helps.complaint',
          desc: "One thing a children's advocate helps with.",
        }),
      () =>
        msg(
          'They only share what you tell them if you agree, unless someone is at risk of serious harm.',
          {
            id: 'knowledge.children.helps.confidential',
            desc: "How a children's advocate keeps things private.",
          },
        ),
    ],
    howToGet: () =>
      msg(
        'Ask your social worker or carer for an advocate. Your council can tell you who provides them.',
        { id: 'knowledge.children.howToGet', desc: "How to get a children's advocate." },
      ),
    referral: () =>
      msg(
        'You can ask for an advocate yourself. A parent, carer, social worker or teacher can also ask for you.',
        { id: 'knowledge.children.referral', desc: "Who can ask for a children's advocate." },
      ),
  },
  easyRead: EASY_KINDS['children'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: childrenComplaint,
      note: () =>
        msg(
          'Many councils also offer an advocate for reviews and child protection meetings, so ask your social worker.',
          { id: 'knowledge.children.england.note', desc: "Children's advocacy in England." },
        ),
      sources: [S.childrenAct1989s26A, S.childrensAdvocacyStandards2002],
    },
    wales: {
      status: 'legal-right',
      localName: () =>
        msg('Independent Professional Advocacy', {
          id: 'knowledge.children.wales.localName',
          desc: "The name used in Wales for children's advocacy.",
        }),
      route: childrenComplaint,
      note: () =>
        msg(
          'The council should also offer you an advocate when you start being looked after, or when there is a child protection conference about you.',
          {
            id: 'knowledge.children.wales.note',
            desc: "Children's advocacy in Wales: the 'active offer'.",
          },
        ),
      sources: [S.sswbaWales2014s178, S.walesRepresentationsRegs2019, S.walesPart10Code],
    },
    scotland: {
      status: 'partly',
      route: () =>
        msg(
          "In Scotland, you can have an advocate to help you at a children's hearing. The chair of the hearing should tell you about it.",
          { id: 'knowledge.children.scotland.route', desc: "Children's advocacy in Scotland." },
        ),
      note: () =>
        msg(
          'If you have a mental illness, learning disability or similar condition, you also have a right to independent advocacy.',
          { id: 'knowledge.children.scotland.note', desc: "Children's advocacy in Scotland." },
        ),
      sources: [
        S.childrensHearingsScotland2011s122,
        S.mhctScotland2003s259,
        S.scotlandCommissionersGuide,
      ],
    },
    'northern-ireland': {
      status: 'not-a-legal-right',
      route: () =>
        msg(
          'Ask your social worker, or the Northern Ireland Commissioner for Children and Young People (NICCY), what help there is.',
          {
            id: 'knowledge.children.ni.route',
            desc: "Children's advocacy in Northern Ireland, where it is not a legal right. Keep the Commissioner's name and acronym in English.",
          },
        ),
      sources: [S.childrenOrderNI1995],
    },
  },
  sources: [S.childrenAct1989s26A, S.sswbaWales2014s178, S.childrensHearingsScotland2011s122],
  checked: LAST_CHECKED,
};

// ---------------------------------------------------------------------------------------------
// Kinds that are a legal right only because of Scotland's mental health law.

const learningDisabilityAutism: AdvocacyKind = {
  id: 'learning-disability-autism',
  group: 'legal-right',
  pictogram: 'speak-up',
  standard: {
    name: KIND_NAMES['learning-disability-autism'],
    summary: () =>
      msg(
        'Learning disability and autism advocacy gives you an advocate who communicates in a way that works for you. They help you have a say in your life.',
        {
          id: 'knowledge.learningDisabilityAutism.summary',
          desc: 'Summary of learning disability and autism advocacy.',
        },
      ),
    whoFor: () =>
      msg(
        'It is for people with a learning disability and for autistic people. Some services work only with adults.',
        {
          id: 'knowledge.learningDisabilityAutism.whoFor',
          desc: 'Who learning disability and autism advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg(
          'They help you understand information, using easy words, pictures or other ways that suit you.',
          {
            id: 'knowledge.learningDisabilityAutism.helps.information',
            desc: 'One thing this kind of advocate helps with.',
          },
        ),
      () =>
        msg('They help you get ready for meetings and speak up at them.', {
          id: 'knowledge.learningDisabilityAutism.helps.meetings',
          desc: 'One thing this kind of advocate helps with.',
        }),
      () =>
        msg(
          'They help you make your own decisions, such as where to live, and help you know your rights and raise concerns.',
          {
            id: 'knowledge.learningDisabilityAutism.helps.decisions',
            desc: 'One thing this kind of advocate helps with.',
          },
        ),
    ],
    howToGet: () =>
      msg(
        'Contact a local advocacy service or a learning disability or autism charity. Your council or GP can tell you what is near you.',
        {
          id: 'knowledge.learningDisabilityAutism.howToGet',
          desc: 'How to get this kind of advocacy.',
        },
      ),
    referral: referSelfOrOthers,
  },
  easyRead: EASY_KINDS['learning-disability-autism'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'You may still have a right to a Care Act advocate, an IMCA or an IMHA in some situations.',
          {
            id: 'knowledge.learningDisabilityAutism.england.note',
            desc: 'Note for England, where this kind of advocacy is not a legal right. IMCA and IMHA are other kinds of advocacy.',
          },
        ),
      sources: [S.seed002, S.advocacyQpm],
    },
    wales: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'You may still have a right to an Independent Professional Advocate, an IMCA or an IMHA in some situations.',
          {
            id: 'knowledge.learningDisabilityAutism.wales.note',
            desc: 'Note for Wales, where this kind of advocacy is not a legal right. IMCA and IMHA are other kinds of advocacy.',
          },
        ),
      sources: [S.walesPart10CodeCh8, S.seed002],
    },
    scotland: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Scotland, people with a learning disability have a right to independent advocacy. The same law usually covers autistic people too. If you are not sure, ask an advocacy service.',
          {
            id: 'knowledge.learningDisabilityAutism.scotland.route',
            desc: 'The right in Scotland.',
          },
        ),
      note: scotlandHow,
      sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed002, S.advocacyQpm],
    },
  },
  sources: [S.mhctScotland2003s259, S.walesPart10CodeCh8, S.seed002],
  checked: LAST_CHECKED,
};

const mentalHealth: AdvocacyKind = {
  id: 'mental-health',
  group: 'legal-right',
  pictogram: 'mind',
  standard: {
    name: KIND_NAMES['mental-health'],
    summary: () =>
      msg(
        'Community mental health advocacy helps you speak up and have a say in your mental health care.',
        {
          id: 'knowledge.mentalHealth.summary',
          desc: 'Summary of community mental health advocacy.',
        },
      ),
    whoFor: () =>
      msg(
        'It is for people with mental health problems who live in the community, or who are in hospital but not detained.',
        {
          id: 'knowledge.mentalHealth.whoFor',
          desc: 'Who community mental health advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg('They help you get ready for appointments and care reviews, and speak up at them.', {
          id: 'knowledge.mentalHealth.helps.appointments',
          desc: 'One thing a mental health advocate helps with.',
        }),
      () =>
        msg('They help you understand your care, treatment and rights, and raise concerns.', {
          id: 'knowledge.mentalHealth.helps.care',
          desc: 'One thing a mental health advocate helps with.',
        }),
      () =>
        msg('They help you deal with other services, such as housing or benefits.', {
          id: 'knowledge.mentalHealth.helps.services',
          desc: 'One thing a mental health advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'Contact a local mental health advocacy service or charity. Your GP or care team can also refer you.',
        {
          id: 'knowledge.mentalHealth.howToGet',
          desc: 'How to get community mental health advocacy.',
        },
      ),
    referral: referSelfOrOthers,
  },
  easyRead: EASY_KINDS['mental-health'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'If you are detained under the Mental Health Act 1983, you may have a right to an IMHA instead.',
          {
            id: 'knowledge.mentalHealth.england.note',
            desc: 'Note for England, where this kind of advocacy is not a legal right. IMHA is another kind of advocacy.',
          },
        ),
      sources: [S.seed002, S.mha1983s130C],
    },
    wales: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'If you are in hospital for your mental health, you have a right to an IMHA, even if you are not detained.',
          {
            id: 'knowledge.mentalHealth.wales.note',
            desc: 'Note for Wales, where advocacy in the community is not a legal right. IMHA is another kind of advocacy.',
          },
        ),
      sources: [S.seed002, S.mhWalesMeasure2010Part4],
    },
    scotland: {
      status: 'legal-right',
      route: scotlandRight,
      note: scotlandHow,
      sources: [S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.mhOrderNI1986, S.seed002],
    },
  },
  sources: [S.mhctScotland2003s259, S.seed002],
  checked: LAST_CHECKED,
};

// ---------------------------------------------------------------------------------------------
// Other kinds of advocacy.

const community: AdvocacyKind = {
  id: 'community',
  group: 'other',
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
  easyRead: EASY_KINDS['community'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { status: 'not-a-legal-right', note: notARight, sources: [S.seed002, S.advocacyQpm] },
    wales: {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed002, S.walesPart10CodeCh8],
    },
    scotland: scotlandPartly,
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed002, S.advocacyQpm],
    },
  },
  sources: [S.seed002, S.seed000, S.advocacyQpm],
  checked: LAST_CHECKED,
};

const citizen: AdvocacyKind = {
  id: 'citizen',
  group: 'other',
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
  easyRead: EASY_KINDS['citizen'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { status: 'not-a-legal-right', note: notARight, sources: [S.seed000, S.advocacyQpm] },
    wales: { status: 'not-a-legal-right', note: notARight, sources: [S.walesPart10CodeCh8] },
    scotland: scotlandPartly,
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed000, S.advocacyQpm],
    },
  },
  sources: [S.walesPart10CodeCh8, S.seed000],
  checked: LAST_CHECKED,
};

const collectiveAdvocacy: Text = () =>
  msg('Collective advocacy', {
    id: 'knowledge.group.localName',
    desc: 'Another name for group advocacy, used in Wales and Scotland: a short name.',
  });

const group: AdvocacyKind = {
  id: 'group',
  group: 'other',
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
  easyRead: EASY_KINDS['group'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { status: 'not-a-legal-right', note: notARight, sources: [S.seed000, S.advocacyQpm] },
    wales: {
      status: 'not-a-legal-right',
      localName: collectiveAdvocacy,
      note: notARight,
      sources: [S.walesPart10CodeCh8],
    },
    scotland: {
      ...scotlandPartly,
      localName: collectiveAdvocacy,
    },
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed000, S.advocacyQpm],
    },
  },
  sources: [S.walesPart10CodeCh8, S.seed000],
  checked: LAST_CHECKED,
};

const peer: AdvocacyKind = {
  id: 'peer',
  group: 'other',
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
  easyRead: EASY_KINDS['peer'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { status: 'not-a-legal-right', note: notARight, sources: [S.seed004, S.advocacyQpm] },
    wales: { status: 'not-a-legal-right', note: notARight, sources: [S.walesPart10CodeCh8] },
    scotland: scotlandPartly,
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed004, S.advocacyQpm],
    },
  },
  sources: [S.walesPart10CodeCh8, S.seed004],
  checked: LAST_CHECKED,
};

const self: AdvocacyKind = {
  id: 'self',
  group: 'other',
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
  easyRead: EASY_KINDS['self'],
  referral: { self: true, family: true, professional: true },
  nations: {
    england: { status: 'not-a-legal-right', note: notARight, sources: [S.seed003, S.seed001] },
    wales: { status: 'not-a-legal-right', note: notARight, sources: [S.walesPart10CodeCh8] },
    scotland: {
      status: 'not-a-legal-right',
      note: notARight,
      sources: [S.seed003, S.siaaPrinciples],
    },
    'northern-ireland': { status: 'not-a-legal-right', note: notARight, sources: [S.seed003] },
  },
  sources: [S.walesPart10CodeCh8, S.seed003, S.seed001],
  checked: LAST_CHECKED,
};

const paidNote: Text = () =>
  msg('Paid advocacy is never a legal right. You choose whether to pay for it.', {
    id: 'knowledge.paid.note',
    desc: 'Note under every nation for paid advocacy.',
  });

const paid: AdvocacyKind = {
  id: 'paid',
  group: 'other',
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
  easyRead: EASY_KINDS['paid'],
  referral: { self: true, family: true, professional: false },
  nations: {
    england: { status: 'not-a-legal-right', note: paidNote, sources: [S.seed002] },
    wales: { status: 'not-a-legal-right', note: paidNote, sources: [S.seed002] },
    scotland: { status: 'not-a-legal-right', note: paidNote, sources: [S.seed002] },
    'northern-ireland': { status: 'not-a-legal-right', note: paidNote, sources: [S.seed002] },
  },
  sources: [S.seed002],
  checked: LAST_CHECKED,
};

const spotPurchaseNote: Text = () =>
  msg(
    'Spot purchase is not a separate right. It is one way a council or the NHS can meet a right you already have.',
    {
      id: 'knowledge.spotPurchase.note',
      desc: 'Note under every nation for spot-purchase advocacy.',
    },
  );

const spotPurchase: AdvocacyKind = {
  id: 'spot-purchase',
  group: 'other',
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
  easyRead: EASY_KINDS['spot-purchase'],
  referral: { self: false, family: false, professional: true },
  nations: {
    england: { status: 'not-a-legal-right', note: spotPurchaseNote, sources: [S.seed002] },
    wales: { status: 'not-a-legal-right', note: spotPurchaseNote, sources: [S.seed002] },
    scotland: { status: 'not-a-legal-right', note: spotPurchaseNote, sources: [S.seed002] },
    'northern-ireland': {
      status: 'not-a-legal-right',
      note: spotPurchaseNote,
      sources: [S.seed002],
    },
  },
  sources: [S.seed002],
  checked: LAST_CHECKED,
};

/**
 * A kind with the easy read of its nation routes (./easy-read-nations.ts) attached to each route,
 * as `easyRead` beside the standard `localName`, `route` and `note`.
 */
function withEasyNations(kind: AdvocacyKind): AdvocacyKind {
  const easy = EASY_NATIONS[kind.id];
  const nations = Object.fromEntries(
    NATIONS.map((n): [Nation, NationRoute] => [n, { ...kind.nations[n], easyRead: easy[n] }]),
  ) as Record<Nation, NationRoute>;
  return { ...kind, nations };
}

/** Every kind, in the order of ADVOCACY_KIND_IDS. */
export const KINDS: readonly AdvocacyKind[] = [
  imha,
  imca,
  careAct,
  nhsComplaints,
  children,
  community,
  learningDisabilityAutism,
  mentalHealth,
  citizen,
  group,
  peer,
  self,
  paid,
  spotPurchase,
].map(withEasyNations);
