/**
 * The strength of each kind of advocacy in each nation, read from the eligibility rules: one
 * statement of each right, so the explainer and the quiz cannot disagree.
 */
import { nationStrength } from '../eligibility/strength.js';
import type { AdvocacyKindId } from './ids.js';
import type { Nation } from './nations.js';
import type { Strength } from './types.js';

/** How strong a kind of advocacy is in a nation, as the quiz's rules state it. */
export function strengthOf(kind: AdvocacyKindId, nation: Nation): Strength {
  return nationStrength(kind, nation);
}
