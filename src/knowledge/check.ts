/**
 * Checks that every fact in the knowledge keeps its sources, a valid re-read date and a review-by
 * date at most 6 months later, and that each strength rests on law strong enough for it.
 * Pure functions: they return a list of problems (empty when all is well), so a test, a CI
 * script or an editor's tool can use them alike.
 */
import { NATIONS } from './nations.js';
import { addMonths, REVIEW_MONTHS } from './dates.js';
import type { AdvocacyKind, NationRoute, Source, SourceType, Topic } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (no time, no zone), from 2000 on. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 2000 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d
  );
}

/** Primary legislation. */
const ACT_LEVEL: readonly SourceType[] = ['act'];
/** Law, or guidance the law makes bodies follow, or a judgment stating the law. */
const LEGAL: readonly SourceType[] = ['act', 'regulations', 'statutory-guidance', 'judgment'];
const SOURCE_TYPES: readonly SourceType[] = [
  'act',
  'regulations',
  'statutory-guidance',
  'judgment',
  'guidance',
  'sector',
];

/**
 * Problems with a re-read date and its review-by date (at most 6 months later). `what` starts
 * each problem: `imha:`, or `imha.sources: source "x" has`.
 */
function checkDates(checked: unknown, reviewBy: unknown, what: string): string[] {
  if (!isIsoDate(checked)) return [`${what} no valid checked date ("${String(checked)}")`];
  if (!isIsoDate(reviewBy)) return [`${what} no valid reviewBy date ("${String(reviewBy)}")`];
  if (reviewBy < checked) return [`${what} a reviewBy date before its checked date`];
  if (reviewBy > addMonths(checked, REVIEW_MONTHS)) {
    return [`${what} a reviewBy date more than ${REVIEW_MONTHS} months after it was checked`];
  }
  return [];
}

export function checkSource(source: Source, where: string): string[] {
  const problems: string[] = [];
  if (!source.id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(source.id)) {
    problems.push(`${where}: source id "${String(source.id)}" is not kebab-case`);
  }
  if (!source.title || source.title.trim() !== source.title) {
    problems.push(`${where}: source "${source.id}" has no title, or spaces around it`);
  }
  if (!SOURCE_TYPES.includes(source.type)) {
    problems.push(`${where}: source "${source.id}" has an unknown type "${String(source.type)}"`);
  }
  problems.push(
    ...checkDates(source.checked, source.reviewBy, `${where}: source "${source.id}" has`),
  );
  if (source.url !== undefined && !/^https:\/\/[^\s]+$/.test(source.url)) {
    problems.push(`${where}: source "${source.id}" has a URL that is not https`);
  }
  return problems;
}

function checkSources(sources: readonly Source[] | undefined, where: string): string[] {
  if (!sources || sources.length === 0) return [`${where}: no source`];
  return sources.flatMap((s) => checkSource(s, where));
}

function hasType(sources: readonly Source[], types: readonly SourceType[]): boolean {
  return sources.some((s) => types.includes(s.type));
}

function checkRoute(route: NationRoute | undefined, where: string): string[] {
  if (!route) return [`${where}: missing`];
  const problems = checkSources(route.sources, where);
  if (route.strength === 'legal-right' && !hasType(route.sources, ACT_LEVEL)) {
    problems.push(`${where}: a legal right must cite an Act`);
  }
  if (route.strength === 'may-be-able' && !hasType(route.sources, LEGAL)) {
    problems.push(`${where}: "may be able to get" must cite law or statutory guidance`);
  }
  return problems;
}

export function checkKind(kind: AdvocacyKind): string[] {
  const where = kind.id;
  const problems: string[] = [];
  problems.push(...checkDates(kind.checked, kind.reviewBy, `${where}:`));
  problems.push(...checkSources(kind.sources, `${where}.sources`));
  for (const nation of NATIONS) {
    problems.push(...checkRoute(kind.nations?.[nation], `${where}.nations.${nation}`));
  }
  const rightSomewhere = NATIONS.some((n) => kind.nations?.[n]?.strength === 'legal-right');
  if (kind.group === 'legal-right' && !rightSomewhere) {
    problems.push(`${where}: group is legal-right but no nation has strength legal-right`);
  }
  if (kind.group === 'other' && rightSomewhere) {
    problems.push(`${where}: a nation has strength legal-right, so the group must be legal-right`);
  }
  return problems;
}

export function checkTopic(topic: Topic): string[] {
  const where = `topic ${topic.id}`;
  const problems = checkSources(topic.sources, where);
  problems.push(...checkDates(topic.checked, topic.reviewBy, `${where}:`));
  if (topic.legalClaim && !hasType(topic.sources ?? [], LEGAL)) {
    problems.push(`${where}: states what the law says but cites no law or statutory guidance`);
  }
  return problems;
}

/** Every problem in the given kinds and topics; empty when every fact is sourced and dated. */
export function checkKnowledge(kinds: readonly AdvocacyKind[], topics: readonly Topic[]): string[] {
  return [...kinds.flatMap(checkKind), ...topics.flatMap(checkTopic)];
}
