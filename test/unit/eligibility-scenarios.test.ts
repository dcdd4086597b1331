import { expect } from '@open-wc/testing';
import { assess, isComplete, nextQuestion } from '../../src/eligibility/index.js';
import type { Answers, Outcome, Preset, Strength } from '../../src/eligibility/index.js';
import type { AdvocacyKindId } from '../../src/knowledge/ids.js';

// Real situations, each named by the legal reasoning it checks. Every scenario is a complete set
// of answers a person could give (checked below), not a hand-made partial object.

interface Expect {
  kind: AdvocacyKindId;
  strength?: Strength;
  ruleId?: string;
  /** Titles (or parts of titles) of legal sources the outcome must list. */
  basis?: string[];
  /** Words one of the outcome's reasons must contain (standard register). */
  reason?: string;
}

interface Scenario {
  name: string;
  answers: Answers;
  preset?: Preset;
  has?: Expect[];
  /** Kinds that must not appear at all, or not with this strength. */
  lacks?: { kind: AdvocacyKindId; strength?: Strength }[];
}

// Answers that change nothing unless a scenario says otherwise: no Mental Health Act power, care
// arranged by a council where the person is. Answers to questions not asked are dropped.
const adult = {
  role: 'self',
  age: '25-or-over',
  condition: ['none'],
  'mh-status': 'community',
  'special-treatment': 'neither',
  'placed-by': 'here',
} as const;

const cases: Scenario[] = [
  // ----- England: Independent Mental Health Advocates (Mental Health Act 1983 s130A–130D)
  {
    name: 'England: someone detained under section 2 or 3 has a right to an IMHA (MHA 1983 s130C(2)(a))',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'detained',
      condition: ['mental-health'],
    },
    has: [
      {
        kind: 'imha',
        strength: 'legal-right',
        ruleId: 'england-imha-detained',
        basis: ['section 130C'],
      },
    ],
  },
  {
    name: 'England: someone held under section 136 has no right to an IMHA, and is told the right comes with a longer section',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'place-of-safety',
    },
    has: [
      {
        kind: 'imha',
        strength: 'ask-about',
        ruleId: 'england-no-imha-short-term-powers',
        reason: 'section 2 or 3',
      },
    ],
    lacks: [{ kind: 'imha', strength: 'legal-right' }],
  },
  {
    name: 'England: a doctor’s or nurse’s holding power (section 5(2) or 5(4)) gives no right to an IMHA',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'short-hold',
    },
    has: [{ kind: 'imha', strength: 'ask-about', reason: 'does not give you a legal right' }],
    lacks: [{ kind: 'imha', strength: 'legal-right' }],
  },
  {
    name: 'England: someone on a community treatment order has a right to an IMHA (s130C(2)(c))',
    answers: { ...adult, nation: 'england', situation: ['mental-health-care'], 'mh-status': 'cto' },
    has: [{ kind: 'imha', strength: 'legal-right', ruleId: 'england-imha-cto' }],
  },
  {
    name: 'England: someone under guardianship has a right to an IMHA (s130C(2)(b))',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'guardianship',
    },
    has: [{ kind: 'imha', strength: 'legal-right', ruleId: 'england-imha-guardianship' }],
  },
  {
    name: 'England: a conditionally discharged restricted patient has a right to an IMHA (s130C, Code of Practice chapter 6)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'conditional-discharge',
    },
    has: [{ kind: 'imha', strength: 'legal-right', basis: ['Code of Practice (2015)'] }],
  },
  {
    name: 'England: an informal in-patient has no legal right to an IMHA, so is told to ask the ward',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'informal-inpatient',
      'special-treatment': 'neither',
    },
    has: [
      {
        kind: 'imha',
        strength: 'ask-about',
        ruleId: 'england-imha-informal',
        reason: 'Ask the ward staff',
      },
    ],
    lacks: [{ kind: 'imha', strength: 'legal-right' }],
  },
  {
    name: 'England: an informal patient under 18 being considered for ECT has a right to an IMHA (s130C(3)(b), s58A)',
    answers: {
      ...adult,
      age: '16-17',
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'informal-inpatient',
      'special-treatment': 'ect',
    },
    has: [
      {
        kind: 'imha',
        strength: 'legal-right',
        ruleId: 'england-imha-special-treatment',
        basis: ['section 58A'],
      },
    ],
  },
  {
    name: 'England: an adult at home considered for neurosurgery for a mental disorder has a right to an IMHA (s130C(3)(a), s57)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['mental-health-care'],
      'mh-status': 'community',
      'special-treatment': 'neurosurgery',
    },
    has: [{ kind: 'imha', strength: 'legal-right', basis: ['section 57'] }],
  },

  // ----- England and Wales: Independent Mental Capacity Advocates (Mental Capacity Act 2005 s35–41)
  {
    name: 'England: an IMCA is a right for serious medical treatment when the person lacks capacity and has no one to consult (MCA s37)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['medical-treatment'],
      capacity: 'lacks',
      support: 'no-one',
    },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-serious-medical-treatment',
        basis: ['section 37'],
      },
    ],
  },
  {
    name: 'England: a paid carer does not count as someone to consult, so an IMCA is still a right (MCA s37(1))',
    answers: {
      role: 'professional',
      nation: 'england',
      age: '25-or-over',
      situation: ['medical-treatment'],
      'mh-status': 'community',
      'special-treatment': 'neither',
      condition: ['dementia'],
      capacity: 'lacks',
      support: 'paid-only',
    },
    has: [
      { kind: 'imca', strength: 'legal-right', reason: 'People paid to give care do not count' },
    ],
  },
  {
    name: 'England: there is no IMCA right when an unpaid family member or friend can be consulted',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['medical-treatment'],
      capacity: 'lacks',
      support: 'family-friend',
    },
    lacks: [{ kind: 'imca' }],
  },
  {
    name: 'England: there is no IMCA when the person can make the decision themselves (MCA s1(2))',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['medical-treatment', 'move'],
      capacity: 'can-decide',
    },
    lacks: [{ kind: 'imca' }],
  },
  {
    name: 'England: an IMCA is a right for a long stay in a care home arranged by the council (MCA s39)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['move'],
      capacity: 'lacks',
      support: 'not-suitable',
    },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-long-term-move',
        basis: ['section 39'],
      },
    ],
  },
  {
    name: 'England: an IMCA for a care review is at the council’s discretion, so "may be able" (Expansion of Role Regulations 2006)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['social-care'],
      capacity: 'lacks',
      difficulty: ['none'],
      support: 'no-one',
    },
    has: [
      {
        kind: 'imca',
        strength: 'may-be-able',
        ruleId: 'imca-care-review',
        basis: ['Expansion of Role'],
      },
    ],
    lacks: [{ kind: 'imca', strength: 'legal-right' }],
  },
  {
    name: 'England: in a safeguarding enquiry an IMCA may be instructed even when there is family (Expansion of Role Regulations 2006)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['safeguarding'],
      capacity: 'lacks',
      difficulty: ['understanding'],
      support: 'family-friend',
    },
    has: [
      {
        kind: 'imca',
        strength: 'may-be-able',
        ruleId: 'imca-safeguarding',
        reason: 'even if you have family',
      },
    ],
  },
  {
    name: 'England: authorisation in force and an unpaid family representative: either of them can ask for an IMCA (MCA s39D)',
    answers: {
      ...adult,
      role: 'family-friend',
      nation: 'england',
      situation: ['liberty'],
      condition: ['dementia'],
      capacity: 'lacks',
      'liberty-setting': 'care-home-hospital',
      'dols-stage': 'in-force',
      representative: 'unpaid',
    },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'imca-dols-39d',
        basis: ['section 39D'],
        reason: 'If either of them asks',
      },
    ],
  },
  {
    name: 'England: DoLS does not cover 16 and 17 year olds, so there is no DoLS IMCA (MCA Schedule A1)',
    answers: { ...adult, age: '16-17', nation: 'england', situation: ['liberty'] },
    lacks: [{ kind: 'imca' }],
  },

  // ----- England: Care Act 2014 s67 and s68
  {
    name: 'England: Care Act advocacy is a right for a needs assessment with substantial difficulty and no appropriate person (Care Act s67)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['social-care'],
      capacity: 'can-decide',
      difficulty: ['communicating'],
      support: 'no-one',
    },
    has: [
      {
        kind: 'care-act',
        strength: 'legal-right',
        ruleId: 'england-care-act',
        basis: ['Care Act 2014, section 67'],
      },
    ],
    lacks: [{ kind: 'imca' }],
  },
  {
    name: 'England: a carer having a carer’s assessment qualifies for Care Act advocacy too (Care Act s67(3)(b))',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['social-care'],
      capacity: 'can-decide',
      difficulty: ['weighing'],
      support: 'paid-only',
    },
    has: [{ kind: 'care-act', strength: 'legal-right', reason: 'carer’s assessment' }],
  },
  {
    name: 'England: a safeguarding enquiry with substantial difficulty and no appropriate person gives Care Act advocacy (Care Act s68)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['safeguarding'],
      capacity: 'can-decide',
      difficulty: ['understanding', 'remembering'],
      support: 'not-suitable',
    },
    has: [{ kind: 'care-act', strength: 'legal-right', basis: ['Care Act 2014, section 68'] }],
  },
  {
    name: 'England: a family member who can support means no Care Act duty, but the council must still act in some cases (No. 2 Regulations 2014, reg 4)',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['social-care'],
      capacity: 'can-decide',
      difficulty: ['understanding'],
      support: 'family-friend',
    },
    has: [
      {
        kind: 'care-act',
        strength: 'ask-about',
        ruleId: 'england-care-act-with-family',
        basis: ['regulation 4'],
      },
    ],
    lacks: [{ kind: 'care-act', strength: 'legal-right' }],
  },
  {
    name: 'England: without substantial difficulty there is no Care Act advocacy',
    answers: {
      ...adult,
      nation: 'england',
      situation: ['social-care'],
      capacity: 'can-decide',
      difficulty: ['none'],
    },
    lacks: [{ kind: 'care-act' }],
  },

  // ----- England: NHS complaints, children
  {
    name: 'England: every council must arrange NHS complaints advocacy (Local Government and Public Involvement in Health Act 2007 s223A)',
    answers: { ...adult, nation: 'england', situation: ['nhs-complaint'] },
    has: [{ kind: 'nhs-complaints', strength: 'legal-right', basis: ['section 223A'] }],
  },
  {
    name: 'England: a looked-after child making a complaint has a right to an advocate (Children Act 1989 s26A)',
    answers: {
      ...adult,
      age: 'under-16',
      nation: 'england',
      situation: ['children-services'],
      'children-status': ['looked-after'],
      'children-complaint': 'yes',
    },
    has: [
      {
        kind: 'children',
        strength: 'legal-right',
        ruleId: 'england-children-complaint',
        basis: ['section 26A'],
      },
    ],
  },
  {
    name: 'England: a care leaver aged 18 to 24 making a complaint has a right to an advocate (Children Act 1989 s26A and s24D)',
    answers: {
      ...adult,
      age: '18-24',
      nation: 'england',
      situation: ['children-services'],
      'children-status': ['care-leaver'],
      'children-complaint': 'yes',
    },
    has: [{ kind: 'children', strength: 'legal-right' }],
  },
  {
    name: 'England: a child in care who is not complaining may be able to get an advocate, and is told to ask the IRO',
    answers: {
      ...adult,
      age: '16-17',
      nation: 'england',
      situation: ['children-services'],
      'children-status': ['looked-after'],
      'children-complaint': 'no',
    },
    has: [
      { kind: 'children', strength: 'may-be-able', reason: 'Independent Reviewing Officer (IRO)' },
    ],
    lacks: [{ kind: 'children', strength: 'legal-right' }],
  },

  // ----- Wales
  {
    name: 'Wales: an informal in-patient has a right to an IMHA (MHA 1983 s130J, Mental Health (Wales) Measure 2010 Part 4)',
    answers: {
      ...adult,
      nation: 'wales',
      situation: ['mental-health-care'],
      'mh-status': 'informal-inpatient',
    },
    has: [
      {
        kind: 'imha',
        strength: 'legal-right',
        ruleId: 'wales-imha-informal',
        basis: ['section 130J', 'Measure 2010'],
      },
    ],
  },
  {
    name: 'Wales: someone held under section 5(2) has a right to an IMHA, unlike in England (MHA 1983 s130I)',
    answers: {
      ...adult,
      nation: 'wales',
      situation: ['mental-health-care'],
      'mh-status': 'short-hold',
    },
    has: [
      {
        kind: 'imha',
        strength: 'legal-right',
        ruleId: 'wales-imha-compulsory',
        reason: 'unlike in England',
      },
    ],
  },
  {
    name: 'Wales: someone held under section 136 is told to ask about an IMHA, because it depends on the place of safety',
    answers: {
      ...adult,
      nation: 'wales',
      situation: ['mental-health-care'],
      'mh-status': 'place-of-safety',
    },
    has: [{ kind: 'imha', strength: 'ask-about', ruleId: 'wales-imha-place-of-safety' }],
    lacks: [{ kind: 'imha', strength: 'legal-right' }],
  },
  {
    name: 'Wales: the Mental Capacity Act 2005 applies, so an IMCA is a right for serious medical treatment (MCA s37)',
    answers: {
      ...adult,
      nation: 'wales',
      situation: ['medical-treatment'],
      capacity: 'lacks',
      support: 'no-one',
    },
    has: [{ kind: 'imca', strength: 'legal-right' }],
  },
  {
    name: 'Wales: social care advocacy comes from the Part 10 Code of Practice, not the Care Act 2014',
    answers: {
      ...adult,
      nation: 'wales',
      situation: ['social-care'],
      capacity: 'can-decide',
      difficulty: ['understanding'],
      support: 'no-one',
    },
    has: [
      {
        kind: 'care-act',
        strength: 'legal-right',
        ruleId: 'wales-social-care-advocacy',
        basis: ['Part 10 Code'],
      },
    ],
  },
  {
    name: 'Wales: a child in care must be actively offered an independent professional advocate (Part 10 Code)',
    answers: {
      ...adult,
      age: 'under-16',
      nation: 'wales',
      situation: ['children-services'],
      'children-status': ['looked-after'],
      'children-complaint': 'no',
    },
    has: [{ kind: 'children', strength: 'legal-right', ruleId: 'wales-children-active-offer' }],
  },
  {
    name: 'Wales: a young person making a complaint about children’s services has a right to an advocate (SSWBA 2014 s178)',
    answers: {
      ...adult,
      age: '16-17',
      nation: 'wales',
      situation: ['children-services'],
      'children-status': ['child-in-need'],
      'children-complaint': 'yes',
    },
    has: [{ kind: 'children', strength: 'legal-right', basis: ['section 178'] }],
  },
  {
    name: 'Wales: Llais gives NHS complaints advocacy (NHS (Wales) Act 2006 s187)',
    answers: { ...adult, nation: 'wales', situation: ['nhs-complaint'] },
    has: [
      { kind: 'nhs-complaints', strength: 'legal-right', reason: 'Llais', basis: ['section 187'] },
    ],
  },

  // ----- Scotland
  {
    name: 'Scotland: anyone with a mental disorder has a right to independent advocacy, even at home (MH(CT)(S)A 2003 s259)',
    answers: { ...adult, nation: 'scotland', situation: ['none'], condition: ['mental-health'] },
    has: [
      {
        kind: 'mental-health',
        strength: 'legal-right',
        ruleId: 'scotland-mental-disorder',
        basis: ['section 259'],
      },
    ],
  },
  {
    name: 'Scotland: a person with dementia has a right to independent advocacy (s259: dementia is a mental disorder)',
    answers: {
      role: 'family-friend',
      age: '25-or-over',
      nation: 'scotland',
      situation: ['social-care'],
      'placed-by': 'here',
      condition: ['dementia'],
    },
    has: [
      {
        kind: 'mental-health',
        strength: 'legal-right',
        reason: 'The person you support has dementia',
      },
    ],
    lacks: [{ kind: 'care-act' }],
  },
  {
    name: 'Scotland: a person with a learning disability has a right to independent advocacy (s259)',
    answers: {
      ...adult,
      nation: 'scotland',
      situation: ['none'],
      condition: ['learning-disability'],
    },
    has: [{ kind: 'learning-disability-autism', strength: 'legal-right', basis: ['section 259'] }],
  },
  {
    name: 'Scotland: someone in mental health care has a right to independent advocacy whatever their legal status (s259)',
    answers: {
      ...adult,
      nation: 'scotland',
      situation: ['mental-health-care'],
      condition: ['not-saying'],
    },
    has: [{ kind: 'mental-health', strength: 'legal-right' }],
    lacks: [{ kind: 'imha' }],
  },
  {
    name: 'Scotland: a child at a children’s hearing has a right to be told about advocacy services, and may be able to get an advocate (Children’s Hearings (Scotland) Act 2011 s122)',
    answers: {
      ...adult,
      age: 'under-16',
      nation: 'scotland',
      situation: ['children-services'],
      'children-status': ['childrens-hearing'],
    },
    has: [{ kind: 'children', strength: 'may-be-able', ruleId: 'scotland-childrens-hearing' }],
  },
  {
    name: 'Scotland: the Care Act 2014 does not apply, so a social work assessment alone gives no Care Act advocacy',
    answers: { ...adult, nation: 'scotland', situation: ['social-care'] },
    lacks: [{ kind: 'care-act' }],
    has: [
      { kind: 'community', strength: 'may-be-able' },
      { kind: 'paid', strength: 'ask-about' },
    ],
  },
  {
    name: 'Scotland: an adult protection inquiry means the council must consider advocacy (ASP(S)A 2007 s6), so "may be able"',
    answers: { ...adult, nation: 'scotland', situation: ['safeguarding'] },
    has: [{ kind: 'community', strength: 'may-be-able', basis: ['Adult Support and Protection'] }],
  },
  {
    name: 'Scotland: PASS gives advice and support with NHS complaints (Patient Rights (Scotland) Act 2011)',
    answers: { ...adult, nation: 'scotland', situation: ['nhs-complaint'] },
    has: [
      {
        kind: 'nhs-complaints',
        strength: 'may-be-able',
        reason: 'Patient Advice and Support Service (PASS)',
      },
    ],
  },

  // ----- Northern Ireland
  {
    name: 'Northern Ireland: there is no IMHA scheme, so mental health advocacy is "may be able"',
    answers: {
      ...adult,
      nation: 'northern-ireland',
      situation: ['mental-health-care'],
      condition: ['mental-health'],
    },
    has: [
      { kind: 'mental-health', strength: 'may-be-able', ruleId: 'northern-ireland-mental-health' },
    ],
    lacks: [{ kind: 'imha' }],
  },
  {
    name: 'Northern Ireland: from 16, an IMCA is a legal right when the trust needs authorisation, family or not (MCA (NI) 2016 ss35–36)',
    answers: { ...adult, nation: 'northern-ireland', situation: ['liberty'], capacity: 'lacks' },
    has: [
      {
        kind: 'imca',
        strength: 'legal-right',
        ruleId: 'northern-ireland-deprivation-of-liberty',
        basis: ['Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36'],
        reason: 'There are 2 exceptions',
      },
    ],
  },
  {
    name: 'Northern Ireland: the Mental Capacity Act 2005 does not apply, so serious medical treatment gives no IMCA',
    answers: { ...adult, nation: 'northern-ireland', situation: ['medical-treatment'] },
    lacks: [{ kind: 'imca' }],
  },
  {
    name: 'Northern Ireland: the Patient and Client Council must help with health and social care complaints (HSC (Reform) Act (NI) 2009 s17)',
    answers: { ...adult, nation: 'northern-ireland', situation: ['nhs-complaint'] },
    has: [
      {
        kind: 'nhs-complaints',
        strength: 'legal-right',
        basis: ['(Northern Ireland) 2009, section 17'],
      },
    ],
  },
  {
    name: 'Northern Ireland: there is no Care Act advocacy for a social care assessment',
    answers: { ...adult, nation: 'northern-ireland', situation: ['social-care'] },
    lacks: [{ kind: 'care-act' }],
  },

  // ----- Every nation
  {
    name: 'Any nation: with no legal right, community, self, peer and group advocacy are offered, and paid advocacy to ask about',
    answers: { ...adult, nation: 'england', situation: ['none'] },
    has: [
      {
        kind: 'community',
        strength: 'may-be-able',
        ruleId: 'community-no-legal-right',
        reason: 'did not find a legal right',
      },
      { kind: 'self' },
      { kind: 'peer' },
      { kind: 'group' },
      { kind: 'paid', strength: 'ask-about' },
    ],
    lacks: [{ kind: 'spot-purchase' }],
  },
  {
    name: 'Any nation: a professional whose client has a legal right is told about spot-purchase advocacy',
    answers: {
      ...adult,
      role: 'professional',
      nation: 'scotland',
      situation: ['none'],
      condition: ['autism'],
    },
    has: [
      { kind: 'spot-purchase', strength: 'ask-about' },
      { kind: 'learning-disability-autism', strength: 'legal-right' },
    ],
    lacks: [{ kind: 'paid' }],
  },
  {
    name: 'A nation fixed by the host is not asked, and its law is used',
    preset: { nation: 'wales' },
    answers: { ...adult, situation: ['mental-health-care'], 'mh-status': 'informal-inpatient' },
    has: [{ kind: 'imha', strength: 'legal-right', ruleId: 'wales-imha-informal' }],
  },
];

function find(outcomes: readonly Outcome[], e: Expect): Outcome | undefined {
  return outcomes.find((o) => o.kind === e.kind && (!e.strength || o.strength === e.strength));
}

describe('eligibility: scenarios across the four nations', () => {
  it('has at least 30 scenarios', () => {
    expect(cases.length).to.be.at.least(30);
  });

  for (const c of cases) {
    it(c.name, () => {
      expect(nextQuestion(c.answers, c.preset)?.id, 'the answers are complete').to.equal(undefined);
      expect(isComplete(c.answers, c.preset)).to.equal(true);
      const outcomes = assess(c.answers, c.preset);
      for (const e of c.has ?? []) {
        const found = find(outcomes, e);
        expect(
          found,
          `${e.kind} ${e.strength ?? ''} in ${outcomes.map((o) => `${o.kind}:${o.strength}`).join(', ')}`,
        ).to.not.equal(undefined);
        if (e.ruleId) expect(found!.ruleId).to.equal(e.ruleId);
        for (const title of e.basis ?? []) {
          expect(found!.basis.map((b) => b.title).join(' | ')).to.contain(title);
        }
        if (e.reason) expect(found!.reasons.map((r) => r()).join(' ')).to.contain(e.reason);
      }
      for (const l of c.lacks ?? []) {
        expect(find(outcomes, l), `${l.kind} ${l.strength ?? ''} should not be offered`).to.equal(
          undefined,
        );
      }
    });
  }
});
