/**
 * The drop-in script's way of loading a pack: a classic `<script>` next to the core script,
 * found from the core script's own address (./where.ts), so it also works from a CDN on another
 * origin, and pinned by its hash.
 */
import { msg, str } from '@lit/localize';
import { PACK_EVENT, REFUSED, type PackDetail } from './protocol.js';
import { fileUrl, headOf, originOf, runningScript } from './where.js';
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

/**
 * The packs and locale files this core script was built with, and the SHA-256 of each (base64),
 * written in by the build (vite.config.ts), which builds them first. Nothing else is ever loaded.
 */
declare const __ADVOCACY_PACKS__: Record<string, string>;
const PINNED: Record<string, string> = __ADVOCACY_PACKS__;

// Decided once, while the core script runs: later, the page's markup could say otherwise.
const ORIGIN = originOf(runningScript());
let warned = false;

/** Why the packs cannot be loaded on this page, once something asked for one; else undefined. */
export function refusal(): string | undefined {
  return warned ? REFUSED : undefined;
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/** Where Trusted Types are required, script URLs go through a policy that allows our files only. */
function scriptUrl(url: string): unknown {
  if (policy === undefined) {
    const tt = (window as unknown as { trustedTypes?: { createPolicy(n: string, r: object): ScriptUrlPolicy } }).trustedTypes;
    policy = tt
      ? tt.createPolicy('advocacy-widgets', {
          createScriptURL: (value: string) => {
            if (!ORIGIN || !Object.keys(PINNED).some((file) => fileUrl(ORIGIN, file) === value)) {
              throw new TypeError(`advocacy-widgets loads its own files only, not ${value}`);
            }
            return value;
          },
        })
      : null;
  }
  return policy ? policy.createScriptURL(url) : url;
}

const loading = new Map<string, Promise<unknown>>();

/** Loads `advocacy-widgets.<file>.js` once, and resolves with what the pack (named `name`) hands over. */
export function loadPack<T>(file: string, name = file): Promise<T> {
  const known = loading.get(file);
  if (known) return known as Promise<T>;
  const hash = PINNED[file];
  if (!ORIGIN || !hash) {
    if (!ORIGIN && !warned) {
      warned = true;
      console.warn(`advocacy-widgets: ${REFUSED}`);
    }
    return Promise.reject(new Error(ORIGIN ? `advocacy-widgets.${file}.js is not one of our files` : REFUSED));
  }
  const promise = new Promise<T>((resolve, reject) => {
    const script = Document.prototype.createElement.call(document, 'script') as HTMLScriptElement;
    const url = fileUrl(ORIGIN, file);
    script.addEventListener(PACK_EVENT, ((event: CustomEvent<PackDetail<T>>) => {
      if (event.detail?.name === name) resolve(event.detail.take({ msg, str }));
    }) as EventListener);
    script.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    script.addEventListener('load', () => setTimeout(() => reject(new Error(`${url} is not an advocacy-widgets pack`))));
    script.async = true;
    // Pinned: the browser runs the file only if it is the one we were built with. A pack on
    // another origin is then fetched with CORS, which that server must allow.
    script.integrity = `sha256-${hash}`;
    script.crossOrigin = 'anonymous';
    (script as { src: unknown }).src = scriptUrl(url);
    headOf().append(script);
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
