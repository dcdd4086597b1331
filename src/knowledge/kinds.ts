/**
 * The fourteen kinds of advocacy, gathered from ./kinds/ (one file per group of kinds, standard
 * text) and ./easy/ (their easy read). Each nation's strength comes from the eligibility rules
 * (./strength.ts), the kind's group from those strengths, and every date from the sources.
 *
 * Writing rules (/work/shared/CONTENT.md): plain English, "you", active voice, at most 25 words a
 * sentence, acronyms expanded on first use, "council" rather than "local authority". One whole
 * sentence or paragraph per message; never join fragments. Keep it short: all of it ships in the
 * drop-in script and is translated twice (the knowledge test keeps a budget). The strength label
 * already says whether it is a legal right, so a nation's text only adds what differs there.
 */
import type { AdvocacyKind, AdvocacyKindData, NationRoute } from './types.js';
import { NATIONS, type Nation } from './nations.js';
import { datesOf } from './dates.js';
import { strengthOf } from './strength.js';
import { EASY_KINDS, EASY_NATIONS } from './easy-read.js';
import { imha, learningDisabilityAutism, mentalHealth } from './kinds/mental-health.js';
import { imca } from './kinds/capacity.js';
import { careAct } from './kinds/care.js';
import { nhsComplaints } from './kinds/complaints.js';
import { children } from './kinds/children.js';
import { citizen, community, group, peer, self } from './kinds/other.js';
import { paid, spotPurchase } from './kinds/paid.js';

/** A kind with its easy read, each nation's strength and every date attached. */
function assemble(data: AdvocacyKindData): AdvocacyKind {
  const easy = EASY_NATIONS[data.id];
  const nations = Object.fromEntries(
    NATIONS.map((n): [Nation, NationRoute] => {
      const route = data.nations[n];
      return [
        n,
        {
          ...route,
          easyRead: easy[n],
          strength: strengthOf(data.id, n),
          ...datesOf(route.sources),
        },
      ];
    }),
  ) as Record<Nation, NationRoute>;
  const rightSomewhere = NATIONS.some((n) => nations[n].strength === 'legal-right');
  return {
    ...data,
    easyRead: EASY_KINDS[data.id],
    group: rightSomewhere ? 'legal-right' : 'other',
    nations,
    ...datesOf([...data.sources, ...NATIONS.flatMap((n) => data.nations[n].sources)]),
  };
}

/** Every kind, in the order of ADVOCACY_KIND_IDS. */
export const KINDS: readonly AdvocacyKind[] = [
  imha,
  imca,
  careAct,
  nhsComplaints,
  children,
  community,
  learningDisabilityAutism,
  mentalHealth,
  citizen,
  group,
  peer,
  self,
  paid,
  spotPurchase,
].map(assemble);
