import type { AdvocacyKindId } from '../knowledge/ids.js';
import type { Nation } from '../knowledge/nations.js';
import type { WeeklyHours } from './hours.js';
import type { PhoneNumber } from './phone.js';

/**
 * One local advocacy provider, after reading and checking. Every string is plain text (never
 * HTML) and every URL has passed `safeUrl`. A field that is missing was not given or was dropped:
 * `problems` says which.
 */
export interface Provider {
  /** Stable id: from the data, or made from the name. Unique within one read. */
  id: string;
  name: string;
  /** The organisation behind the service, when the data names one that differs from `name`. */
  organisation?: string;
  services: AdvocacyKindId[];
  /** Council areas, towns or regions served, as written by the editor. */
  areas: string[];
  nations?: Nation[];
  phone?: PhoneNumber;
  sms?: PhoneNumber;
  textphone?: PhoneNumber;
  /** The number to dial through Relay UK (18001 then the number). */
  relayUk?: PhoneNumber;
  /** "Need help with the referral form? Call us." */
  referralHelpByPhone: boolean;
  /** A checked address (letters, digits, `. _ + ' -` before the @); `mailto:` + it is safe. */
  email?: string;
  website?: string;
  referralUrl?: string;
  mapUrl?: string;
  address?: Address;
  hours?: WeeklyHours;
  /** Who can ask for an advocate. A key that is missing was not stated. */
  whoCanRefer: WhoCanRefer;
  /** BCP 47 tags in canonical form (`cy`, `pa-Guru`), or names as written (`BSL`). */
  languages: string[];
  singlePointOfAccess: boolean;
  singlePointOfAccessNote?: string;
  /** A short notice set by the provider ("Our phone line is closed on Friday 4 December"). */
  alert?: string;
  /** ISO date, YYYY-MM-DD. */
  lastChecked?: string;
  problems: Problem[];
}

export interface Address {
  lines: string[];
  /** A UK postcode in capitals with one space: "DE24 3DS". */
  postcode?: string;
}

export interface WhoCanRefer {
  self?: boolean;
  family?: boolean;
  professional?: boolean;
}

/** Something in the data that was dropped, shortened or is missing. */
export interface Problem {
  code: ProblemCode;
  /** The field in our format (`phone`, `services`, `hours`); `''` for the whole input. */
  field: string;
  /** Position of the provider in the input list, from 0. */
  index?: number;
  /** The value at fault, shortened, as text: for the editor's message only. */
  value?: string;
}

export type ProblemCode =
  | 'invalid-json' // the text is not JSON
  | 'unknown-format' // neither our format nor Open Referral UK
  | 'unreadable' // the input could not be read at all (a last resort, never expected)
  | 'no-name' // the provider has no name: it is left out
  | 'no-contact' // no phone, textphone, SMS, email, website or referral link
  | 'wrong-type' // e.g. a number where text was expected: dropped
  | 'too-large' // the file is larger than LIMITS.fileSize: nothing is read
  | 'too-long' // text shortened, or a link dropped
  | 'too-many' // a list cut short
  | 'unknown-field' // a field our format does not have (a typo?): ignored
  | 'unknown-service' // not an id from ADVOCACY_KIND_IDS: dropped
  | 'unknown-nation' // not england, wales, scotland or northern-ireland: dropped
  | 'invalid-value' // a value outside the allowed set (e.g. whoCanRefer "friends"): dropped
  | 'unsafe-url' // not an http(s) link (or mailto: for referrals): dropped
  | 'invalid-phone' // not a UK phone number: dropped
  | 'invalid-email' // not an email address: dropped
  | 'invalid-postcode' // not a UK postcode: dropped
  | 'invalid-hours' // opening hours could not be read: all of them dropped
  | 'unsupported-schedule' // an Open Referral schedule that is not weekly: skipped
  | 'invalid-date' // lastChecked is not a real YYYY-MM-DD date: dropped
  | 'relay-without-phone' // relayUk is true but there is no phone number to relay to
  | 'duplicate-id'; // two providers share an id: the later one gets a suffix

export interface ReadResult {
  providers: Provider[];
  /** Every problem, including those of providers that were left out. */
  problems: Problem[];
}
