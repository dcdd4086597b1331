/**
 * Parts that only some pages need, loaded when an element first needs them. For npm users these
 * are ordinary dynamic imports; the drop-in script swaps this file for `load.script.ts`.
 */
import type * as Eligibility from '../eligibility/index.js';
import type * as Knowledge from '../knowledge/index.js';
import { usePart } from '../i18n/locale.js';

export type EligibilityModule = typeof Eligibility;
export type KnowledgeModule = typeof Knowledge;

/** The quiz's questions and rules, and their words in the current locale. */
export async function loadEligibility(): Promise<EligibilityModule> {
  const module = await import('../eligibility/index.js');
  await usePart('eligibility');
  return module;
}

/** Every kind of advocacy, per nation, with sources, and their words in the current locale. */
export async function loadKnowledge(): Promise<KnowledgeModule> {
  const module = await import('../knowledge/index.js');
  await usePart('knowledge');
  return module;
}
