import { expect } from '@open-wc/testing';
import {
  answer,
  getQuestion,
  isComplete,
  nextQuestion,
  previousQuestion,
  pruneAnswers,
  questionsToAsk,
} from '../../src/eligibility/index.js';
import type { Answers, Preset, QuestionId } from '../../src/eligibility/index.js';
import { canChangeResult } from './eligibility-helpers.js';

describe('eligibility: which question comes next', () => {
  const cases: { name: string; answers: Answers; preset?: Preset; next: QuestionId | undefined }[] =
    [
      { name: 'starts by asking who is answering', answers: {}, next: 'role' },
      { name: 'then asks the nation', answers: { role: 'self' }, next: 'nation' },
      {
        name: 'skips the nation when the host has fixed it',
        answers: { role: 'self' },
        preset: { nation: 'scotland' },
        next: 'age',
      },
      {
        name: 'asks about the Mental Health Act in England',
        answers: {
          role: 'self',
          nation: 'england',
          age: '25-or-over',
          situation: ['mental-health-care'],
        },
        next: 'mh-status',
      },
      {
        name: 'does not ask about the Mental Health Act 1983 in Scotland, where s259 does not depend on it',
        answers: {
          role: 'self',
          nation: 'scotland',
          age: '25-or-over',
          situation: ['mental-health-care'],
        },
        next: 'condition',
      },
      {
        name: 'does not ask about the Mental Health Act in Northern Ireland, where it gives no advocacy right',
        answers: {
          role: 'self',
          nation: 'northern-ireland',
          age: '25-or-over',
          situation: ['mental-health-care'],
        },
        next: 'condition',
      },
      {
        name: 'does not ask about mental capacity under 16 (the Mental Capacity Act 2005 applies from 16)',
        answers: {
          role: 'self',
          nation: 'england',
          age: 'under-16',
          situation: ['medical-treatment'],
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['none'],
        },
        next: undefined,
      },
      {
        name: 'asks about mental capacity for serious medical treatment in Wales',
        answers: {
          role: 'self',
          nation: 'wales',
          age: '18-24',
          situation: ['medical-treatment'],
          'mh-status': 'informal-inpatient',
          condition: ['none'],
        },
        next: 'capacity',
      },
      {
        name: 'does not ask about family or friends when the person can decide and no Care Act process applies',
        answers: {
          role: 'self',
          nation: 'england',
          age: '25-or-over',
          situation: ['medical-treatment'],
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['none'],
          capacity: 'can-decide',
        },
        next: undefined,
      },
      {
        name: 'asks about substantial difficulty for a social care assessment in England',
        answers: {
          role: 'family-friend',
          nation: 'england',
          age: '25-or-over',
          situation: ['social-care'],
          'placed-by': 'here',
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['dementia'],
          capacity: 'can-decide',
        },
        next: 'difficulty',
      },
      {
        name: 'asks about the Mental Health Act for any hospital or care matter in England, not only mental health care',
        answers: {
          role: 'self',
          nation: 'england',
          age: '25-or-over',
          situation: ['medical-treatment'],
        },
        next: 'mh-status',
      },
      {
        name: 'asks who arranged the care for a social care assessment, since a council elsewhere keeps its duties',
        answers: {
          role: 'self',
          nation: 'scotland',
          age: '25-or-over',
          situation: ['social-care'],
        },
        next: 'placed-by',
      },
      {
        name: 'asks where the person is in England when they may lack capacity (DoLS covers only a care home or hospital)',
        answers: {
          role: 'family-friend',
          nation: 'england',
          age: '25-or-over',
          situation: ['liberty'],
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['dementia'],
          capacity: 'lacks',
        },
        next: 'liberty-setting',
      },
      {
        name: 'asks the DoLS stage in England for a care home or hospital',
        answers: {
          role: 'family-friend',
          nation: 'england',
          age: '25-or-over',
          situation: ['liberty'],
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['dementia'],
          capacity: 'lacks',
          'liberty-setting': 'care-home-hospital',
        },
        next: 'dols-stage',
      },
      {
        name: 'asks whether the DoLS representative is paid only once an authorisation is in force',
        answers: {
          role: 'family-friend',
          nation: 'wales',
          age: '25-or-over',
          situation: ['liberty'],
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['dementia'],
          capacity: 'lacks',
          'liberty-setting': 'care-home-hospital',
          'dols-stage': 'in-force',
        },
        next: 'representative',
      },
      {
        name: 'does not ask about the representative or family while nothing has been requested under DoLS',
        answers: {
          role: 'family-friend',
          nation: 'england',
          age: '25-or-over',
          situation: ['liberty'],
          'mh-status': 'community',
          'special-treatment': 'neither',
          condition: ['dementia'],
          capacity: 'lacks',
          'liberty-setting': 'care-home-hospital',
          'dols-stage': 'not-requested',
        },
        next: undefined,
      },
      {
        name: 'asks about a complaint for a child in care in England',
        answers: {
          role: 'self',
          nation: 'england',
          age: '16-17',
          situation: ['children-services'],
          condition: ['none'],
          'children-status': ['looked-after'],
        },
        next: 'children-complaint',
      },
    ];

  for (const c of cases) {
    it(c.name, () => {
      expect(nextQuestion(c.answers, c.preset)?.id).to.equal(c.next);
      expect(isComplete(c.answers, c.preset)).to.equal(c.next === undefined);
    });
  }
});

describe('eligibility: pruning answers when an earlier answer changes', () => {
  const englandDetained: Answers = {
    role: 'self',
    nation: 'england',
    age: '25-or-over',
    situation: ['mental-health-care'],
    'mh-status': 'detained',
    condition: ['mental-health'],
  };

  const cases: {
    name: string;
    change: [QuestionId, string | string[]];
    keeps: QuestionId[];
    drops: QuestionId[];
  }[] = [
    {
      name: 'changing who is answering keeps every later answer',
      change: ['role', 'professional'],
      keeps: ['nation', 'age', 'situation', 'mh-status', 'condition'],
      drops: [],
    },
    {
      name: 'moving from England to Wales keeps the Mental Health Act answer (the Act applies in both)',
      change: ['nation', 'wales'],
      keeps: ['mh-status', 'condition'],
      drops: [],
    },
    {
      name: 'moving from England to Scotland drops the Mental Health Act 1983 answer but keeps the rest',
      change: ['nation', 'scotland'],
      keeps: ['age', 'situation', 'condition'],
      drops: ['mh-status'],
    },
    {
      name: 'choosing none of the hospital or care matters drops the Mental Health Act answer',
      change: ['situation', ['none']],
      keeps: ['condition'],
      drops: ['mh-status'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const changed = answer(englandDetained, c.change[0], c.change[1]);
      for (const id of c.keeps) expect(changed, id).to.have.property(id);
      for (const id of c.drops) expect(changed, id).to.not.have.property(id);
    });
  }

  it('drops an option that is no longer shown (children’s services at 25 or over)', () => {
    const young = answer(
      {
        role: 'self',
        nation: 'england',
        age: '18-24',
        situation: ['children-services', 'nhs-complaint'],
      },
      'age',
      '25-or-over',
    );
    expect(young.situation).to.deep.equal(['nhs-complaint']);
  });

  it('drops a stale answer from a preset nation’s point of view', () => {
    expect(pruneAnswers({ role: 'self', nation: 'england' }, { nation: 'wales' })).to.deep.equal({
      role: 'self',
    });
  });
});

describe('eligibility: recording answers', () => {
  const start: Answers = { role: 'self', nation: 'england', age: '25-or-over' };
  const cases: { name: string; id: QuestionId; value: string | string[]; expected: Answers }[] = [
    {
      name: 'records a valid answer',
      id: 'situation',
      value: ['move', 'medical-treatment'],
      expected: { ...start, situation: ['medical-treatment', 'move'] },
    },
    {
      name: 'ignores an option id the question does not have',
      id: 'situation',
      value: ['housing'],
      expected: start,
    },
    { name: 'ignores an empty list', id: 'situation', value: [], expected: start },
    {
      name: 'ignores "None of these" with another option',
      id: 'situation',
      value: ['none', 'move'],
      expected: start,
    },
    {
      name: 'ignores a list for a one-answer question',
      id: 'age',
      value: ['18-24'],
      expected: start,
    },
    {
      name: 'ignores an answer to a question that does not apply',
      id: 'mh-status',
      value: 'detained',
      expected: start,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(answer(start, c.id, c.value)).to.deep.equal(c.expected);
    });
  }
});

describe('eligibility: going back', () => {
  const answers: Answers = {
    role: 'self',
    nation: 'england',
    age: '25-or-over',
    situation: ['mental-health-care'],
    'mh-status': 'detained',
    condition: ['none'],
  };
  const cases: {
    name: string;
    from: QuestionId | undefined;
    preset?: Preset;
    back: QuestionId | undefined;
  }[] = [
    { name: 'there is nothing before the first question', from: 'role', back: undefined },
    {
      name: 'back from the results goes to the last question asked',
      from: undefined,
      back: 'condition',
    },
    { name: 'back skips questions that were not asked', from: 'condition', back: 'mh-status' },
    {
      name: 'back skips a preset nation',
      from: 'age',
      preset: { nation: 'england' },
      back: 'role',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(previousQuestion(answers, c.from, c.preset)?.id).to.equal(c.back);
    });
  }

  it('the path is the same after going back, until an answer changes', () => {
    expect(questionsToAsk(answers).map((q) => q.id)).to.deep.equal([
      'role',
      'nation',
      'age',
      'situation',
      'mh-status',
      'condition',
    ]);
  });
});

describe('eligibility: the relevance check used by the property tests can say no', () => {
  // If the checker always said yes, the property "no question is asked that cannot change the
  // result" would prove nothing. These questions are not asked in these places, for good reason.
  const cases: { name: string; before: Answers; question: QuestionId }[] = [
    {
      name: 'family or friends cannot change anything in Scotland',
      before: {
        role: 'self',
        nation: 'scotland',
        age: '25-or-over',
        situation: ['medical-treatment'],
        condition: ['none'],
      },
      question: 'support',
    },
    {
      name: 'the Mental Health Act 1983 status cannot change anything in Northern Ireland',
      before: {
        role: 'self',
        nation: 'northern-ireland',
        age: '25-or-over',
        situation: ['mental-health-care'],
      },
      question: 'mh-status',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(canChangeResult(c.before, getQuestion(c.question))).to.equal(false);
    });
  }
});
