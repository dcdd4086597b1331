import { WIDGETS_MARK } from './ui/base-element.js';

/**
 * Defines a custom element unless the name is taken. Loading the script twice is quiet; a name
 * taken by someone else's element is reported once, and the host page keeps working.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  try {
    if (typeof customElements === 'undefined') return;
    const existing: (CustomElementConstructor & { [WIDGETS_MARK]?: boolean }) | undefined =
      customElements.get(name);
    if (!existing) {
      customElements.define(name, constructor);
    } else if (!existing[WIDGETS_MARK]) {
      console.warn(
        `advocacy-widgets: <${name}> is already defined by another script on this page, so ours was not registered.`,
      );
    }
  } catch (error) {
    console.warn(`advocacy-widgets: could not define <${name}>: ${String(error)}`);
  }
}
