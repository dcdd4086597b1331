import type { Localize } from './localize-shim.js';

/** The event a pack's script fires on its own `<script>` element when it has run. */
export const PACK_EVENT = 'advocacy-widgets-pack';

/** What a pack hands to the core script: its name, and a function that binds and returns it. */
export interface PackDetail<T = unknown> {
  name: string;
  take(localize: Localize): T;
}

/**
 * Why the drop-in script loads none of its packs on a page: it could not tell where its own files
 * are. Shown to the page's editor, and warned once.
 */
export const REFUSED =
  'could not tell where its files are, so it loads none. Load it as advocacy-widgets.js, or give its folder in data-base on its script tag (see docs/hosting.md).';

/**
 * Hands a pack to the core script, on the pack's own `<script>`: read through Document.prototype,
 * because `document.currentScript` can be an element the page named "currentScript".
 */
export function announce<T>(detail: PackDetail<T>): void {
  const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!.call(
    document,
  ) as Element | null;
  script?.dispatchEvent(new CustomEvent<PackDetail<T>>(PACK_EVENT, { detail }));
}
