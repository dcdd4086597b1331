import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RULES, STRENGTHS, assess } from '../../src/eligibility/index.js';
import { nationStrength } from '../../src/eligibility/strength.js';
import type { NationStrength } from '../../src/eligibility/strength.js';
import { getKind } from '../../src/knowledge/index.js';
import { ADVOCACY_KIND_IDS } from '../../src/knowledge/ids.js';
import { NATIONS } from '../../src/knowledge/nations.js';
import type { Nation } from '../../src/knowledge/nations.js';
import { walk } from './eligibility-helpers.js';

// One statement of each right: the explainer's per-nation status and the quiz's outcomes both come
// from the rule records, so they cannot disagree.

const RANK: readonly NationStrength[] = [...STRENGTHS, 'no-right'];

describe('eligibility: one place for the strength of each kind in each nation', () => {
  for (const kind of ADVOCACY_KIND_IDS) {
    for (const nation of NATIONS) {
      it(`${kind} in ${nation}: the explainer shows the strength the rules give`, () => {
        expect(getKind(kind).nations[nation].strength).to.equal(nationStrength(kind, nation));
      });
    }
  }

  it('a kind no law requires is never stated as a right', () => {
    for (const rule of RULES.filter((r) => r.nonStatutory)) {
      for (const nation of NATIONS) {
        const strongest = RULES.filter(
          (r) => r.kind === rule.kind && !r.nonStatutory && r.nations.includes(nation),
        );
        if (strongest.length === 0) expect(nationStrength(rule.kind, nation)).to.equal('no-right');
      }
    }
  });

  it('the quiz never gives an outcome stronger than the strength for that kind under the law that applies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(...NATIONS),
        (c, nation) => {
          const { answers } = walk(c, { nation });
          for (const o of assess(answers, { nation })) {
            const statutory = RULES.find((r) => r.id === o.ruleId && !r.nonStatutory);
            if (!statutory) continue;
            // The law of the place, or of the nation whose council arranged the care.
            const law = statutory.nations.includes(nation) ? nation : answers['placed-by'];
            expect(statutory.nations, `${o.ruleId} holds in ${nation}`).to.include(law);
            expect(
              RANK.indexOf(o.strength),
              `${o.kind} in ${nation}: ${o.strength} from ${o.ruleId}`,
            ).to.be.at.least(RANK.indexOf(nationStrength(o.kind, law as Nation)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the strongest outcomes match the explainer for the rights issue 14 settled', () => {
    expect(nationStrength('imca', 'northern-ireland')).to.equal('legal-right');
    expect(nationStrength('imha', 'northern-ireland')).to.equal('no-right');
    expect(nationStrength('nhs-complaints', 'scotland')).to.equal('may-be-able');
    expect(nationStrength('care-act', 'scotland')).to.equal('no-right');
    expect(nationStrength('care-act', 'wales')).to.equal('legal-right');
  });
});
