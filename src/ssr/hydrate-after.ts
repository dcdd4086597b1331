// Our LitElement has taken the hydration support (see `hydrate-before.ts`): the host page's own
// Lit, loaded later, gets back whatever it had, not ours.
const host = globalThis as {
  litElementHydrateSupport?: unknown;
  advocacyHostHydrateSupport?: unknown;
};
host.litElementHydrateSupport = host.advocacyHostHydrateSupport;
delete host.advocacyHostHydrateSupport;
if (host.litElementHydrateSupport === undefined) delete host.litElementHydrateSupport;
export {};
