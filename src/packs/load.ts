/**
 * Parts that only some pages need, loaded when an element first needs them. For npm users these
 * are ordinary dynamic imports; the drop-in script swaps this file for `load.script.ts`.
 */
import type * as Eligibility from '../eligibility/index.js';
import type * as Knowledge from '../knowledge/index.js';
import type * as EasyRead from '../easy-read/pack.js';
import type * as CardExtras from '../providers/extras.js';
import type * as Kiosk from '../kiosk/index.js';
import type * as Speech from '../speech/index.js';
import { usePart } from '../i18n/locale.js';

export type EligibilityModule = typeof Eligibility;
export type KnowledgeModule = typeof Knowledge;
export type EasyReadModule = typeof EasyRead;
export type CardExtrasModule = typeof CardExtras;
export type KioskModule = typeof Kiosk;
export type SpeechModule = typeof Speech;

/** Why packs cannot be loaded; as an npm module they always can (see load.script.ts). */
export function refusal(): string | undefined {
  return undefined;
}

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

/** Pictograms and the elements' easy-read words, and those words in the current locale. */
export async function loadEasyRead(): Promise<EasyReadModule> {
  const module = await import('../easy-read/pack.js');
  await usePart('easy-read');
  return module;
}

/** The contact card's vCard and JSON-LD writers. */
export function loadCardExtras(): Promise<CardExtrasModule> {
  return import('../providers/extras.js');
}

/** Kiosk mode and paper: the shared idle timer, "Finish and clear", QR codes, the printed slip. */
export function loadKiosk(): Promise<KioskModule> {
  return import('../kiosk/index.js');
}

/** Reading aloud with the browser's speech synthesis, loaded on the first press of "Listen". */
export function loadSpeech(): Promise<SpeechModule> {
  return import('../speech/index.js');
}

/** The contrast check for a page that sets its own colours. */
export async function loadThemeCheck(): Promise<{ checkContrast(element: Element): void }> {
  return import('../ui/contrast.js');
}
