/**
 * Provider data: read, check and sanitise contact details for local advocacy providers, from our
 * JSON format, Open Referral UK or an element's attributes. Pure: no DOM, no Lit, no messages.
 */
export type { Address, Problem, ProblemCode, Provider, ReadResult, WhoCanRefer } from './model.js';
export {
  filterProviders,
  FIELDS,
  LIMITS,
  readAttributes,
  readProviders,
  type ReadOptions,
} from './read.js';
export { safeUrl, SAFE_SCHEMES } from './urls.js';
export {
  formatUkPhone,
  parseUkPhone,
  RELAY_UK_PREFIX,
  relayUkNumber,
  type PhoneNumber,
} from './phone.js';
export {
  isOpenAt,
  londonDate,
  nextChange,
  parseHours,
  parseHoursText,
  parseOrukSchedules,
  parseTime,
  summariseHours,
  WEEKDAYS,
  type HoursGroup,
  type TimeRange,
  type WeeklyHours,
  type Weekday,
} from './hours.js';
export { escapeVCard, foldLine, toVCard } from './vcard.js';
export { boundedJsonLd, JSON_LD_LIMITS, jsonLdText, toJsonLd } from './jsonld.js';
export { hasBidiControls, withoutBidiControls } from './text.js';
