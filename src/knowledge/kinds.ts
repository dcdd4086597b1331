/**
 * The fourteen kinds of advocacy, with what the law says about each in England, Wales, Scotland
 * and Northern Ireland. Every fact keeps its sources (see ./sources.ts) and a checked date.
 *
 * Writing rules (docs: /work/shared/CONTENT.md): plain English, "you", active voice, at most 25
 * words a sentence, acronyms expanded on first use, "council" rather than "local authority".
 * One whole sentence or paragraph per message; never join fragments.
 */
import { msg } from '@lit/localize';
import type { AdvocacyKind, Text } from './types.js';
import { LAST_CHECKED, SOURCES as S } from './sources.js';

// ---------------------------------------------------------------------------------------------
// Texts shared by several kinds (one message each, so translators see them once).

const notARight: Text = () =>
  msg(
    'No law gives you a right to this kind of advocacy in this part of the UK. What is available depends on where you live.',
    {
      id: 'knowledge.shared.notARight',
      desc: 'Note under a nation where a kind of advocacy is not a legal right.',
    },
  );

const scotlandRight: Text = () =>
  msg(
    'In Scotland, the law gives everyone with a mental illness, personality disorder, learning disability, dementia or similar condition a right to independent advocacy. You do not need a diagnosis.',
    {
      id: 'knowledge.shared.scotland.right',
      desc: 'The right in section 259 of the Mental Health (Care and Treatment) (Scotland) Act 2003, shown under Scotland.',
    },
  );

const scotlandHow: Text = () =>
  msg(
    'You can contact an independent advocacy service yourself. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
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

// ---------------------------------------------------------------------------------------------
// A legal right in at least one nation.

const imha: AdvocacyKind = {
  id: 'imha',
  group: 'legal-right',
  acronym: 'IMHA',
  standard: {
    name: () =>
      msg('Independent Mental Health Advocate', {
        id: 'knowledge.imha.name',
        desc: 'Name of a kind of advocacy, used as a heading. The acronym IMHA is shown after it.',
      }),
    summary: () =>
      msg(
        'An Independent Mental Health Advocate (IMHA) helps you understand and use your rights under mental health law. They are on your side and do not work for the hospital.',
        { id: 'knowledge.imha.summary', desc: 'Summary of IMHA advocacy.' },
      ),
    whoFor: () =>
      msg(
        'IMHAs are for people who are treated under mental health law, most often in hospital. Who can have one depends on where you live in the UK.',
        { id: 'knowledge.imha.whoFor', desc: 'Who IMHA advocacy is for, in general.' },
      ),
    helpsWith: [
      () =>
        msg('They explain the mental health law that applies to you and what it means for you.', {
          id: 'knowledge.imha.helps.law',
          desc: 'One thing an IMHA helps with.',
        }),
      () =>
        msg('They help you understand your treatment and the rules about it.', {
          id: 'knowledge.imha.helps.treatment',
          desc: 'One thing an IMHA helps with.',
        }),
      () =>
        msg('They help you take part in meetings and ward rounds about your care.', {
          id: 'knowledge.imha.helps.meetings',
          desc: 'One thing an IMHA helps with. A ward round is a regular meeting of hospital staff about a patient.',
        }),
      () =>
        msg('They help you use your rights, such as asking a tribunal to end your detention.', {
          id: 'knowledge.imha.helps.rights',
          desc: 'One thing an IMHA helps with.',
        }),
      () =>
        msg('They help you raise a concern or make a complaint about your care.', {
          id: 'knowledge.imha.helps.complaint',
          desc: 'One thing an IMHA helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'Ask a member of staff for the advocacy service, or contact it yourself. The service is free.',
        { id: 'knowledge.imha.howToGet', desc: 'How to get an IMHA, in general.' },
      ),
    referral: () =>
      msg(
        'You can contact an IMHA yourself. Family, friends and staff can also ask one to visit you.',
        { id: 'knowledge.imha.referral', desc: 'Who can ask for an IMHA.' },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          'In England, you can have an IMHA if you are detained under most sections of the Mental Health Act 1983. You can also have one on a community treatment order, under guardianship, or as a restricted patient on conditional discharge. If you are not detained, you can have one when doctors discuss certain serious treatments with you, such as brain surgery for a mental disorder. If you are under 18, this includes electroconvulsive therapy (ECT). Staff must tell you about IMHAs and how to contact one.',
          {
            id: 'knowledge.imha.england.route',
            desc: 'Who can have an IMHA in England and how. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'Short-term holding powers do not give you a right to an IMHA in England. These are sections 4, 5(2), 5(4), 135 and 136 of the Mental Health Act 1983. Some areas offer IMHAs to more people than the law requires, so it is worth asking. The Mental Health Act 2025 is changing parts of this law step by step over several years. Ask the ward staff or your council which rules apply to you now.',
          {
            id: 'knowledge.imha.england.note',
            desc: 'Limits of the IMHA right in England, and a change in the law. Keep the section numbers and Act names as they are.',
          },
        ),
      sources: [S.mha1983s130AtoD, S.mha1983s130C, S.mhaCode2015, S.mha2025, S.seed000, S.seed001],
    },
    wales: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Wales, you can have an IMHA if you are detained under the Mental Health Act 1983, on a community treatment order or under guardianship. You can also have one if you are in a hospital in Wales for your mental health and you are not detained. Ask the ward staff, or contact the IMHA service yourself.',
          {
            id: 'knowledge.imha.wales.route',
            desc: 'Who can have an IMHA in Wales and how. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'If you are held under a short-term power, such as section 135 or 136, ask staff whether you can have an IMHA.',
          {
            id: 'knowledge.imha.wales.note',
            desc: 'Note for Wales. Keep the section numbers.',
          },
        ),
      sources: [S.mha1983s130EtoL, S.mhWalesMeasure2010Part4, S.mhaCodeWales2016],
    },
    scotland: {
      status: 'legal-right',
      localName: () =>
        msg('Independent advocacy', {
          id: 'knowledge.imha.scotland.localName',
          desc: 'What Scotland calls this kind of advocacy: a short name.',
        }),
      route: scotlandRight,
      note: () =>
        msg(
          'Scotland does not use the name IMHA. Your right covers you in hospital and at home, whether or not you are detained. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
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
          'Advocacy for people in mental health hospitals is available in many areas of Northern Ireland. Ask the ward staff or your Health and Social Care Trust.',
          {
            id: 'knowledge.imha.ni.route',
            desc: 'How to find mental health advocacy in Northern Ireland.',
          },
        ),
      note: () =>
        msg(
          'Northern Ireland has no IMHA scheme in law. The Mental Health (Northern Ireland) Order 1986 does not give you a right to an advocate. If you cannot make some decisions yourself, the Mental Capacity Act (Northern Ireland) 2016 may give you a right to an advocate.',
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

const imca: AdvocacyKind = {
  id: 'imca',
  group: 'legal-right',
  acronym: 'IMCA',
  standard: {
    name: () =>
      msg('Independent Mental Capacity Advocate', {
        id: 'knowledge.imca.name',
        desc: 'Name of a kind of advocacy, used as a heading. The acronym IMCA is shown after it.',
      }),
    summary: () =>
      msg(
        'An Independent Mental Capacity Advocate (IMCA) speaks up for you when you cannot make an important decision yourself. They make sure your wishes, feelings and rights are part of the decision.',
        { id: 'knowledge.imca.summary', desc: 'Summary of IMCA advocacy.' },
      ),
    whoFor: () =>
      msg(
        'You may need an IMCA if you are 16 or over and cannot make a serious decision yourself. It applies when there is no family member or friend who can be asked about it. People who are paid to care for you do not count.',
        { id: 'knowledge.imca.whoFor', desc: 'Who IMCA advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg(
          'They find out what you want and how you feel, even if you cannot tell them in words.',
          {
            id: 'knowledge.imca.helps.wishes',
            desc: 'One thing an IMCA helps with.',
          },
        ),
      () =>
        msg('They can read records about you and talk to people who know you.', {
          id: 'knowledge.imca.helps.records',
          desc: 'One thing an IMCA helps with.',
        }),
      () =>
        msg('They check that the people making the decision follow the law.', {
          id: 'knowledge.imca.helps.law',
          desc: 'One thing an IMCA helps with.',
        }),
      () =>
        msg('They write a report that the people making the decision must take into account.', {
          id: 'knowledge.imca.helps.report',
          desc: 'One thing an IMCA helps with.',
        }),
      () =>
        msg('They can ask questions and challenge a decision if they think it is wrong.', {
          id: 'knowledge.imca.helps.challenge',
          desc: 'One thing an IMCA helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'The NHS or council team making the decision arranges the IMCA. If you think someone needs one, tell that team.',
        { id: 'knowledge.imca.howToGet', desc: 'How to get an IMCA, in general.' },
      ),
    referral: () =>
      msg(
        'Only the NHS or council team making the decision can ask for an IMCA. Anyone who is worried can raise it with that team.',
        { id: 'knowledge.imca.referral', desc: 'Who can ask for an IMCA.' },
      ),
  },
  referral: { self: false, family: false, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          'In England, the NHS or council must arrange an IMCA before a decision about serious medical treatment. They must also arrange one before a long stay in a hospital or care home. This means more than 28 days in hospital or more than 8 weeks in a care home. They may also arrange one for a review of where you live, or when they look into abuse or neglect.',
          {
            id: 'knowledge.imca.england.route',
            desc: 'When an IMCA must or may be arranged in England.',
          },
        ),
      note: () =>
        msg(
          'IMCAs also help people under the Deprivation of Liberty Safeguards (DoLS). You or your representative can ask for one. An IMCA is also arranged when there is nobody else to consult, or while you have no representative.',
          {
            id: 'knowledge.imca.england.note',
            desc: 'The IMCA role under the Deprivation of Liberty Safeguards in England. Keep the acronym DoLS.',
          },
        ),
      sources: [S.mca2005s35to41, S.mca2005s39Ato39D, S.imcaExpansionRegs2006, S.mcaCode],
    },
    wales: {
      status: 'legal-right',
      route: () =>
        msg(
          'In Wales, the NHS or council must arrange an IMCA before a decision about serious medical treatment. They must also arrange one before a long stay in a hospital or care home. They may be able to arrange one in other situations too, such as adult protection, so ask.',
          {
            id: 'knowledge.imca.wales.route',
            desc: 'When an IMCA must or may be arranged in Wales.',
          },
        ),
      note: () =>
        msg(
          'IMCAs also help people under the Deprivation of Liberty Safeguards (DoLS). You or your representative can ask for one.',
          {
            id: 'knowledge.imca.wales.note',
            desc: 'The IMCA role under the Deprivation of Liberty Safeguards in Wales. Keep the acronym DoLS.',
          },
        ),
      sources: [S.mca2005s35to41, S.mca2005s39Ato39D, S.imcaWalesRegs2007, S.mcaCode],
    },
    scotland: {
      status: 'partly',
      route: scotlandRight,
      note: () =>
        msg(
          'Scotland does not have IMCAs. Decisions for adults who cannot decide for themselves come under the Adults with Incapacity (Scotland) Act 2000. The Scottish Independent Advocacy Alliance can tell you which services work in your area.',
          {
            id: 'knowledge.imca.scotland.note',
            desc: 'Note for Scotland. Keep the Act and organisation names in English.',
          },
        ),
      sources: [S.awiScotland2000, S.mhctScotland2003s259, S.scotlandCommissionersGuide],
    },
    'northern-ireland': {
      status: 'partly',
      route: () =>
        msg(
          'In Northern Ireland, some parts of the Mental Capacity Act (Northern Ireland) 2016 are in force. They give some people aged 16 or over an IMCA. The main example is when a Health and Social Care Trust wants to deprive you of your liberty for your care.',
          {
            id: 'knowledge.imca.ni.route',
            desc: 'The IMCA right in Northern Ireland. Keep the Act name in English.',
          },
        ),
      note: () =>
        msg(
          'The rest of this law is not in force yet, so the rules may change. Ask your Health and Social Care Trust whether you can have an IMCA.',
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
  standard: {
    name: () =>
      msg('Care Act advocate', {
        id: 'knowledge.careAct.name',
        desc: 'Name of a kind of advocacy, used as a heading. The Care Act is a law in England.',
      }),
    summary: () =>
      msg(
        'A Care Act advocate helps you take part in decisions the council makes about your care and support. They help you say what you want and make sure the council listens.',
        { id: 'knowledge.careAct.summary', desc: 'Summary of Care Act advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for adults who need care and support, and for carers. You may have one if you would find it very hard to take part without help, and nobody suitable can help you.',
        { id: 'knowledge.careAct.whoFor', desc: 'Who Care Act advocacy is for, in general.' },
      ),
    helpsWith: [
      () =>
        msg("They help you take part in your needs assessment or carer's assessment.", {
          id: 'knowledge.careAct.helps.assessment',
          desc: 'One thing a Care Act advocate helps with.',
        }),
      () =>
        msg('They help you plan your care and support, and review it later.', {
          id: 'knowledge.careAct.helps.plan',
          desc: 'One thing a Care Act advocate helps with.',
        }),
      () =>
        msg(
          'They support you if the council looks into whether you are at risk of abuse or neglect.',
          {
            id: 'knowledge.careAct.helps.safeguarding',
            desc: 'One thing a Care Act advocate helps with (adult safeguarding).',
          },
        ),
      () =>
        msg('They help you understand your choices and say what you want.', {
          id: 'knowledge.careAct.helps.choices',
          desc: 'One thing a Care Act advocate helps with.',
        }),
      () =>
        msg('They can help you challenge a decision if you do not agree with it.', {
          id: 'knowledge.careAct.helps.challenge',
          desc: 'One thing a Care Act advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg("Ask your social worker or the council's adult social care team for an advocate.", {
        id: 'knowledge.careAct.howToGet',
        desc: 'How to get a Care Act advocate, in general.',
      }),
    referral: () =>
      msg(
        'The council arranges the advocate. You, your family or your friends can ask the council for one.',
        {
          id: 'knowledge.careAct.referral',
          desc: 'Who can ask for a Care Act advocate.',
        },
      ),
  },
  referral: { self: false, family: false, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          'In England, the council must arrange an advocate if you would have substantial difficulty taking part, and nobody suitable can help you. Substantial difficulty means you find it very hard to do one or more of four things. These are understanding information, remembering it, using or weighing it up, and telling people your views, wishes or feelings. Someone is not suitable if they are paid to care for you, or if you do not want them to help. Carers, and young people moving to adult services, can have an advocate too.',
          {
            id: 'knowledge.careAct.england.route',
            desc: 'Who can have a Care Act advocate in England: the four areas of "substantial difficulty" and the "appropriate person" rule.',
          },
        ),
      note: () =>
        msg(
          'In some situations, the council must arrange an advocate even if a family member or friend could help. Ask the council if this applies to you.',
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
          'In Wales, the council must arrange an Independent Professional Advocate in some cases. This applies when you can only take part in your assessment, care planning, review or safeguarding with help, and nobody suitable can give it.',
          {
            id: 'knowledge.careAct.wales.route',
            desc: 'When the council in Wales must arrange an Independent Professional Advocate.',
          },
        ),
      note: () =>
        msg(
          "The Care Act 2014 advocacy rules apply in England only. In Wales, the rules come from Wales's own social services law.",
          {
            id: 'knowledge.careAct.wales.note',
            desc: 'Note for Wales. Keep the Act name in English.',
          },
        ),
      sources: [S.sswbaWales2014Part10, S.walesPart10Code],
    },
    scotland: {
      status: 'partly',
      route: scotlandRight,
      note: () =>
        msg(
          'Scotland has no Care Act advocates. If the council looks into whether you are at risk of harm, it must think about whether you need an advocate.',
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
        msg(
          'Northern Ireland has no law like the Care Act that gives you a right to this kind of advocate. Ask your Health and Social Care Trust about advocacy near you.',
          {
            id: 'knowledge.careAct.ni.route',
            desc: 'Care and support advocacy in Northern Ireland.',
          },
        ),
      sources: [S.careAct2014s67to68],
    },
  },
  sources: [S.careAct2014s67to68, S.careAdvocacyRegs2014, S.sswbaWales2014Part10],
  checked: LAST_CHECKED,
};

const nhsComplaints: AdvocacyKind = {
  id: 'nhs-complaints',
  group: 'legal-right',
  standard: {
    name: () =>
      msg('NHS complaints advocacy', {
        id: 'knowledge.nhsComplaints.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
    summary: () =>
      msg(
        "NHS complaints advocacy gives you free, independent help to complain about NHS care or treatment. It can help with a complaint about your own care or someone else's.",
        { id: 'knowledge.nhsComplaints.summary', desc: 'Summary of NHS complaints advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants to complain about an NHS service. You can also complain for a family member or friend, with their agreement or if they have died.',
        { id: 'knowledge.nhsComplaints.whoFor', desc: 'Who NHS complaints advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They explain how the NHS complaints process works and what your options are.', {
          id: 'knowledge.nhsComplaints.helps.process',
          desc: 'One thing a complaints advocate helps with.',
        }),
      () =>
        msg('They help you write letters and plan what you want to say.', {
          id: 'knowledge.nhsComplaints.helps.letters',
          desc: 'One thing a complaints advocate helps with.',
        }),
      () =>
        msg('Some services can come with you to meetings about your complaint.', {
          id: 'knowledge.nhsComplaints.helps.meetings',
          desc: 'One thing a complaints advocate may help with.',
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
        'Contact the complaints advocacy service for your area yourself. Your council, GP surgery or hospital can tell you who provides it.',
        { id: 'knowledge.nhsComplaints.howToGet', desc: 'How to get NHS complaints advocacy.' },
      ),
    referral: () =>
      msg(
        'You can contact the service yourself. A family member, friend or professional can also contact it for you, with your agreement.',
        {
          id: 'knowledge.nhsComplaints.referral',
          desc: 'Who can ask for NHS complaints advocacy.',
        },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          "In England, every council must arrange independent NHS complaints advocacy for its area. Your council's website will say who provides it.",
          {
            id: 'knowledge.nhsComplaints.england.route',
            desc: 'NHS complaints advocacy in England.',
          },
        ),
      sources: [S.lgpih2007s223A, S.hsca2012s185],
    },
    wales: {
      status: 'legal-right',
      localName: () =>
        msg('Llais', {
          id: 'knowledge.nhsComplaints.wales.localName',
          desc: 'Name of the body in Wales. Do not translate.',
        }),
      route: () =>
        msg(
          'In Wales, Llais gives free complaints advocacy. It can help anyone with a complaint about the NHS, and adults with a complaint about social care.',
          {
            id: 'knowledge.nhsComplaints.wales.route',
            desc: 'NHS complaints advocacy in Wales. Keep the name Llais.',
          },
        ),
      note: () =>
        msg(
          'Children and young people with a complaint about social services may need a different advocacy service. Ask your council.',
          { id: 'knowledge.nhsComplaints.wales.note', desc: 'Note for Wales.' },
        ),
      sources: [S.hscqeWales2020s16, S.nhsWalesAct2006s187],
    },
    scotland: {
      status: 'legal-right',
      localName: () =>
        msg('Patient Advice and Support Service (PASS)', {
          id: 'knowledge.nhsComplaints.scotland.localName',
          desc: 'Name of the service in Scotland. Keep the official name and acronym.',
        }),
      route: () =>
        msg(
          'In Scotland, the Patient Advice and Support Service (PASS) gives free advice and support to make an NHS complaint. Citizens Advice Scotland runs it.',
          {
            id: 'knowledge.nhsComplaints.scotland.route',
            desc: 'NHS complaints support in Scotland. Keep the organisation names in English.',
          },
        ),
      note: () =>
        msg('PASS can also put you in touch with an advocacy service if you need more help.', {
          id: 'knowledge.nhsComplaints.scotland.note',
          desc: 'Note for Scotland.',
        }),
      sources: [S.patientRightsScotland2011s17to18, S.seed004],
    },
    'northern-ireland': {
      status: 'legal-right',
      localName: () =>
        msg('Patient and Client Council', {
          id: 'knowledge.nhsComplaints.ni.localName',
          desc: 'Name of the body in Northern Ireland. Keep the official name.',
        }),
      route: () =>
        msg(
          'In Northern Ireland, the Patient and Client Council gives free help to make a complaint about health and social care.',
          {
            id: 'knowledge.nhsComplaints.ni.route',
            desc: 'Health complaints support in Northern Ireland.',
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

const children: AdvocacyKind = {
  id: 'children',
  group: 'legal-right',
  standard: {
    name: () =>
      msg('Advocacy for children and young people', {
        id: 'knowledge.children.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
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
        msg('They help you make a complaint if you are not happy with how you are treated.', {
          id: 'knowledge.children.helps.complaint',
          desc: "One thing a children's advocate helps with.",
        }),
      () =>
        msg('They explain your rights and your choices in a way that makes sense to you.', {
          id: 'knowledge.children.helps.rights',
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
        'Ask your social worker or carer for an advocate, or contact the advocacy service yourself. Your council can tell you who provides it.',
        { id: 'knowledge.children.howToGet', desc: "How to get a children's advocate." },
      ),
    referral: () =>
      msg(
        'You can ask for an advocate yourself. A parent, carer, social worker or teacher can also ask for you.',
        {
          id: 'knowledge.children.referral',
          desc: "Who can ask for a children's advocate.",
        },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'legal-right',
      route: () =>
        msg(
          "In England, the council must arrange an advocate if you want to make a complaint or raise a concern about its services. This applies if you are in care, a care leaver, or getting help from children's social care. Many councils also offer an advocate for reviews and child protection meetings, so ask your social worker.",
          { id: 'knowledge.children.england.route', desc: "Children's advocacy in England." },
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
      route: () =>
        msg(
          'In Wales, the council must arrange an advocate if you want to make a complaint or raise a concern about its services. This applies if you are in care, a care leaver, or getting care and support from the council. The council should also offer you an advocate when you start being looked after, or when there is a child protection conference about you.',
          {
            id: 'knowledge.children.wales.route',
            desc: "Children's advocacy in Wales (including the 'active offer').",
          },
        ),
      sources: [S.sswbaWales2014s178, S.walesRepresentationsRegs2019, S.walesPart10Code],
    },
    scotland: {
      status: 'partly',
      localName: () =>
        msg("Children's hearings advocacy", {
          id: 'knowledge.children.scotland.localName',
          desc: "What Scotland calls advocacy at a children's hearing: a short name.",
        }),
      route: () =>
        msg(
          "In Scotland, you can have an advocate to help you at a children's hearing. The chair of the hearing should tell you about it. If you have a mental illness, learning disability or similar condition, you also have a right to independent advocacy.",
          { id: 'knowledge.children.scotland.route', desc: "Children's advocacy in Scotland." },
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
          'In Northern Ireland, the law does not give children a right to an advocate in the same way as in England and Wales. Ask your social worker, or the Northern Ireland Commissioner for Children and Young People (NICCY), what help there is.',
          {
            id: 'knowledge.children.ni.route',
            desc: "Children's advocacy in Northern Ireland. Keep the Commissioner's name and acronym in English.",
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
  standard: {
    name: () =>
      msg('Learning disability and autism advocacy', {
        id: 'knowledge.learningDisabilityAutism.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
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
        msg('They help you make decisions about your everyday life, such as where you live.', {
          id: 'knowledge.learningDisabilityAutism.helps.decisions',
          desc: 'One thing this kind of advocate helps with.',
        }),
      () =>
        msg('They help you understand your rights and raise concerns.', {
          id: 'knowledge.learningDisabilityAutism.helps.rights',
          desc: 'One thing this kind of advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'Contact a local advocacy service or a learning disability or autism charity. Your council or GP can tell you what is near you.',
        {
          id: 'knowledge.learningDisabilityAutism.howToGet',
          desc: 'How to get this kind of advocacy.',
        },
      ),
    referral: () =>
      msg(
        'You can contact the service yourself. Family, friends, carers and professionals can also refer you, with your agreement.',
        {
          id: 'knowledge.learningDisabilityAutism.referral',
          desc: 'Who can ask for this kind of advocacy.',
        },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'No law gives you a right to this kind of advocacy in England. You may still have a right to a Care Act advocate, an IMCA or an IMHA in some situations.',
          { id: 'knowledge.learningDisabilityAutism.england.note', desc: 'Note for England.' },
        ),
      sources: [S.seed002, S.advocacyQpm],
    },
    wales: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'No law gives you a right to this kind of advocacy in Wales. You may still have a right to an Independent Professional Advocate, an IMCA or an IMHA in some situations.',
          { id: 'knowledge.learningDisabilityAutism.wales.note', desc: 'Note for Wales.' },
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
  standard: {
    name: () =>
      msg('Mental health advocacy in the community', {
        id: 'knowledge.mentalHealth.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
    summary: () =>
      msg(
        'Community mental health advocacy helps you have a say in your mental health care. An advocate helps you speak up and be heard.',
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
        msg('They help you understand your care plan, your treatment options and your rights.', {
          id: 'knowledge.mentalHealth.helps.care',
          desc: 'One thing a mental health advocate helps with.',
        }),
      () =>
        msg('They help you raise a concern or make a complaint about your care.', {
          id: 'knowledge.mentalHealth.helps.complaint',
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
        'Contact a local mental health advocacy service or mental health charity. Your GP or care team can also refer you.',
        {
          id: 'knowledge.mentalHealth.howToGet',
          desc: 'How to get community mental health advocacy.',
        },
      ),
    referral: () =>
      msg(
        'You can contact the service yourself. Family, friends and your care team can also refer you, with your agreement.',
        {
          id: 'knowledge.mentalHealth.referral',
          desc: 'Who can ask for community mental health advocacy.',
        },
      ),
  },
  referral: { self: true, family: true, professional: true },
  nations: {
    england: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'No law gives you a right to this kind of advocacy in England. If you are detained under the Mental Health Act 1983, you may have a right to an IMHA instead.',
          { id: 'knowledge.mentalHealth.england.note', desc: 'Note for England.' },
        ),
      sources: [S.seed002, S.mha1983s130C],
    },
    wales: {
      status: 'not-a-legal-right',
      note: () =>
        msg(
          'No law gives you a right to this kind of advocacy in the community in Wales. If you are in hospital for your mental health, you have a right to an IMHA, even if you are not detained.',
          { id: 'knowledge.mentalHealth.wales.note', desc: 'Note for Wales.' },
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
  standard: {
    name: () =>
      msg('Community advocacy', {
        id: 'knowledge.community.name',
        desc: 'Name of a kind of advocacy, used as a heading. Also called general advocacy.',
      }),
    summary: () =>
      msg(
        'Community advocacy gives you an independent advocate when the law does not give you a right to one. Charities and councils run it to help people be heard.',
        { id: 'knowledge.community.summary', desc: 'Summary of community advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people who find it hard to speak up or be heard by services. Who can use it depends on what your local service offers.',
        { id: 'knowledge.community.whoFor', desc: 'Who community advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They help you understand your options and your rights.', {
          id: 'knowledge.community.helps.options',
          desc: 'One thing a community advocate helps with.',
        }),
      () =>
        msg('They help you speak up at meetings or in letters.', {
          id: 'knowledge.community.helps.speakUp',
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
      msg(
        'Contact your local advocacy service, or ask your council who provides community advocacy near you.',
        {
          id: 'knowledge.community.howToGet',
          desc: 'How to get community advocacy.',
        },
      ),
    referral: () =>
      msg(
        'You can usually contact the service yourself. Family, friends and professionals can also refer you, with your agreement.',
        { id: 'knowledge.community.referral', desc: 'Who can ask for community advocacy.' },
      ),
  },
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
  standard: {
    name: () =>
      msg('Citizen advocacy', {
        id: 'knowledge.citizen.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
    summary: () =>
      msg(
        'In citizen advocacy, a trained volunteer gets to know you and supports you over a long time. They stand by you and help you speak up.',
        { id: 'knowledge.citizen.summary', desc: 'Summary of citizen advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is often for people who have few friends or family around them and would like someone on their side.',
        {
          id: 'knowledge.citizen.whoFor',
          desc: 'Who citizen advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg('A citizen advocate spends time with you and gets to know what matters to you.', {
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
      () =>
        msg('They stay with you over time, not just for one problem.', {
          id: 'knowledge.citizen.helps.longTerm',
          desc: 'One thing a citizen advocate does.',
        }),
    ],
    howToGet: () =>
      msg(
        'Ask a local advocacy service whether it runs a citizen advocacy scheme. Schemes are not available everywhere.',
        {
          id: 'knowledge.citizen.howToGet',
          desc: 'How to get a citizen advocate.',
        },
      ),
    referral: () =>
      msg(
        'You can contact a scheme yourself. Family, friends and professionals can also refer you, with your agreement.',
        {
          id: 'knowledge.citizen.referral',
          desc: 'Who can ask for a citizen advocate.',
        },
      ),
  },
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
  standard: {
    name: () =>
      msg('Group advocacy', {
        id: 'knowledge.group.name',
        desc: 'Name of a kind of advocacy, used as a heading. Also called collective advocacy.',
      }),
    summary: () =>
      msg(
        'In group advocacy, people with shared experiences come together to speak up as a group. A group can have a stronger voice than one person alone.',
        { id: 'knowledge.group.summary', desc: 'Summary of group advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants to join with others to change services or decisions that affect them.',
        {
          id: 'knowledge.group.whoFor',
          desc: 'Who group advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg('You meet people who have been through similar things.', {
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
      () =>
        msg('You build the confidence to speak up for yourself too.', {
          id: 'knowledge.group.helps.confidence',
          desc: 'One thing group advocacy offers.',
        }),
    ],
    howToGet: () =>
      msg('Ask a local advocacy service or charity whether there is a group near you.', {
        id: 'knowledge.group.howToGet',
        desc: 'How to find group advocacy.',
      }),
    referral: () =>
      msg(
        'You can join a group yourself. Family, friends or professionals can tell you about groups and put you in touch.',
        {
          id: 'knowledge.group.referral',
          desc: 'Who can help you join a group.',
        },
      ),
  },
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
  standard: {
    name: () =>
      msg('Peer advocacy', {
        id: 'knowledge.peer.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
    summary: () =>
      msg(
        'A peer advocate has been through something similar to you. They use what they have learned to support you and help you speak up.',
        { id: 'knowledge.peer.summary', desc: 'Summary of peer advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people who would like support from someone who understands their situation from their own life.',
        {
          id: 'knowledge.peer.whoFor',
          desc: 'Who peer advocacy is for.',
        },
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
      () =>
        msg('They help you feel more confident to speak up for yourself.', {
          id: 'knowledge.peer.helps.confidence',
          desc: 'One thing a peer advocate does.',
        }),
    ],
    howToGet: () =>
      msg(
        'Ask a local advocacy service or charity whether it has peer advocates. Some schemes are for particular groups, such as older people.',
        { id: 'knowledge.peer.howToGet', desc: 'How to find a peer advocate.' },
      ),
    referral: () =>
      msg(
        'You can contact a scheme yourself. Family, friends and professionals can also refer you, with your agreement.',
        {
          id: 'knowledge.peer.referral',
          desc: 'Who can ask for a peer advocate.',
        },
      ),
  },
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
  standard: {
    name: () =>
      msg('Self-advocacy', {
        id: 'knowledge.self.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
    summary: () =>
      msg(
        'Self-advocacy means speaking up for yourself. You learn the skills and get the support to say what you want and stand up for your rights.',
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
        msg('You practise speaking up, for example at meetings.', {
          id: 'knowledge.self.helps.practise',
          desc: 'One thing self-advocacy offers. British spelling: practise (verb).',
        }),
      () =>
        msg('You meet other people who speak up for themselves.', {
          id: 'knowledge.self.helps.meet',
          desc: 'One thing self-advocacy offers.',
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
    referral: () =>
      msg('You can join a group yourself. Anyone who supports you can help you find one.', {
        id: 'knowledge.self.referral',
        desc: 'Who can help you find self-advocacy.',
      }),
  },
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
  standard: {
    name: () =>
      msg('Paid advocacy', {
        id: 'knowledge.paid.name',
        desc: 'Name of a kind of advocacy, used as a heading.',
      }),
    summary: () =>
      msg(
        'With paid advocacy, you pay an independent advocate to support you. It can help when free advocacy is not available for your situation.',
        { id: 'knowledge.paid.summary', desc: 'Summary of paid advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for anyone who wants an advocate but cannot get free advocacy, or who wants more support than a free service can give.',
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
        msg('They make sure your voice is heard in your situation.', {
          id: 'knowledge.paid.helps.heard',
          desc: 'One thing a paid advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'First check whether you have a right to free advocacy. If not, ask the advocate what they charge before you agree to anything.',
        { id: 'knowledge.paid.howToGet', desc: 'How to get a paid advocate.' },
      ),
    referral: () =>
      msg(
        'You, or someone you trust, contact the advocate directly. Ask for the cost in writing before they start.',
        {
          id: 'knowledge.paid.referral',
          desc: 'Who can ask for a paid advocate.',
        },
      ),
  },
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
  standard: {
    name: () =>
      msg('Spot-purchase advocacy', {
        id: 'knowledge.spotPurchase.name',
        desc: 'Name of a kind of advocacy, used as a heading. "Spot purchase" means buying one service, one time.',
      }),
    summary: () =>
      msg(
        'Spot-purchase advocacy is when a council or NHS body pays for a one-off advocate for you. It happens when you have a right to an advocate but no usual service can help.',
        { id: 'knowledge.spotPurchase.summary', desc: 'Summary of spot-purchase advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people who have a legal right to an advocate when the local service cannot provide one. This can happen in urgent or unusual situations.',
        { id: 'knowledge.spotPurchase.whoFor', desc: 'Who spot-purchase advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('It makes sure you still get an advocate when the usual service cannot help.', {
          id: 'knowledge.spotPurchase.helps.gap',
          desc: 'What spot-purchase advocacy does.',
        }),
      () =>
        msg('The advocate does the same job as the advocate you have a right to.', {
          id: 'knowledge.spotPurchase.helps.sameJob',
          desc: 'What spot-purchase advocacy does.',
        }),
    ],
    howToGet: () =>
      msg(
        'You do not arrange it yourself. If you have a right to an advocate but cannot get one, tell the council or NHS team involved.',
        { id: 'knowledge.spotPurchase.howToGet', desc: 'How spot-purchase advocacy is arranged.' },
      ),
    referral: () =>
      msg(
        'The council or NHS body arranges it. You, your family or your friends can tell them you need an advocate.',
        {
          id: 'knowledge.spotPurchase.referral',
          desc: 'Who can ask for spot-purchase advocacy.',
        },
      ),
  },
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
];
