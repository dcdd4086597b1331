/**
 * Parts that only some pages need, loaded when an element first needs them. For npm users these
 * are ordinary dynamic imports; the drop-in script swaps this file for `load.script.ts`.
 */
import type * as Eligibility from '../eligibility/index.js';
import type * as Knowledge from '../knowledge/index.js';

export type EligibilityModule = typeof Eligibility;
export type KnowledgeModule = typeof Knowledge;

/** The quiz's questions and rules. */
export function loadEligibility(): Promise<EligibilityModule> {
  return import('../eligibility/index.js');
}

/** Every kind of advocacy, per nation, with sources. */
export function loadKnowledge(): Promise<KnowledgeModule> {
  return import('../knowledge/index.js');
}
