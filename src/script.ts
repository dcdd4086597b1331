// The classic drop-in script: defines the elements and exports nothing, so no global is created.
// Elements prerendered with `npm run prerender` (declarative shadow DOM) are hydrated, not
// rendered again: Lit's hydration support must run before our LitElement is defined.
import './ssr/hydrate-before.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
import './ssr/hydrate-after.js';
