/**
 * Easy read for every kind of advocacy and every topic: written from scratch for people with a
 * learning disability, low literacy, or who are tired and stressed. Not a shorter standard text.
 *
 * Rules (docs/easy-read.md and /work/shared/CONTENT.md): one idea per sentence, at most 15 words
 * (aim for about 10), everyday words, no acronym on its own, no metaphors, no double negatives,
 * digits for numbers, adult and respectful ("you decide"). One whole sentence or more per message;
 * never join fragments. What differs between the UK nations is in ./easy-read-nations.ts,
 * attached to each nation route as `easyRead`: this text says only what holds everywhere.
 *
 * Budget: this text counts towards the knowledge budget of ./kinds.ts and ./topics.ts (the
 * knowledge test checks it), so say each thing once and reuse the shared messages below.
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindId } from './ids.js';
import type { KindText, Text, TopicText } from './types.js';
import type { TopicId } from './topics.js';

// ---------------------------------------------------------------------------------------------
// Texts shared by several kinds (one message each, so translators see them once).

const contactYourself: Text = () =>
  msg('You can contact the service yourself. Someone else can contact it for you, if you agree.', {
    id: 'knowledge.shared.easy.referral',
    desc: 'Easy read: who can ask for a kind of advocacy that you can contact directly.',
  });

const joinGroup: Text = () =>
  msg('You can join a group yourself. Someone who supports you can help you find one.', {
    id: 'knowledge.shared.easy.joinGroup',
    desc: 'Easy read: who can help you join a group advocacy or self-advocacy group.',
  });

// ---------------------------------------------------------------------------------------------
// Kinds of advocacy.

export const EASY_KINDS: Readonly<Record<AdvocacyKindId, KindText>> = {
  imha: {
    name: () =>
      msg('Mental health advocate', {
        id: 'knowledge.imha.easy.name',
        desc: 'Easy read name of the Independent Mental Health Advocate. The acronym IMHA is shown after it.',
      }),
    summary: () =>
      msg(
        'This advocate helps you use your rights under mental health law. They are on your side. They do not work for the hospital.',
        { id: 'knowledge.imha.easy.summary', desc: 'Easy read summary of IMHA advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for people treated under mental health law, most often in hospital. The rules are different in each part of the UK.',
        { id: 'knowledge.imha.easy.whoFor', desc: 'Easy read: who IMHA advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They explain the law and your treatment to you.', {
          id: 'knowledge.imha.easy.helps.law',
          desc: 'Easy read: one thing an IMHA helps with.',
        }),
      () =>
        msg('They help you speak up in meetings about your care.', {
          id: 'knowledge.imha.easy.helps.meetings',
          desc: 'Easy read: one thing an IMHA helps with.',
        }),
      () =>
        msg('They help you use your rights, like asking to leave hospital.', {
          id: 'knowledge.imha.easy.helps.rights',
          desc: 'Easy read: one thing an IMHA helps with (for example appealing to a tribunal).',
        }),
    ],
    howToGet: () =>
      msg('Ask the staff for a mental health advocate. It is free.', {
        id: 'knowledge.imha.easy.howToGet',
        desc: 'Easy read: how to get an IMHA.',
      }),
    referral: () =>
      msg(
        'You can contact the advocate yourself. Family, friends and staff can ask them to visit you.',
        {
          id: 'knowledge.imha.easy.referral',
          desc: 'Easy read: who can ask for an IMHA.',
        },
      ),
  },

  imca: {
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
        'It is for people aged 16 or over who cannot make a big decision. You get one when there is no family member or friend to ask.',
        { id: 'knowledge.imca.easy.whoFor', desc: 'Easy read: who IMCA advocacy is for.' },
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
        'Only the team making the decision can ask for one. Do you think someone needs one? Tell the team.',
        {
          id: 'knowledge.imca.easy.referral',
          desc: 'Easy read: who can ask for an IMCA.',
        },
      ),
  },

  'care-act': {
    name: () =>
      msg('Advocate for care and support', {
        id: 'knowledge.care-act.easy.name',
        desc: 'Easy read name of the Care Act advocate.',
      }),
    summary: () =>
      msg(
        'This advocate helps you when the council makes decisions about your care. They make sure the council listens to you.',
        { id: 'knowledge.care-act.easy.summary', desc: 'Easy read summary of Care Act advocacy.' },
      ),
    whoFor: () =>
      msg(
        'It is for adults who need care, and for carers. You may get one if taking part is very hard for you. And no family member or friend can help you.',
        { id: 'knowledge.care-act.easy.whoFor', desc: 'Easy read: who Care Act advocacy is for.' },
      ),
    helpsWith: [
      () =>
        msg('They help you in meetings about your needs and your care plan.', {
          id: 'knowledge.care-act.easy.helps.assessment',
          desc: 'Easy read: one thing a Care Act advocate helps with (assessment, care plan, review).',
        }),
      () =>
        msg('They support you if the council checks that you are safe from harm.', {
          id: 'knowledge.care-act.easy.helps.safeguarding',
          desc: 'Easy read: one thing a Care Act advocate helps with (adult safeguarding).',
        }),
      () =>
        msg('They help you say what you want and question decisions.', {
          id: 'knowledge.care-act.easy.helps.choices',
          desc: 'Easy read: one thing a Care Act advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg('Ask your social worker or the council for this advocate.', {
        id: 'knowledge.care-act.easy.howToGet',
        desc: 'Easy read: how to get a Care Act advocate.',
      }),
    referral: () =>
      msg('The council gets you the advocate. You, your family or friends can ask for one.', {
        id: 'knowledge.care-act.easy.referral',
        desc: 'Easy read: who can ask for a Care Act advocate.',
      }),
  },

  'nhs-complaints': {
    name: () =>
      msg('Help to complain about the NHS', {
        id: 'knowledge.nhs-complaints.easy.name',
        desc: 'Easy read name of NHS complaints advocacy.',
      }),
    summary: () =>
      msg('This advocate helps you complain about NHS care. The help is free.', {
        id: 'knowledge.nhs-complaints.easy.summary',
        desc: 'Easy read summary of NHS complaints advocacy.',
      }),
    whoFor: () =>
      msg(
        'It is for anyone who wants to complain about the NHS. You can also complain for a family member or friend. They must agree, unless they have died.',
        {
          id: 'knowledge.nhs-complaints.easy.whoFor',
          desc: 'Easy read: who NHS complaints advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg('They explain how to complain and what you can do.', {
          id: 'knowledge.nhs-complaints.easy.helps.process',
          desc: 'Easy read: one thing a complaints advocate helps with.',
        }),
      () =>
        msg('They help you write letters. Some can come to meetings with you.', {
          id: 'knowledge.nhs-complaints.easy.helps.letters',
          desc: 'Easy read: one thing a complaints advocate helps with.',
        }),
      () =>
        msg('They help you take your complaint further if you are not happy with the answer.', {
          id: 'knowledge.nhs-complaints.easy.helps.further',
          desc: 'Easy read: one thing a complaints advocate helps with (going to the ombudsman).',
        }),
    ],
    howToGet: () =>
      msg(
        'Contact the complaints advocacy service near you. Your council, doctor or hospital can tell you who runs it.',
        {
          id: 'knowledge.nhs-complaints.easy.howToGet',
          desc: 'Easy read: how to get NHS complaints advocacy.',
        },
      ),
    referral: contactYourself,
  },

  children: {
    name: () =>
      msg('Advocate for children and young people', {
        id: 'knowledge.children.easy.name',
        desc: "Easy read name of children's advocacy.",
      }),
    summary: () =>
      msg(
        'This advocate helps you say what you think about decisions in your life. They work for you, not for social services.',
        {
          id: 'knowledge.children.easy.summary',
          desc: "Easy read summary of children's advocacy. Written to the child or young person.",
        },
      ),
    whoFor: () =>
      msg(
        'It is for children and young people in care or leaving care. It is also for those who get help from a social worker.',
        {
          id: 'knowledge.children.easy.whoFor',
          desc: "Easy read: who children's advocacy is for.",
        },
      ),
    helpsWith: [
      () =>
        msg('They help you speak up at meetings about your care.', {
          id: 'knowledge.children.easy.helps.meetings',
          desc: "Easy read: one thing a children's advocate helps with.",
        }),
      () =>
        msg('They tell you about your rights and help you complain.', {
          id: 'knowledge.children.easy.helps.complaint',
          desc: "Easy read: one thing a children's advocate helps with.",
        }),
      () =>
        msg(
          'They only share what you say if you agree. But they must tell someone if a person may be badly hurt.',
          {
            id: 'knowledge.children.easy.helps.private',
            desc: "Easy read: how a children's advocate keeps things private, and the limit.",
          },
        ),
    ],
    howToGet: () =>
      msg('Ask your social worker or carer for an advocate.', {
        id: 'knowledge.children.easy.howToGet',
        desc: "Easy read: how to get a children's advocate.",
      }),
    referral: () =>
      msg(
        'You can ask for an advocate yourself. A parent, carer, social worker or teacher can ask for you.',
        {
          id: 'knowledge.children.easy.referral',
          desc: "Easy read: who can ask for a children's advocate.",
        },
      ),
  },

  community: {
    name: () =>
      msg('Advocacy in your community', {
        id: 'knowledge.community.easy.name',
        desc: 'Easy read name of community advocacy.',
      }),
    summary: () =>
      msg(
        'A local advocate can help you when the law does not give you one. Charities and councils run this help.',
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

  'learning-disability-autism': {
    name: () =>
      msg('Advocacy for learning disability and autism', {
        id: 'knowledge.learning-disability-autism.easy.name',
        desc: 'Easy read name of learning disability and autism advocacy.',
      }),
    summary: () =>
      msg(
        'This advocate talks with you in a way that works for you. They help you have a say in your life.',
        {
          id: 'knowledge.learning-disability-autism.easy.summary',
          desc: 'Easy read summary of learning disability and autism advocacy.',
        },
      ),
    whoFor: () =>
      msg(
        'It is for people with a learning disability and for autistic people. Some services are only for adults.',
        {
          id: 'knowledge.learning-disability-autism.easy.whoFor',
          desc: 'Easy read: who learning disability and autism advocacy is for.',
        },
      ),
    helpsWith: [
      () =>
        msg('They explain things with easy words and pictures.', {
          id: 'knowledge.learning-disability-autism.easy.helps.information',
          desc: 'Easy read: one thing this kind of advocate helps with.',
        }),
      () =>
        msg('They help you get ready for meetings and speak up at them.', {
          id: 'knowledge.learning-disability-autism.easy.helps.meetings',
          desc: 'Easy read: one thing this kind of advocate helps with.',
        }),
      () =>
        msg('They help you make your own choices, like where to live.', {
          id: 'knowledge.learning-disability-autism.easy.helps.decisions',
          desc: 'Easy read: one thing this kind of advocate helps with.',
        }),
    ],
    howToGet: () =>
      msg(
        'Contact a local advocacy service or charity. Your council or doctor can tell you about them.',
        {
          id: 'knowledge.learning-disability-autism.easy.howToGet',
          desc: 'Easy read: how to get this kind of advocacy.',
        },
      ),
    referral: contactYourself,
  },

  'mental-health': {
    name: () =>
      msg('Mental health advocacy where you live', {
        id: 'knowledge.mental-health.easy.name',
        desc: 'Easy read name of mental health advocacy in the community.',
      }),
    summary: () =>
      msg('This advocate helps you have a say in your mental health care.', {
        id: 'knowledge.mental-health.easy.summary',
        desc: 'Easy read summary of community mental health advocacy.',
      }),
    whoFor: () =>
      msg(
        'It is for people with mental health problems who live at home. It is also for people who chose to stay in hospital.',
        {
          id: 'knowledge.mental-health.easy.whoFor',
          desc: 'Easy read: who community mental health advocacy is for (including informal hospital patients).',
        },
      ),
    helpsWith: [
      () =>
        msg('They help you get ready for appointments and speak up at them.', {
          id: 'knowledge.mental-health.easy.helps.appointments',
          desc: 'Easy read: one thing a mental health advocate helps with.',
        }),
      () =>
        msg('They explain your care, your treatment and your rights.', {
          id: 'knowledge.mental-health.easy.helps.care',
          desc: 'Easy read: one thing a mental health advocate helps with.',
        }),
      () =>
        msg('They help with other services, like housing or money.', {
          id: 'knowledge.mental-health.easy.helps.services',
          desc: 'Easy read: one thing a mental health advocate helps with (housing, benefits).',
        }),
    ],
    howToGet: () =>
      msg(
        'Contact a local mental health advocacy service. Your doctor or care team can contact it for you.',
        {
          id: 'knowledge.mental-health.easy.howToGet',
          desc: 'Easy read: how to get community mental health advocacy.',
        },
      ),
    referral: contactYourself,
  },

  citizen: {
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

  group: {
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

  peer: {
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

  self: {
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

  paid: {
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
        'First check if you can get a free advocate. If not, ask how much it costs before you agree.',
        { id: 'knowledge.paid.easy.howToGet', desc: 'Easy read: how to get a paid advocate.' },
      ),
    referral: () =>
      msg('You can contact a paid advocate yourself. Or someone you trust can do it.', {
        id: 'knowledge.paid.easy.referral',
        desc: 'Easy read: who can ask for a paid advocate.',
      }),
  },

  'spot-purchase': {
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
      msg('Do you have a right to an advocate but cannot get one? Tell the council or NHS team.', {
        id: 'knowledge.spot-purchase.easy.howToGet',
        desc: 'Easy read: how spot-purchase advocacy is arranged.',
      }),
    referral: () =>
      msg('The council or NHS sets it up. You, your family or friends can ask them.', {
        id: 'knowledge.spot-purchase.easy.referral',
        desc: 'Easy read: who can ask for spot-purchase advocacy.',
      }),
  },
};

// ---------------------------------------------------------------------------------------------
// Topics. Every block has its picture.

export const EASY_TOPICS: Readonly<Record<TopicId, TopicText>> = {
  'what-is-advocacy': {
    title: () =>
      msg('What is advocacy?', {
        id: 'knowledge.topic.what-is-advocacy.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'advocate',
        text: () =>
          msg('An advocate is someone who is on your side.', {
            id: 'knowledge.topic.what-is-advocacy.easy.onYourSide',
            desc: 'Easy read paragraph: what an advocate is.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'speak-up',
        text: () =>
          msg(
            'They help you say what you want. They make sure people listen to you when they decide things about your life.',
            {
              id: 'knowledge.topic.what-is-advocacy.easy.heard',
              desc: 'Easy read paragraph: what an advocate does for you.',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'decide',
        text: () =>
          msg('You are in charge. The advocate does not decide for you.', {
            id: 'knowledge.topic.what-is-advocacy.easy.inCharge',
            desc: 'Easy read paragraph: the person stays in charge.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'free',
        text: () =>
          msg(
            'Some advocacy is a right by law. It is free and private. It is separate from the NHS and the council.',
            {
              id: 'knowledge.topic.what-is-advocacy.easy.statutory',
              desc: 'Easy read paragraph: advocacy that is a legal right is free, confidential and independent.',
            },
          ),
      },
    ],
  },

  'how-advocates-work': {
    title: () =>
      msg('2 ways advocates work', {
        id: 'knowledge.topic.how-advocates-work.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'speak-up',
        text: () =>
          msg('Most of the time, you tell the advocate what you want. They help you say it.', {
            id: 'knowledge.topic.how-advocates-work.easy.instructed',
            desc: 'Easy read paragraph: instructed advocacy.',
          }),
      },
      {
        type: 'list',
        pictogram: 'question',
        intro: () =>
          msg(
            'Sometimes you may not be able to tell the advocate what you want. This may be why.',
            {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.intro',
              desc: 'Easy read lead-in to a list of four points about mental capacity.',
            },
          ),
        items: [
          () =>
            msg('You cannot understand the information.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.understand',
              desc: 'Easy read list item: the first of four capacity points.',
            }),
          () =>
            msg('You cannot remember it for long enough.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.retain',
              desc: 'Easy read list item: the second of four capacity points.',
            }),
          () =>
            msg('You cannot think it through to decide.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.weigh',
              desc: 'Easy read list item: the third of four capacity points.',
            }),
          () =>
            msg('You cannot tell anyone what you decide in any way.', {
              id: 'knowledge.topic.how-advocates-work.easy.capacity.communicate',
              desc: 'Easy read list item: the fourth of four capacity points (talking, signing, pointing).',
            }),
        ],
      },
      {
        type: 'paragraph',
        pictogram: 'family',
        text: () =>
          msg(
            'Then the advocate gets to know you and the people close to you. They make sure your wishes count.',
            {
              id: 'knowledge.topic.how-advocates-work.easy.nonInstructed',
              desc: 'Easy read paragraph: how non-instructed advocacy works.',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'decide',
        text: () =>
          msg('You may be able to decide more at another time. A good advocate keeps asking you.', {
            id: 'knowledge.topic.how-advocates-work.easy.changes',
            desc: 'Easy read paragraph: capacity can change.',
          }),
      },
    ],
  },

  'what-advocates-do': {
    title: () =>
      msg('What advocates do', {
        id: 'knowledge.topic.what-advocates-do.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'list',
        pictogram: 'tick',
        intro: () =>
          msg('An advocate does these things', {
            id: 'knowledge.topic.what-advocates-do.easy.does.intro',
            desc: 'Easy read heading of a list.',
          }),
        items: [
          () =>
            msg('They listen to you.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.listen',
              desc: 'Easy read list item: something an advocate does.',
            }),
          () =>
            msg('They help you understand information and your choices.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.understand',
              desc: 'Easy read list item: something an advocate does.',
            }),
          () =>
            msg('They help you say what you want. They can say it for you if you ask.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.speak',
              desc: 'Easy read list item: something an advocate does.',
            }),
          () =>
            msg('They can come to meetings with you and help you complain.', {
              id: 'knowledge.topic.what-advocates-do.easy.does.meetings',
              desc: 'Easy read list item: something an advocate does.',
            }),
        ],
      },
      {
        type: 'list',
        pictogram: 'warning',
        intro: () =>
          msg('An advocate does not do these things', {
            id: 'knowledge.topic.what-advocates-do.easy.doesNot.intro',
            desc: 'Easy read heading of a list.',
          }),
        items: [
          () =>
            msg('They do not decide for you or tell you what to do.', {
              id: 'knowledge.topic.what-advocates-do.easy.doesNot.decide',
              desc: 'Easy read list item: something an advocate does not do.',
            }),
          () =>
            msg('They do not give legal advice.', {
              id: 'knowledge.topic.what-advocates-do.easy.doesNot.advice',
              desc: 'Easy read list item: something an advocate does not do.',
            }),
          () =>
            msg('They cannot promise you will get what you want. They make sure people hear you.', {
              id: 'knowledge.topic.what-advocates-do.easy.doesNot.promise',
              desc: 'Easy read list item: something an advocate cannot do.',
            }),
        ],
      },
    ],
  },

  independence: {
    title: () =>
      msg('Advocates are independent', {
        id: 'knowledge.topic.independence.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'advocate',
        text: () =>
          msg('Independent means the advocate is separate from the NHS and the council.', {
            id: 'knowledge.topic.independence.easy.separate',
            desc: 'Easy read paragraph: what independence means.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'council',
        text: () =>
          msg('The council or the NHS may pay for the service. But the advocate works for you.', {
            id: 'knowledge.topic.independence.easy.funding',
            desc: 'Easy read paragraph: who pays does not change whose side the advocate is on.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'rights',
        text: () =>
          msg('For some kinds of advocacy, the law says the advocate must be separate.', {
            id: 'knowledge.topic.independence.easy.law',
            desc: 'Easy read paragraph: independence in law.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'complaint',
        text: () =>
          msg(
            'Do you feel your advocate is not on your side? You can ask for a new one, or complain.',
            {
              id: 'knowledge.topic.independence.easy.complain',
              desc: 'Easy read paragraph: what to do if the advocate does not seem independent.',
            },
          ),
      },
    ],
  },

  cost: {
    title: () =>
      msg('Does advocacy cost money?', {
        id: 'knowledge.topic.cost.easy.title',
        desc: 'Easy read heading of a section.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'free',
        text: () =>
          msg('Advocacy that is a right by law is always free. Most other advocacy is free too.', {
            id: 'knowledge.topic.cost.easy.free',
            desc: 'Easy read paragraph: statutory advocacy is free, and most other advocacy too.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'money',
        text: () =>
          msg(
            'Some advocates ask you to pay. First check if you can get free help. Ask the cost before you agree.',
            {
              id: 'knowledge.topic.cost.easy.paid',
              desc: 'Easy read paragraph: paid advocacy.',
            },
          ),
      },
    ],
  },

  confidentiality: {
    title: () =>
      msg('Keeping things private', {
        id: 'knowledge.topic.confidentiality.easy.title',
        desc: 'Easy read heading of a section about confidentiality.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'private',
        text: () =>
          msg('What you tell your advocate is private. They only share it if you agree.', {
            id: 'knowledge.topic.confidentiality.easy.private',
            desc: 'Easy read paragraph: what you say stays private.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'warning',
        text: () =>
          msg(
            'They must share it if someone may be badly hurt. They must also share it if the law or a court says so.',
            {
              id: 'knowledge.topic.confidentiality.easy.harm',
              desc: 'Easy read paragraph: the limits of confidentiality (risk of serious harm; the law or a court).',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'advocate',
        text: () =>
          msg('Your advocate will tell you about this when you first meet.', {
            id: 'knowledge.topic.confidentiality.easy.explain',
            desc: 'Easy read paragraph: the advocate explains the limits.',
          }),
      },
    ],
  },

  'single-point-of-access': {
    title: () =>
      msg('1 place to ask', {
        id: 'knowledge.topic.single-point-of-access.easy.title',
        desc: 'Easy read heading of a section about a single point of access.',
      }),
    blocks: [
      {
        type: 'paragraph',
        pictogram: 'council',
        text: () =>
          msg('Many councils pay for 1 service to run all the advocacy in the area.', {
            id: 'knowledge.topic.single-point-of-access.easy.what',
            desc: 'Easy read paragraph: what a single point of access is.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'phone',
        text: () =>
          msg(
            'You contact this 1 place. They find the right advocate for you. You do not need to know which kind you need.',
            {
              id: 'knowledge.topic.single-point-of-access.easy.oneContact',
              desc: 'Easy read paragraph: you only need one contact.',
            },
          ),
      },
      {
        type: 'paragraph',
        pictogram: 'form',
        text: () =>
          msg('With some services, you only need to tell your story once.', {
            id: 'knowledge.topic.single-point-of-access.easy.once',
            desc: 'Easy read paragraph: one assessment for all services.',
          }),
      },
      {
        type: 'paragraph',
        pictogram: 'website',
        text: () =>
          msg("To find it, look for advocacy on your council's website. Or phone your council.", {
            id: 'knowledge.topic.single-point-of-access.easy.find',
            desc: 'Easy read paragraph: how to find the single point of access.',
          }),
      },
    ],
  },
};
