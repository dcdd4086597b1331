import { isAdvocacyKindId, type AdvocacyKindId } from '../knowledge/ids.js';
import { isNation, type Nation } from '../knowledge/nations.js';
import {
  HOURS_LIMITS,
  londonDate,
  parseHours,
  parseOrukSchedules,
  type WeeklyHours,
} from './hours.js';
import type { Address, Problem, ProblemCode, Provider, ReadResult, WhoCanRefer } from './model.js';
import { parseUkPhone, relayUkNumber, type PhoneNumber } from './phone.js';
import { hasBidiControls, withoutBidiControls } from './text.js';
import { safeUrl } from './urls.js';

export interface ReadOptions {
  /** Relative links resolve against this URL: the JSON file's for `src`, else the page's. */
  baseUrl?: string;
  /** Kinds of advocacy to give Open Referral records, which have no such field of their own. */
  orukServices?: readonly string[];
  /** "YYYY-MM-DD", for Open Referral `valid_from` / `valid_to`. Default: today in London. */
  today?: string;
  /** At most this many providers are read (default 200). */
  maxProviders?: number;
}

/**
 * The documented limits on provider data (docs/providers.md): longest text kept, in characters;
 * longest list, in items; providers in one file; the largest file read, in characters of JSON;
 * and, for opening hours, times per day, Open Referral schedules and characters of text.
 */
export const LIMITS = {
  name: 150,
  text: 300,
  short: 100,
  email: 254,
  url: 2048,
  list: 50,
  providers: 200,
  fileSize: 1_000_000,
  rangesPerDay: HOURS_LIMITS.rangesPerDay,
  schedules: HOURS_LIMITS.schedules,
  hoursText: HOURS_LIMITS.text,
} as const;

/** Every field of our format (and so of `Provider`, less `problems`). */
export const FIELDS = [
  'id',
  'name',
  'organisation',
  'services',
  'areas',
  'nations',
  'phone',
  'sms',
  'textphone',
  'relayUk',
  'referralHelpByPhone',
  'email',
  'website',
  'referralUrl',
  'mapUrl',
  'address',
  'hours',
  'whoCanRefer',
  'languages',
  'singlePointOfAccess',
  'singlePointOfAccessNote',
  'alert',
  'lastChecked',
] as const;

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * A value as short text for a problem report: not the contents of a list or object, and with
 * control characters shown as U+FFFD, so that the editor can see something odd is there.
 */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return Array.from(withoutBidiControls(value.slice(0, 400)))
        .slice(0, 80)
        .join('')
        .replace(/\p{Cc}/gu, '\uFFFD');
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    default:
      return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  }
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?(\d[A-Z]{2})$/i;
const POSTCODE_AT_END = /[\s,]+([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/i;
const EMAIL = /^[\w.+'-]+@(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63}$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z\d]{1,8})*$/; // lower-case language: "BSL" is a name
const ID = /^[a-z\d][\w-]*$/i;
const REFERRERS = ['self', 'family', 'professional'] as const;

/**
 * Reads providers from our format (one object, a list, or `{ "providers": [...] }`) or from Open
 * Referral UK (a service, a list of services, a service-at-location, or an API page with
 * `content` / `contents`). A string is parsed as JSON first. Never throws: whatever is wrong is
 * dropped and listed in `problems`.
 */
export function readProviders(json: unknown, options: ReadOptions = {}): ReadResult {
  try {
    return readAll(json, options);
  } catch {
    return { providers: [], problems: [{ code: 'unreadable', field: '' }] };
  }
}

function readAll(json: unknown, options: ReadOptions): ReadResult {
  const problems: Problem[] = [];
  if (typeof json === 'string') {
    if (json.length > LIMITS.fileSize) {
      return {
        providers: [],
        problems: [{ code: 'too-large', field: '', value: String(json.length) }],
      };
    }
    try {
      json = JSON.parse(json);
    } catch {
      return { providers: [], problems: [{ code: 'invalid-json', field: '' }] };
    }
  }
  let list: unknown[];
  const wrapped = ['providers', 'content', 'contents'].find((key) => own(json, key) !== undefined);
  if (Array.isArray(json)) list = json;
  else if (wrapped && Array.isArray(own(json, wrapped))) list = own(json, wrapped) as unknown[];
  else if (wrapped) return { providers: [], problems: [{ code: 'wrong-type', field: wrapped }] };
  else if (isObject(json)) list = [json];
  else
    return {
      providers: [],
      problems: [{ code: 'unknown-format', field: '', value: describe(json) }],
    };

  const max = options.maxProviders ?? LIMITS.providers;
  if (list.length > max) {
    problems.push({ code: 'too-many', field: '', value: String(list.length) });
    list = list.slice(0, max);
  }
  const providers: Provider[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    if (!isObject(item)) {
      problems.push({ code: 'wrong-type', field: '', index, value: describe(item) });
      return;
    }
    const provider = readOne(item, index, options);
    problems.push(...provider.problems);
    if (!provider.name) return;
    if (ids.has(provider.id)) {
      const problem: Problem = { code: 'duplicate-id', field: 'id', index, value: provider.id };
      provider.problems.push(problem);
      problems.push(problem);
      let n = 2;
      while (ids.has(`${provider.id}-${n}`)) n += 1;
      provider.id = `${provider.id}-${n}`;
    }
    ids.add(provider.id);
    providers.push(provider);
  });
  return { providers, problems };
}

/**
 * Reads one provider from an element's attributes (kebab-case names of our fields: `name`,
 * `phone`, `referral-url`, `who-can-refer`…). Lists are comma-separated; an address is lines
 * separated by commas; `hours` uses the grammar of `parseHoursText`. `referral-help-by-phone` and
 * `single-point-of-access` are true when present; `relay-uk` is true when present and empty, or a
 * number. Other attributes are ignored.
 */
export function readAttributes(
  attrs: Record<string, string | null | undefined>,
  options: ReadOptions = {},
): ReadResult {
  try {
    const raw: Raw = {};
    for (const field of FIELDS) {
      const name = field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const value = Object.hasOwn(attrs, name) ? attrs[name] : undefined;
      if (value === null || value === undefined) continue;
      if (field === 'referralHelpByPhone' || field === 'singlePointOfAccess') raw[field] = true;
      else if (field === 'relayUk' && /^(true)?$/i.test(value.trim())) raw[field] = true;
      else raw[field] = value;
    }
    return readAll(raw, options);
  } catch {
    return { providers: [], problems: [{ code: 'unreadable', field: '' }] };
  }
}

/**
 * Keeps the providers that offer `service` (an advocacy kind id) and serve `area` (compared
 * trimmed, ignoring case and accents: "ynys mon" finds "Ynys Môn"). A provider that lists no
 * areas does not match an area.
 */
export function filterProviders(
  list: readonly Provider[],
  filter: { service?: string | null; area?: string | null } = {},
): Provider[] {
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
  const area = filter.area?.trim().replace(/\s+/g, ' ');
  return list.filter(
    (p) =>
      (!filter.service || (p.services as string[]).includes(filter.service.trim().toLowerCase())) &&
      (!area || p.areas.some((a) => collator.compare(a, area) === 0)),
  );
}

/**
 * Whether a record looks like Open Referral rather than our format: ORUK's fields are snake_case
 * lists and objects. (Our `organisation` is text; an ORUK `organisation` is an object.)
 */
function isOruk(record: Raw): boolean {
  const keys = ['organization', 'service_at_locations', 'regular_schedules', 'schedules'];
  keys.push('phones', 'contacts', 'service_areas', 'service');
  return (
    keys.some((key) => Object.hasOwn(record, key)) ||
    isObject(own(record, 'organisation')) ||
    ('url' in record && 'status' in record)
  );
}

function readOne(input: Raw, index: number, options: ReadOptions): Provider {
  const problems: Problem[] = [];
  const problem = (code: ProblemCode, field: string, value?: unknown) => {
    // Enough to fix the data; a hostile file cannot make the list grow without end.
    if (problems.length < LIMITS.list || code === 'no-name' || code === 'no-contact') {
      problems.push({ code, field, index, ...(value !== undefined && { value: describe(value) }) });
    }
  };

  const oruk = isOruk(input);
  const raw = oruk ? fromOruk(input, options, problem) : input;
  if (!oruk) {
    for (const key of Object.keys(raw)) {
      if (!(FIELDS as readonly string[]).includes(key) && !/^[_$]/.test(key)) {
        problem('unknown-field', key);
      }
    }
  }
  const get = (field: string) => {
    const value = own(raw, field);
    return value === null ? undefined : value;
  };

  /** One line of plain text: control characters and runs of white space become one space. */
  const textOf = (field: string, max: number, value: unknown): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      problem('wrong-type', field, value);
      return undefined;
    }
    const clean = withoutBidiControls(value.slice(0, max * 8))
      .replace(/[\p{Cc}\s]+/gu, ' ')
      .trim();
    const chars = Array.from(clean);
    if (chars.length <= max) return clean || undefined;
    problem('too-long', field, clean);
    return chars.slice(0, max).join('').trim();
  };
  const text = (field: string, max: number) => textOf(field, max, get(field));

  /** A list given as an array, or as text separated by commas (or `split`). */
  const listOf = (field: string, max: number, value: unknown, split = /[,;\n]/): string[] => {
    if (value === undefined || value === null) return [];
    let values: unknown[];
    if (typeof value === 'string') values = value.split(split);
    else if (Array.isArray(value)) values = value;
    else {
      problem('wrong-type', field, value);
      return [];
    }
    if (values.length > LIMITS.list) {
      problem('too-many', field, String(values.length));
      values = values.slice(0, LIMITS.list);
    }
    const out: string[] = [];
    for (const item of values) {
      const t = textOf(field, max, item);
      if (t && !out.includes(t)) out.push(t);
    }
    return out;
  };
  const list = (field: string, max: number, split?: RegExp) =>
    listOf(field, max, get(field), split);

  const bool = (field: string): boolean | undefined => {
    const value = get(field);
    if (value === undefined || typeof value === 'boolean') return value;
    problem('wrong-type', field, value);
    return undefined;
  };

  const phone = (field: string, value = get(field)): PhoneNumber | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      problem('wrong-type', field, value);
      return undefined;
    }
    if (!value.trim()) return undefined;
    const parsed = parseUkPhone(withoutBidiControls(value.slice(0, 200)));
    if (!parsed) problem('invalid-phone', field, value);
    return parsed ?? undefined;
  };

  const url = (field: string, schemes: string[]): string | undefined => {
    const raw = get(field);
    // A shortened link would lead somewhere else: too long, it is left out.
    if (typeof raw === 'string' && raw.trim().length > LIMITS.url) {
      problem('too-long', field, raw);
      return undefined;
    }
    const value = text(field, LIMITS.url);
    if (value === undefined) return undefined;
    // A link is followed as written: one hiding a direction control is refused, not repaired.
    const safe =
      typeof raw === 'string' && hasBidiControls(raw)
        ? null
        : safeUrl(value, schemes, options.baseUrl);
    if (!safe) problem('unsafe-url', field, value);
    return safe ?? undefined;
  };

  const id = text('id', 64);
  const name = text('name', LIMITS.name);
  if (!name) problem('no-name', 'name');
  if (id !== undefined && !ID.test(id)) problem('invalid-value', 'id', id);

  const services: AdvocacyKindId[] = [];
  for (const value of list('services', LIMITS.short, /[\s,;]+/)) {
    const kind = value.toLowerCase();
    if (!isAdvocacyKindId(kind)) problem('unknown-service', 'services', value);
    else if (!services.includes(kind)) services.push(kind);
  }
  const nations: Nation[] = [];
  for (const value of list('nations', LIMITS.short)) {
    const nation = value.toLowerCase().replace(/\s+/g, '-');
    if (!isNation(nation)) problem('unknown-nation', 'nations', value);
    else if (!nations.includes(nation)) nations.push(nation);
  }

  const main = phone('phone');
  let relayUk: PhoneNumber | undefined;
  const relay = get('relayUk');
  if (relay === true && main) relayUk = relayUkNumber(main);
  else if (relay === true) problem('relay-without-phone', 'relayUk');
  else if (typeof relay === 'string') relayUk = phone('relayUk', relay);
  else if (relay !== undefined && relay !== false) problem('wrong-type', 'relayUk', relay);
  if (relayUk) relayUk = relayUkNumber(relayUk);

  let email = text('email', LIMITS.email)?.replace(/^mailto:/i, '');
  if (email !== undefined && !EMAIL.test(email)) {
    problem('invalid-email', 'email', email);
    email = undefined;
  }

  const hoursValue = get('hours');
  let hours: WeeklyHours | undefined;
  if (typeof hoursValue === 'string' || isObject(hoursValue)) {
    hours = parseHours(hoursValue, (bad) => problem('invalid-hours', 'hours', bad)) ?? undefined;
  } else if (hoursValue !== undefined) {
    problem('wrong-type', 'hours', hoursValue);
  }

  const languages: string[] = [];
  for (const value of list('languages', LIMITS.short)) {
    let language = value;
    if (LANGUAGE_TAG.test(value)) {
      try {
        language = Intl.getCanonicalLocales(value)[0] ?? value;
      } catch {
        // Shaped like a tag but not one: keep it as a name.
      }
    }
    if (!languages.includes(language)) languages.push(language);
  }

  let lastChecked = text('lastChecked', 40);
  if (lastChecked !== undefined) {
    const date = lastChecked.slice(0, 10);
    const time = Date.parse(`${date}T00:00:00Z`);
    const valid =
      /^\d{4}-\d\d-\d\d$/.test(date) &&
      !Number.isNaN(time) &&
      new Date(time).toISOString().startsWith(date);
    if (!valid) problem('invalid-date', 'lastChecked', lastChecked);
    lastChecked = valid ? date : undefined;
  }

  const provider: Provider = {
    id: id && ID.test(id) ? id : slug(name ?? '', index),
    name: name ?? '',
    organisation: text('organisation', LIMITS.name),
    services,
    areas: list('areas', LIMITS.short),
    nations: nations.length ? nations : undefined,
    phone: main,
    sms: phone('sms'),
    textphone: phone('textphone'),
    relayUk,
    referralHelpByPhone: bool('referralHelpByPhone') ?? false,
    email,
    website: url('website', ['http:', 'https:']),
    referralUrl: url('referralUrl', ['http:', 'https:', 'mailto:']),
    mapUrl: url('mapUrl', ['http:', 'https:']),
    address: readAddress(get('address'), textOf, listOf, problem),
    hours,
    whoCanRefer: readReferrers(get('whoCanRefer'), problem),
    languages,
    singlePointOfAccess: bool('singlePointOfAccess') ?? false,
    singlePointOfAccessNote: text('singlePointOfAccessNote', LIMITS.text),
    alert: text('alert', LIMITS.text),
    lastChecked,
    problems,
  };
  if (provider.organisation === provider.name) delete provider.organisation;
  const { phone: p, sms, textphone, email: e, website, referralUrl } = provider;
  if (name && !(p || sms || textphone || relayUk || e || website || referralUrl)) {
    problem('no-contact', 'phone');
  }
  // Leave out what is missing, so that `'phone' in provider` means there is one.
  return Object.fromEntries(
    Object.entries(provider).filter(([, value]) => value !== undefined),
  ) as unknown as Provider;
}

type Report = (code: ProblemCode, field: string, value?: unknown) => void;

function readAddress(
  value: unknown,
  textOf: (field: string, max: number, value: unknown) => string | undefined,
  listOf: (field: string, max: number, value: unknown, split?: RegExp) => string[],
  problem: Report,
): Address | undefined {
  if (value === undefined) return undefined;
  const object = isObject(value);
  if (!object && typeof value !== 'string' && !Array.isArray(value)) {
    problem('wrong-type', 'address', value);
    return undefined;
  }
  const lines = listOf('address', LIMITS.short, object ? own(value, 'lines') : value, /[,\n]/);
  let postcode = object ? textOf('address', 20, own(value, 'postcode')) : undefined;
  if (postcode === undefined && lines.length) {
    const last = lines[lines.length - 1];
    const end = POSTCODE.test(last) ? last : POSTCODE_AT_END.exec(last)?.[1];
    if (end) {
      postcode = end;
      const rest = last.slice(0, last.length - end.length).replace(/[\s,]+$/, '');
      if (rest) lines[lines.length - 1] = rest;
      else lines.pop();
    }
  }
  const m = postcode === undefined ? null : POSTCODE.exec(postcode);
  if (postcode !== undefined && !m) problem('invalid-postcode', 'address', postcode);
  const result: Address = { lines };
  if (m) result.postcode = `${m[1].toUpperCase()} ${m[2].toUpperCase()}`;
  return lines.length || result.postcode ? result : undefined;
}

function readReferrers(value: unknown, problem: Report): WhoCanRefer {
  const who: WhoCanRefer = {};
  if (value === undefined) return who;
  if (isObject(value)) {
    for (const [key, allowed] of Object.entries(value)) {
      if (!(REFERRERS as readonly string[]).includes(key))
        problem('invalid-value', 'whoCanRefer', key);
      else if (typeof allowed !== 'boolean') problem('wrong-type', 'whoCanRefer', allowed);
      else who[key as keyof WhoCanRefer] = allowed;
    }
    return who;
  }
  const words =
    typeof value === 'string' ? value.split(/[\s,;]+/) : Array.isArray(value) ? value : null;
  if (!words) problem('wrong-type', 'whoCanRefer', value);
  for (const word of words?.slice(0, REFERRERS.length * 2) ?? []) {
    const key = typeof word === 'string' ? word.trim().toLowerCase() : '';
    if ((REFERRERS as readonly string[]).includes(key)) who[key as keyof WhoCanRefer] = true;
    else if (key || typeof word !== 'string') problem('invalid-value', 'whoCanRefer', word);
  }
  return who;
}

/** "ONE Advocacy Derby" → "one-advocacy-derby"; names with no Latin letters → "provider-3". */
function slug(name: string, index: number): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || `provider-${index + 1}`;
}

// ---- Open Referral UK ----------------------------------------------------------------------

const string = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

/**
 * Maps an Open Referral UK record onto our format's field names; the values are then checked
 * like any other. See docs/providers.md for the table.
 */
function fromOruk(record: Raw, options: ReadOptions, problem: Report): Raw {
  // A service-at-location wraps the service and names its location.
  const service = isObject(record.service) && !string(record.name) ? record.service : record;
  const org = isObject(service.organization) ? service.organization : own(service, 'organisation');
  const atLocations = items(service.service_at_locations).filter(isObject);
  const locations = [record.location, ...atLocations.map((sal) => sal.location)].filter(isObject);
  const contacts = items(service.contacts).filter(isObject);

  const raw: Raw = {
    id: string(service.id),
    name: string(service.name) ?? own(org, 'name'),
    organisation: own(org, 'name'),
    website: string(service.url) ?? string(own(org, 'website')) ?? string(own(org, 'url')),
    email: [service.email, ...contacts.map((c) => c.email), own(org, 'email')].find(string),
    alert: service.alert,
    lastChecked: string(service.assured_date) ?? string(service.last_modified),
  };
  if (options.orukServices) raw.services = [...options.orukServices];

  const phones = [
    ...items(service.phones),
    ...contacts.flatMap((c) => items(c.phones)),
    ...locations.flatMap((l) => items(l.phones)),
    ...items(own(org, 'phones')),
  ].filter(isObject);
  for (const phone of phones) {
    const description = `${string(phone.description) ?? ''} ${string(phone.type) ?? ''}`;
    const number = phone.number;
    const field = /relay|18001/i.test(`${description} ${String(number)}`)
      ? 'relayUk'
      : /text ?phone|minicom|typetalk/i.test(description)
        ? 'textphone'
        : /\b(sms|text|texting)\b/i.test(description)
          ? 'sms'
          : 'phone';
    if (raw[field] === undefined) raw[field] = number;
  }

  // The first physical address of any location (a postal one only if there is nothing else).
  const addresses = locations.flatMap((location) =>
    [...items(location.physical_addresses), ...items(location.addresses)]
      .filter(isObject)
      .map((address) => ({ location, address })),
  );
  const postal = (a: { address: Raw }) => Number(a.address.address_type === 'postal');
  const found = addresses.sort((a, b) => postal(a) - postal(b))[0];
  if (found) {
    const { location, address } = found;
    const lines = [location.name, address.address_1, address.address_2, address.city];
    lines.push(address.region ?? address.state_province);
    raw.address = {
      lines: lines.map(string).filter((line, i, all) => line && all.indexOf(line) === i),
      postcode: string(address.postal_code),
    };
  }

  raw.areas = items(service.service_areas).map((area) =>
    isObject(area) ? (string(area.service_area) ?? area.name) : area,
  );
  raw.languages = items(service.languages).map((language) =>
    isObject(language)
      ? (string(language.code) ?? string(language.name) ?? language.language)
      : language,
  );

  const schedules = [service, ...atLocations, ...locations]
    .map((holder) =>
      Array.isArray(holder.regular_schedules) ? holder.regular_schedules : holder.schedules,
    )
    .find((list) => Array.isArray(list) && list.length);
  if (schedules) {
    raw.hours =
      parseOrukSchedules(
        schedules,
        options.today ?? londonDate(new Date()),
        (bad) => problem('invalid-hours', 'hours', bad),
        (bad) => problem('unsupported-schedule', 'hours', bad),
      ) ?? undefined;
  }
  return raw;
}
