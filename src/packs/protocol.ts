import type { Localize } from './localize-shim.js';

/** The event a pack's script fires on its own `<script>` element when it has run. */
export const PACK_EVENT = 'advocacy-widgets-pack';

/** What a pack hands to the core script: its name, and a function that binds and returns it. */
export interface PackDetail<T = unknown> {
  name: string;
  take(localize: Localize): T;
}
