import type { AdvocacyKindId } from '../knowledge/ids.js';
import { summariseHours } from './hours.js';
import type { Provider } from './model.js';

type Thing = Record<string, unknown>;

const capitalised = (day: string) => `https://schema.org/${day[0].toUpperCase()}${day.slice(1)}`;
const e164 = (href: string) => href.replace(/^tel:/, '');

/**
 * The provider as a schema.org `GovernmentService` (plain objects, for JSON-LD). `kindNames`
 * gives the name of each kind of advocacy in the page's language, for `serviceType`.
 * Serialise it with `jsonLdText`, not `JSON.stringify` alone.
 */
export function toJsonLd(
  provider: Provider,
  kindNames: Partial<Record<AdvocacyKindId, string>> = {},
): Thing {
  const organisation: Thing = {
    '@type': 'Organization',
    name: provider.organisation ?? provider.name,
  };
  if (provider.website) organisation.url = provider.website;
  if (provider.email) organisation.email = provider.email;
  if (provider.phone) organisation.telephone = e164(provider.phone.href);

  const channel: Thing = { '@type': 'ServiceChannel' };
  if (provider.phone) {
    const phone: Thing = { '@type': 'ContactPoint', telephone: e164(provider.phone.href) };
    if (provider.languages.length) phone.availableLanguage = provider.languages;
    channel.servicePhone = phone;
  }
  if (provider.sms) {
    channel.serviceSmsNumber = { '@type': 'ContactPoint', telephone: e164(provider.sms.href) };
  }
  const url = provider.referralUrl ?? provider.website;
  if (url) channel.serviceUrl = url;
  if (provider.address) {
    const address: Thing = { '@type': 'PostalAddress', addressCountry: 'GB' };
    if (provider.address.lines.length) address.streetAddress = provider.address.lines.join(', ');
    if (provider.address.postcode) address.postalCode = provider.address.postcode;
    channel.serviceLocation = { '@type': 'Place', address };
  }

  const service: Thing = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: provider.name,
    provider: organisation,
  };
  const types = provider.services.map((id) => kindNames[id]).filter(Boolean);
  if (types.length) service.serviceType = types;
  if (provider.areas.length) {
    service.areaServed = provider.areas.map((name) => ({ '@type': 'AdministrativeArea', name }));
  }
  if (Object.keys(channel).length > 1) service.availableChannel = channel;
  if (provider.hours) {
    service.hoursAvailable = summariseHours(provider.hours)
      .filter((group) => group.ranges.length)
      .flatMap((group) =>
        group.ranges.map(([opens, closes]) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: group.days.map(capitalised),
          opens,
          closes: closes === '24:00' ? '23:59' : closes,
        })),
      );
  }
  return service;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no value (a name
 * containing "</script>") can end the script element early.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The most JSON-LD a card writes into the host page: providers described, and characters. */
export const JSON_LD_LIMITS = { providers: 20, chars: 50_000 };

/**
 * The JSON-LD text for the providers a card shows, bounded: the first
 * `JSON_LD_LIMITS.providers`, and no more of them than fit in `JSON_LD_LIMITS.chars`. Search
 * engines need a description, not a copy of a directory; a long list stays on the card.
 */
export function boundedJsonLd(
  providers: readonly Provider[],
  kindNames: Partial<Record<AdvocacyKindId, string>> = {},
): string {
  const things: string[] = [];
  let length = 2;
  for (const provider of providers.slice(0, JSON_LD_LIMITS.providers)) {
    const text = jsonLdText(toJsonLd(provider, kindNames));
    if (length + text.length + 1 > JSON_LD_LIMITS.chars) break;
    things.push(text);
    length += text.length + 1;
  }
  if (things.length === 0) return '';
  return things.length === 1 && providers.length === 1 ? things[0] : `[${things.join(',')}]`;
}
