/**
 * The drop-in script's way of loading a pack: a classic `<script>` next to the core script,
 * resolved from the core script's own address, so it also works from a CDN on another origin.
 */
import { msg, str } from '@lit/localize';
import { PACK_EVENT, type PackDetail } from './protocol.js';
import { usePart } from '../i18n/locale.js';
import type {
  CardExtrasModule,
  EasyReadModule,
  EligibilityModule,
  KioskModule,
  KnowledgeModule,
  SpeechModule,
} from './load.js';

export type { CardExtrasModule, EasyReadModule, EligibilityModule, KioskModule, KnowledgeModule, SpeechModule };

// Read while the core script runs: later, document.currentScript is another script or null.
const CORE_SRC = (document.currentScript as HTMLScriptElement | null)?.src || '';
const BASE = CORE_SRC ? new URL('.', CORE_SRC).href : new URL('.', document.baseURI).href;
const STEM = (CORE_SRC.split('/').pop() || 'advocacy-widgets.js').replace(/\.js(\?.*)?$/, '');

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/** Where Trusted Types are required, script URLs go through a policy that allows only ours. */
function scriptUrl(url: string): unknown {
  if (policy === undefined) {
    const tt = (window as unknown as { trustedTypes?: { createPolicy(n: string, r: object): ScriptUrlPolicy } }).trustedTypes;
    policy = tt
      ? tt.createPolicy('advocacy-widgets', {
          createScriptURL: (value: string) => {
            if (!value.startsWith(BASE)) throw new TypeError(`advocacy-widgets loads scripts from ${BASE} only`);
            return value;
          },
        })
      : null;
  }
  return policy ? policy.createScriptURL(url) : url;
}

const loading = new Map<string, Promise<unknown>>();

/** Loads `<stem>.<file>.js` once, and resolves with what the pack (named `name`) hands over. */
export function loadPack<T>(file: string, name = file): Promise<T> {
  const known = loading.get(file);
  if (known) return known as Promise<T>;
  const promise = new Promise<T>((resolve, reject) => {
    const script = document.createElement('script');
    const url = new URL(`${STEM}.${file}.js`, BASE).href;
    script.addEventListener(PACK_EVENT, ((event: CustomEvent<PackDetail<T>>) => {
      if (event.detail?.name === name) resolve(event.detail.take({ msg, str }));
    }) as EventListener);
    script.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    script.addEventListener('load', () => setTimeout(() => reject(new Error(`${url} is not an advocacy-widgets pack`))));
    script.async = true;
    (script as { src: unknown }).src = scriptUrl(url);
    document.head.append(script);
  });
  loading.set(file, promise);
  promise.catch(() => loading.delete(file));
  return promise;
}

export async function loadEligibility(): Promise<EligibilityModule> {
  const module = await loadPack<EligibilityModule>('eligibility');
  await usePart('eligibility');
  return module;
}

export async function loadKnowledge(): Promise<KnowledgeModule> {
  const module = await loadPack<KnowledgeModule>('knowledge');
  await usePart('knowledge');
  return module;
}

export async function loadEasyRead(): Promise<EasyReadModule> {
  const module = await loadPack<EasyReadModule>('easy-read');
  await usePart('easy-read');
  return module;
}

export function loadCardExtras(): Promise<CardExtrasModule> {
  return loadPack<CardExtrasModule>('card-extras');
}

export function loadKiosk(): Promise<KioskModule> {
  return loadPack<KioskModule>('kiosk');
}

export function loadSpeech(): Promise<SpeechModule> {
  return loadPack<SpeechModule>('speech');
}

export function loadThemeCheck(): Promise<{ checkContrast(element: Element): void }> {
  return loadPack('theme-check');
}
