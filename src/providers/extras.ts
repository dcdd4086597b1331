/** What a contact card needs only now and then: the vCard for "Save contact", and JSON-LD. */
import type { AdvocacyKindId } from '../knowledge/ids.js';
import type { Provider } from './model.js';
import { boundedJsonLd } from './jsonld.js';
import { toVCard } from './vcard.js';

export { toVCard } from './vcard.js';
export { boundedJsonLd, jsonLdText, toJsonLd } from './jsonld.js';

/** "Save contact": makes the provider's vCard in the browser and downloads it, through `root`. */
export function saveContact(provider: Provider, root: Node): void {
  const blob = new Blob([toVCard(provider)], { type: 'text/vcard;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${provider.id || 'advocacy'}.vcf`;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
let jsonLdPolicy: TrustedTypePolicyLike | null | undefined;
/**
 * The page refused our JSON-LD once (its Trusted Types list leaves out our policy): we stop
 * trying, so the page gets one violation report and the editor one warning, not one per card.
 */
let refused = false;

/** A Trusted Types policy for our JSON-LD text, where the page enforces Trusted Types. */
function scriptPolicy(): TrustedTypePolicyLike | null {
  if (jsonLdPolicy !== undefined) return jsonLdPolicy;
  const tt = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): TrustedTypePolicyLike } })
    .trustedTypes;
  try {
    // Only ever given the output of jsonLdText, which cannot end the script element.
    jsonLdPolicy = tt ? tt.createPolicy('advocacy-widgets-json-ld', { createScript: (s: string) => s }) : null;
  } catch {
    jsonLdPolicy = null;
  }
  return jsonLdPolicy;
}

/**
 * Describes the providers to search engines: a `<script type="application/ld+json">` marked
 * `mark`, in `host`'s light DOM, made or brought up to date. Throws when the page refuses it.
 */
export function placeJsonLd(
  host: Element,
  mark: string,
  providers: readonly Provider[],
  names: Partial<Record<AdvocacyKindId, string>>,
): void {
  if (refused) return;
  const text = boundedJsonLd(providers, names);
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${mark}]`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(mark, '');
  }
  if (script.textContent !== text) {
    const policy = scriptPolicy();
    try {
      (script as { textContent: unknown }).textContent = policy ? policy.createScript(text) : text;
    } catch (error) {
      refused = true;
      throw error;
    }
  }
  if (!text) {
    script.remove();
    return;
  }
  if (!script.isConnected) host.append(script);
}
