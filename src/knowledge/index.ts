/**
 * What is true about advocacy in the UK, as typed data with sources. No DOM, no Lit, and no
 * `msg()` call until a {@link Text} is read.
 */
import type { AdvocacyKindId } from './ids.js';
import { NATIONS, type Nation } from './nations.js';
import type { AdvocacyKind, Source, Strength } from './types.js';
import { KINDS } from './kinds.js';
import { TOPICS, type KnownTopic, type TopicId } from './topics.js';

export * from './ids.js';
export * from './nations.js';
export type * from './types.js';
export { KINDS } from './kinds.js';
export { TOPICS, TOPIC_IDS, type KnownTopic, type TopicId } from './topics.js';
export { SOURCES, ALL_SOURCES, LAST_CHECKED } from './sources.js';
export { strengthOf } from './strength.js';
export { addMonths, datesOf, REVIEW_MONTHS } from './dates.js';

const BY_ID: ReadonlyMap<string, AdvocacyKind> = new Map(KINDS.map((k) => [k.id, k]));

/** The kind with this id. */
export function getKind(id: AdvocacyKindId): AdvocacyKind;
/** The kind with this id, or undefined for an id that is not a kind (from an attribute, say). */
export function getKind(id: string): AdvocacyKind | undefined;
export function getKind(id: string): AdvocacyKind | undefined {
  return BY_ID.get(id);
}

/** The topic with this id. */
export function getTopic(id: TopicId): KnownTopic;
export function getTopic(id: string): KnownTopic | undefined;
export function getTopic(id: string): KnownTopic | undefined {
  return TOPICS.find((t) => t.id === id);
}

/** The order of strengths, strongest first. */
export const STRENGTHS: readonly Strength[] = [
  'legal-right',
  'may-be-able',
  'ask-about',
  'no-right',
];

/**
 * Every kind, legal rights first. With a nation, by that nation's strength (legal right, may be
 * able to get, ask about, no right); without one, by group. Ties keep the order of KINDS.
 */
export function kindsFor(nation?: Nation): readonly AdvocacyKind[] {
  const rank = (kind: AdvocacyKind): number =>
    nation
      ? STRENGTHS.indexOf(kind.nations[nation].strength)
      : kind.group === 'legal-right'
        ? 0
        : 1;
  // Array.prototype.sort is stable, so ties keep the order of KINDS.
  return [...KINDS].sort((a, b) => rank(a) - rank(b));
}

/**
 * The sources behind a kind: its own, then those of one nation (or of every nation when no
 * nation is given), each source once.
 */
export function sourcesOf(kind: AdvocacyKind, nation?: Nation): readonly Source[] {
  const routes = nation ? [kind.nations[nation]] : NATIONS.map((n) => kind.nations[n]);
  const seen = new Map<string, Source>();
  for (const source of [...kind.sources, ...routes.flatMap((r) => r.sources)]) {
    if (!seen.has(source.id)) seen.set(source.id, source);
  }
  return [...seen.values()];
}
