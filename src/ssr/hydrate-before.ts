// Lit's hydration support hands itself to the next LitElement through a global. Ours is for our
// own Lit only: the host page's value is kept here and put back by `hydrate-after.ts`.
const host = globalThis as {
  litElementHydrateSupport?: unknown;
  advocacyHostHydrateSupport?: unknown;
};
host.advocacyHostHydrateSupport = host.litElementHydrateSupport;
export {};
