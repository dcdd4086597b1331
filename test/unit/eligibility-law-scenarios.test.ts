import { expect } from '@open-wc/testing';
import { assess, isComplete, nextQuestion, questionsToAsk } from '../../src/eligibility/index.js';
import type {
  Answers,
  Outcome,
  Preset,
  QuestionId,
  Strength,
} from '../../src/eligibility/index.js';
import type { AdvocacyKindId } from '../../src/knowledge/ids.js';

// The law as it stands in December 2026 (issue 14), one scenario per piece of legal reasoning,
// across the four nations. Every scenario is a complete set of answers a person could give.

interface Expect {
  kind: AdvocacyKindId;
  strength?: Strength;
  ruleId?: string;
  /** Parts of the titles of legal sources the outcome must list. */
  basis?: string[];
  /** Words the outcome's reasons must contain (standard register). */
  reason?: string;
  /** Words the outcome's easy-read reasons must contain: the same strength, in easy words. */
  easy?: string;
  /** Words none of the outcome's reasons may contain, in either register. */
  never?: string;
}

interface Scenario {
  name: string;
  answers: Answers;
  preset?: Preset;
  has?: Expect[];
  lacks?: { kind: AdvocacyKindId; strength?: Strength }[];
  /** Questions that must not be asked on this path. */
  notAsked?: QuestionId[];
}

// Answers that change nothing unless a scenario says so. Answers to questions not asked are dropped.
const base = {
  role: 'self',
  age: '25-or-over',
  condition: ['none'],
  'mh-status': 'community',
  'special-treatment': 'neither',
  'placed-by': 'here',
  capacity: 'can-decide',
  difficulty: ['none'],
  'children-complaint': 'no',
} as const;

const dols = {
  ...base,
  role: 'family-friend',
  situation: ['liberty'],
  condition: ['dementia'],
  capacity: 'lacks',
  'liberty-setting': 'care-home-hospital',
} as const;

const careAssessment = {
  ...base,
  situation: ['social-care'],
  difficulty: ['understanding'],
  support: 'no-one',
} as const;

const cases: Scenario[] = [
  // ----- Deprivation of Liberty Safeguards: three IMCA rights, each with its own condition
  {
    name: 'England: authorisation requested and only paid carers to consult: s.39A IMCA',
    answers: { ...dols, nation: 'england', 'dols-stage': 'requested', support: 'paid-only' },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-dols-39a',
        basis: ['section 39A'],
        easy: 'right to an advocate (IMCA)',
      },
    ],
    notAsked: ['representative'],
  },
  {
    name: 'Wales: authorisation requested and the only family member is not suitable to consult: s.39A IMCA (the MCA 2005 applies in Wales)',
    answers: { ...dols, nation: 'wales', 'dols-stage': 'requested', support: 'not-suitable' },
    has: [{ kind: 'imca', strength: 'legal-right', ruleId: 'imca-dols-39a' }],
  },
  {
    name: 'England: authorisation requested but a family member can be consulted: no s.39A IMCA, ask about s.39D later',
    answers: { ...dols, nation: 'england', 'dols-stage': 'requested', support: 'family-friend' },
    has: [
      {
        kind: 'imca',
        strength: 'ask-about',
        ruleId: 'imca-dols-family-consulted',
        reason: 'either of them can then ask',
      },
    ],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
  },
  {
    name: 'England: nothing requested yet: a family member being available gives no IMCA, and the result says what to ask',
    answers: { ...dols, nation: 'england', 'dols-stage': 'not-requested' },
    has: [
      {
        kind: 'imca',
        strength: 'ask-about',
        ruleId: 'imca-dols-not-requested',
        reason: 'Ask the care home or hospital whether they will ask the council',
        easy: 'Ask the care home or hospital',
      },
    ],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
    notAsked: ['support', 'representative'],
  },
  {
    name: 'England: nothing requested yet: anyone but the care home can ask the council themselves (Sch A1 paras 68–69), whether or not family can be consulted',
    answers: { ...dols, nation: 'england', 'dols-stage': 'not-requested' },
    has: [
      {
        kind: 'imca',
        strength: 'ask-about',
        ruleId: 'imca-dols-not-requested',
        reason: 'you, the person or their family can ask the council',
        easy: 'you or the family can ask the council',
        never: 'even if',
      },
    ],
  },
  {
    name: 'England: representative’s appointment ended but family can be consulted: s.39C does not apply, so ask about it (a family member may become the representative)',
    answers: {
      ...dols,
      nation: 'england',
      'dols-stage': 'in-force',
      representative: 'ended',
      support: 'family-friend',
    },
    has: [
      {
        kind: 'imca',
        strength: 'ask-about',
        ruleId: 'imca-dols-family-consulted',
        basis: ['section 39C'],
      },
    ],
    lacks: [
      { kind: 'imca', strength: 'legal-right' },
      { kind: 'imca', strength: 'may-be-able' },
    ],
  },
  {
    name: 'England: a short hold gives no IMHA; only detention under a longer section gives the right later (s.130C(2)(a)), in easy read too',
    answers: {
      ...base,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'short-hold',
    },
    has: [
      {
        kind: 'imha',
        ruleId: 'england-no-imha-short-term-powers',
        easy: 'kept under a longer section, like section 2 or 3',
        never: 'kept in hospital for longer',
      },
    ],
  },
  {
    name: 'England: restrictions in supported living are not DoLS: the Court of Protection authorises (MCA ss.4A, 16), so ask the council, no s.39A IMCA',
    answers: { ...dols, nation: 'england', 'liberty-setting': 'elsewhere', support: 'paid-only' },
    has: [
      {
        kind: 'imca',
        strength: 'ask-about',
        ruleId: 'liberty-court-of-protection',
        basis: ['section 4A', 'section 16'],
        reason: 'Court of Protection',
        easy: 'a judge decides',
      },
    ],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
    notAsked: ['dols-stage', 'representative', 'support'],
  },
  {
    name: 'Wales: restrictions at home, not sure where DoLS applies: ask the council which applies, never a DoLS right',
    answers: { ...dols, nation: 'wales', 'liberty-setting': 'not-sure' },
    has: [{ kind: 'imca', strength: 'ask-about', ruleId: 'liberty-setting-not-sure' }],
    lacks: [
      { kind: 'imca', strength: 'legal-right' },
      { kind: 'imca', strength: 'may-be-able' },
    ],
    notAsked: ['dols-stage', 'representative'],
  },
  {
    name: 'England: authorisation in force, unpaid representative asks: s.39D IMCA',
    answers: { ...dols, nation: 'england', 'dols-stage': 'in-force', representative: 'unpaid' },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-dols-39d',
        basis: ['section 39D'],
        reason: 'the council must instruct one',
        easy: 'the council must get an advocate (IMCA)',
        never: 'only the team can ask',
      },
    ],
    notAsked: ['support'],
  },
  {
    name: 'Wales: authorisation in force with an unpaid representative: the council must also instruct an IMCA unasked if rights would go unused (s.39D)',
    answers: { ...dols, nation: 'wales', 'dols-stage': 'in-force', representative: 'unpaid' },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-dols-39d',
        reason: 'without being asked',
      },
    ],
  },
  {
    name: 'England: authorisation in force with a paid representative: no s.39D right, ask the representative or the council',
    answers: { ...dols, nation: 'england', 'dols-stage': 'in-force', representative: 'paid' },
    has: [{ kind: 'imca', strength: 'ask-about', ruleId: 'imca-dols-paid-representative' }],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
  },
  {
    name: 'England: the representative’s appointment has ended and no one else can be consulted: s.39C IMCA',
    answers: {
      ...dols,
      nation: 'england',
      'dols-stage': 'in-force',
      representative: 'ended',
      support: 'no-one',
    },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-dols-39c',
        basis: ['section 39C'],
        easy: 'right to an advocate (IMCA)',
      },
    ],
  },
  {
    name: 'England: stage not known: "may", with who to ask, and Liberty Protection Safeguards are not in force',
    answers: { ...dols, nation: 'england', 'dols-stage': 'not-sure' },
    has: [
      {
        kind: 'imca',
        strength: 'may-be-able',
        ruleId: 'imca-dols-check',
        reason: 'Liberty Protection Safeguards have not started',
        easy: 'may have a right',
      },
    ],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
  },
  {
    name: 'England: after [2026] UKSC 16 a DoLS result says who decides and never applies the acid test',
    answers: { ...dols, nation: 'england', 'dols-stage': 'requested', support: 'no-one' },
    has: [
      {
        kind: 'imca',
        reason: '[2026] UKSC 16',
        never: 'not free to leave',
      },
      { kind: 'imca', reason: 'The council decides whether restrictions' },
    ],
  },
  {
    name: 'England: a person who can decide about their care is asked no DoLS question and offered no DoLS IMCA',
    answers: { ...dols, nation: 'england', capacity: 'can-decide' },
    lacks: [{ kind: 'imca' }],
    notAsked: ['dols-stage', 'representative'],
  },
  // ----- Northern Ireland
  {
    name: 'Northern Ireland: a 16 year old whose care needs authorisation has a legal right to an IMCA, with family or not (MCA (NI) 2016 ss35–36)',
    answers: { ...dols, nation: 'northern-ireland', age: '16-17' },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'northern-ireland-deprivation-of-liberty',
        reason: 'the trust decides whether the person’s care needs an authorisation',
        easy: 'Does the trust say the person’s care needs permission? Then they have a right to an advocate (IMCA)',
      },
    ],
    notAsked: ['support', 'dols-stage'],
  },
  {
    name: 'Northern Ireland: the IMCA result states the exceptions (an emergency, a declaration declining one)',
    answers: { ...dols, nation: 'northern-ireland' },
    has: [{ kind: 'imca', strength: 'legal-right', reason: 'an emergency' }],
  },
  {
    name: 'Northern Ireland: capacity not known, so the s.35 IMCA right may or may not apply: may be able, never a legal right',
    answers: { ...dols, nation: 'northern-ireland', capacity: 'not-sure' },
    has: [
      {
        kind: 'imca',
        strength: 'may-be-able',
        ruleId: 'northern-ireland-deprivation-of-liberty-capacity-not-sure',
        easy: 'may be able to get an advocate (IMCA)',
      },
    ],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
  },
  {
    name: 'Northern Ireland: during phase 1 the 2016 Act’s liberty safeguards exclude people liable to be detained under the 1986 Order (SR 2019/163 art 3): ask the trust',
    answers: { ...dols, nation: 'northern-ireland' },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        basis: ['Commencement No. 1', 'article 3'],
        reason: 'Mental Health (Northern Ireland) Order 1986',
        easy: 'Ask the trust',
      },
    ],
  },
  {
    name: 'Northern Ireland: detention under the Mental Health (NI) Order 1986 gives no statutory IMHA; ask the ward, trust or Patient and Client Council',
    answers: { ...base, nation: 'northern-ireland', situation: ['mental-health-care'] },
    has: [
      {
        kind: 'mental-health',
        strength: 'may-be-able',
        basis: ['Mental Health (Northern Ireland) Order 1986'],
        reason: 'Patient and Client Council',
      },
    ],
    lacks: [{ kind: 'imha' }],
  },
  {
    name: 'Northern Ireland: the Patient and Client Council helps with a complaint about children’s social services (HSC (Reform) Act (NI) 2009)',
    answers: {
      ...base,
      nation: 'northern-ireland',
      age: '16-17',
      situation: ['children-services'],
      'children-status': ['looked-after'],
      'children-complaint': 'yes',
    },
    has: [
      {
        kind: 'nhs-complaints',
        strength: 'legal-right',
        ruleId: 'northern-ireland-complaints',
        reason: 'children’s social services',
      },
    ],
  },
  // ----- Mental Health Act status, asked whenever it can matter
  {
    name: 'England: a sectioned person asking about medical treatment is asked their Mental Health Act status: IMHA (s130A)',
    answers: {
      ...base,
      nation: 'england',
      situation: ['medical-treatment'],
      'mh-status': 'detained',
    },
    has: [{ kind: 'imha', strength: 'legal-right', ruleId: 'england-imha-detained' }],
  },
  {
    name: 'Wales: someone on a CTO having a social care assessment is told of the IMHA right too',
    answers: { ...base, nation: 'wales', situation: ['social-care'], 'mh-status': 'cto' },
    has: [{ kind: 'imha', strength: 'legal-right', ruleId: 'wales-imha-compulsory' }],
  },
  {
    name: 'England: section 117 aftercare is planned under the Mental Health Act, so Care Act advocacy is not presented as a right for it',
    answers: { ...careAssessment, nation: 'england', 'mh-status': 'aftercare' },
    has: [
      {
        kind: 'care-act',
        strength: 'ask-about',
        ruleId: 'england-s117-aftercare',
        basis: ['section 117'],
        reason: 'not as a Care Act assessment',
      },
    ],
    lacks: [{ kind: 'care-act', strength: 'legal-right' }],
    notAsked: ['difficulty'],
  },
  {
    name: 'England: family can help with the assessment, but reg 4 still needs an advocate when the family member and the council both agree one is best',
    answers: { ...careAssessment, nation: 'england', support: 'family-friend' },
    has: [
      {
        kind: 'care-act',
        strength: 'ask-about',
        ruleId: 'england-care-act-with-family',
        reason: 'both they and the council agree an advocate is best for you',
        never: 'you both want',
      },
    ],
  },
  {
    name: 'Wales: section 117 aftercare gives no independent professional advocate as of right; ask the care coordinator',
    answers: { ...careAssessment, nation: 'wales', 'mh-status': 'aftercare' },
    has: [
      {
        kind: 'care-act',
        strength: 'ask-about',
        ruleId: 'wales-s117-aftercare',
        basis: ['Mental Health (Wales) Measure 2010, Part 2'],
        reason: 'not an assessment under the Social Services and Well-being (Wales) Act 2014',
        easy: 'may be able to get an advocate',
        never: 'Care Act',
      },
    ],
    lacks: [{ kind: 'care-act', strength: 'legal-right' }],
  },
  // ----- Wales: the Part 10 Code test, and the right name
  {
    name: 'Wales: the independent professional advocate is not called a Care Act advocate, and the Part 10 Code test is stated',
    answers: { ...careAssessment, nation: 'wales' },
    has: [
      {
        kind: 'care-act',
        strength: 'legal-right',
        ruleId: 'wales-social-care-advocacy',
        basis: ['Part 10 Code of Practice', 'Act 2014, Part 10'],
        reason: 'can only overcome barriers to taking part',
        never: 'Care Act',
      },
    ],
  },
  {
    name: 'Wales: with a family member who can support, an independent professional advocate is something to ask about',
    answers: { ...careAssessment, nation: 'wales', support: 'family-friend' },
    has: [{ kind: 'care-act', strength: 'ask-about', never: 'Care Act' }],
    lacks: [{ kind: 'care-act', strength: 'legal-right' }],
  },
  // ----- Scotland
  {
    name: 'Scotland: a brain injury alone is a mental disorder under s.328 only if it causes one, so ask about s.259 advocacy',
    answers: {
      ...base,
      nation: 'scotland',
      situation: ['social-care'],
      condition: ['brain-injury'],
    },
    has: [
      {
        kind: 'mental-health',
        strength: 'ask-about',
        ruleId: 'scotland-brain-injury',
        reason: 'Ask a local independent advocacy service',
      },
    ],
    lacks: [{ kind: 'mental-health', strength: 'legal-right' }],
  },
  {
    name: 'Scotland: a brain injury with a mental health condition: the s.259 right',
    answers: {
      ...base,
      nation: 'scotland',
      situation: ['social-care'],
      condition: ['brain-injury', 'mental-health'],
    },
    has: [{ kind: 'mental-health', strength: 'legal-right', ruleId: 'scotland-mental-disorder' }],
  },
  {
    name: 'Scotland: s.259 gives anyone with a mental disorder a right to advocacy, in hospital or not',
    answers: { ...base, nation: 'scotland', situation: ['none'], condition: ['mental-health'] },
    has: [
      {
        kind: 'mental-health',
        strength: 'legal-right',
        basis: ['section 259'],
        reason: 'does not depend on being in hospital',
      },
    ],
  },
  {
    name: 'Scotland: a disabled person dealing with Social Security Scotland has a right to advocacy (Social Security (Scotland) Act 2018 s.10)',
    answers: { ...base, nation: 'scotland', situation: ['social-security'] },
    has: [
      {
        kind: 'community',
        strength: 'legal-right',
        ruleId: 'scotland-social-security',
        basis: ['Social Security (Scotland) Act 2018, section 10'],
        reason: 'disabled and need help because of it',
        easy: 'Do you need help to deal with Social Security Scotland? Then you have a right',
        never: 'disability benefits',
      },
    ],
  },
  {
    name: 'Scotland: children’s hearing: s.122 makes the chair tell the child about advocacy services but gives no entitlement, so may be able',
    answers: {
      ...base,
      nation: 'scotland',
      age: 'under-16',
      situation: ['children-services'],
      'children-status': ['childrens-hearing'],
    },
    has: [
      {
        kind: 'children',
        strength: 'may-be-able',
        ruleId: 'scotland-childrens-hearing',
        basis: ['section 122'],
        reason: 'The chair of the hearing must tell you',
        easy: 'may be able to get a free advocate',
        never: 'can have',
      },
    ],
    lacks: [{ kind: 'children', strength: 'legal-right' }],
  },
  {
    name: 'Scotland: the 2026 Act’s advocacy for care-experienced people is coming, never a right today',
    answers: {
      ...base,
      nation: 'scotland',
      age: '18-24',
      situation: ['children-services'],
      'children-status': ['care-leaver'],
    },
    has: [
      {
        kind: 'children',
        strength: 'may-be-able',
        reason: 'That part has not started yet',
        easy: 'It has not started yet',
      },
    ],
    lacks: [{ kind: 'children', strength: 'legal-right' }],
  },
  {
    name: 'Scotland: PASS is advice and support, so "may", never a legal right to an advocate',
    answers: { ...base, nation: 'scotland', situation: ['nhs-complaint'] },
    has: [{ kind: 'nhs-complaints', strength: 'may-be-able', never: 'legal right' }],
    lacks: [{ kind: 'nhs-complaints', strength: 'legal-right' }],
  },
  {
    name: 'Scotland: ASP s.6 is a duty to consider advocacy once the council decides to intervene, not a right',
    answers: { ...base, nation: 'scotland', situation: ['safeguarding'] },
    has: [
      {
        kind: 'community',
        strength: 'may-be-able',
        ruleId: 'scotland-adult-protection',
        reason: 'once the council decides it needs to act',
        easy: 'must think about an advocate',
      },
    ],
    lacks: [{ kind: 'community', strength: 'legal-right' }],
  },
  // ----- England
  {
    name: 'England: a relative may complain to the NHS for someone who cannot complain themselves (2009 Regulations, reg 5)',
    answers: { ...base, role: 'family-friend', nation: 'england', situation: ['nhs-complaint'] },
    has: [
      {
        kind: 'nhs-complaints',
        strength: 'legal-right',
        basis: ['regulation 5'],
        reason: 'cannot complain themselves',
      },
    ],
  },
  {
    name: 'England: a child in care who complains has a right to an advocate (Children Act 1989 s.26A, SI 2006/1738)',
    answers: {
      ...base,
      nation: 'england',
      age: '16-17',
      situation: ['children-services'],
      'children-status': ['looked-after'],
      'children-complaint': 'yes',
    },
    has: [
      {
        kind: 'children',
        strength: 'legal-right',
        basis: ['section 26A', 'SI 2006/1738'],
      },
    ],
  },
  {
    name: 'England: a young carer with substantial difficulty and no one to help has Care Act advocacy (ss.63 and 67)',
    answers: {
      ...base,
      nation: 'england',
      age: 'under-16',
      situation: ['transition'],
      difficulty: ['communicating'],
      support: 'no-one',
    },
    has: [
      {
        kind: 'care-act',
        strength: 'legal-right',
        ruleId: 'england-care-act-young-people',
        basis: ['sections 58 to 64', 'section 67'],
        easy: 'The council must get you an advocate',
      },
    ],
  },
  {
    name: 'England: a 17 year old planning for adult care with family to help: ask about Care Act advocacy (s.67(4))',
    answers: {
      ...base,
      nation: 'england',
      age: '16-17',
      situation: ['transition'],
      difficulty: ['understanding'],
      support: 'family-friend',
    },
    has: [{ kind: 'care-act', strength: 'ask-about' }],
    lacks: [{ kind: 'care-act', strength: 'legal-right' }],
  },
  {
    name: 'England: an adult parent carer having a child’s carer’s assessment before the child turns 18 is covered by s.67(3)(h)',
    answers: {
      ...base,
      nation: 'england',
      situation: ['transition'],
      difficulty: ['understanding'],
      support: 'no-one',
    },
    has: [{ kind: 'care-act', strength: 'legal-right', basis: ['section 67'] }],
  },
  {
    name: 'England: a child’s ordinary social care is under the Children Act 1989, not the Care Act: ask about a children’s advocate (s.26A)',
    answers: {
      ...careAssessment,
      nation: 'england',
      age: '16-17',
    },
    has: [
      {
        kind: 'children',
        basis: ['section 26A'],
        reason: 'ask about a children’s advocate',
      },
    ],
    lacks: [
      { kind: 'care-act', strength: 'may-be-able' },
      { kind: 'care-act', strength: 'legal-right' },
    ],
  },
  // ----- Care arranged across a border
  {
    name: 'Scotland: care arranged by an English council: that council keeps its Care Act advocacy duty (Care Act 2014 Schedule 1)',
    answers: { ...careAssessment, nation: 'scotland', 'placed-by': 'england' },
    has: [
      {
        kind: 'care-act',
        strength: 'legal-right',
        ruleId: 'england-care-act',
        basis: ['Schedule 1'],
        reason: 'A council in England arranged your care',
      },
    ],
  },
  {
    name: 'England: care arranged by a Welsh council: the Welsh Part 10 Code applies, not the Care Act',
    answers: { ...careAssessment, nation: 'england', 'placed-by': 'wales' },
    has: [
      {
        kind: 'care-act',
        strength: 'legal-right',
        ruleId: 'wales-social-care-advocacy',
        reason: 'A council in Wales arranged your care',
      },
    ],
  },
  {
    name: 'Wales: care arranged by a Scottish council: ask that council, which keeps its duties',
    answers: { ...careAssessment, nation: 'wales', 'placed-by': 'scotland' },
    has: [{ kind: 'care-act', strength: 'ask-about', ruleId: 'placed-from-scotland-or-ni' }],
    lacks: [{ kind: 'care-act', strength: 'legal-right' }],
  },
  {
    name: 'England: placed by a Welsh council and detained in an English hospital: England’s IMHA law applies (law of the place)',
    answers: {
      ...base,
      nation: 'england',
      situation: ['social-care', 'mental-health-care'],
      'placed-by': 'wales',
      'mh-status': 'detained',
    },
    has: [{ kind: 'imha', strength: 'legal-right', ruleId: 'england-imha-detained' }],
  },
  {
    name: 'England: who arranged the care is not asked when no council assessment is involved',
    answers: { ...base, nation: 'england', situation: ['nhs-complaint'] },
    has: [{ kind: 'nhs-complaints', strength: 'legal-right' }],
    notAsked: ['placed-by'],
  },
];

function find(outcomes: readonly Outcome[], e: { kind: AdvocacyKindId; strength?: Strength }) {
  return outcomes.find((o) => o.kind === e.kind && (!e.strength || o.strength === e.strength));
}

describe('eligibility: the law as it stands in December 2026, scenario by scenario', () => {
  it('has at least 30 scenarios', () => {
    expect(cases.length).to.be.at.least(30);
  });

  for (const c of cases) {
    it(c.name, () => {
      expect(nextQuestion(c.answers, c.preset)?.id, 'the answers are complete').to.equal(undefined);
      expect(isComplete(c.answers, c.preset)).to.equal(true);
      const asked = questionsToAsk(c.answers, c.preset).map((q) => q.id);
      for (const q of c.notAsked ?? []) expect(asked, `${q} is asked`).to.not.include(q);
      const outcomes = assess(c.answers, c.preset);
      const seen = outcomes.map((o) => `${o.kind}:${o.strength}:${o.ruleId}`).join(', ');
      for (const e of c.has ?? []) {
        const found = find(outcomes, e);
        expect(found, `${e.kind} ${e.strength ?? ''} in ${seen}`).to.not.equal(undefined);
        if (e.ruleId) expect(found!.ruleId).to.equal(e.ruleId);
        const titles = found!.basis.map((b) => b.title).join(' | ');
        for (const title of e.basis ?? []) expect(titles).to.contain(title);
        const standard = found!.reasons.map((r) => r('standard')).join(' ');
        const easy = found!.reasons.map((r) => r('easy-read')).join(' ');
        if (e.reason) expect(standard).to.contain(e.reason);
        if (e.easy) expect(easy).to.contain(e.easy);
        if (e.never) expect(`${standard} ${easy}`).to.not.contain(e.never);
      }
      for (const l of c.lacks ?? []) {
        expect(find(outcomes, l), `${l.kind} ${l.strength ?? ''} in ${seen}`).to.equal(undefined);
      }
    });
  }
});
