/**
 * What our elements touch while they render in Node: Lit's DOM shim, plus the window events
 * lit-localize sends, and an element's light DOM, which is empty when prerendering (inline
 * JSON is passed to the element as data instead).
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

export function installShim(): void {
  const global = globalThis as unknown as Record<string, unknown>;
  if (!global.window) {
    const target = new EventTarget();
    global.window = Object.assign(target, { location: global.location, document: global.document });
  }
  const proto = (global.HTMLElement as { prototype: Record<string, unknown> }).prototype;
  proto.querySelector ??= () => null;
  proto.querySelectorAll ??= () => [];
}
