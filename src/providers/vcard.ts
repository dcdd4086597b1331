import type { Provider } from './model.js';

/** Escapes a vCard text value (RFC 6350, 3.4): backslash, comma, semicolon and new lines. */
export function escapeVCard(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n]/g, '\\n');
}

const octets = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds a content line into lines of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/**
 * The provider as a vCard 4.0 (RFC 6350) that a phone can save as a contact: name, phone
 * numbers, email, website, address and languages. Lines end in CRLF and are folded at 75 octets.
 */
export function toVCard(provider: Provider): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org'];
  lines.push(`FN:${escapeVCard(provider.name)}`);
  lines.push(`ORG:${escapeVCard(provider.organisation ?? provider.name)}`);
  const phones = [
    [provider.phone, 'voice'],
    [provider.sms, 'text'],
    [provider.textphone, 'textphone'],
    [provider.relayUk, 'textphone'],
  ] as const;
  for (const [phone, type] of phones) {
    if (phone) lines.push(`TEL;VALUE=uri;TYPE=${type}:${escapeVCard(phone.href)}`);
  }
  if (provider.email) lines.push(`EMAIL:${escapeVCard(provider.email)}`);
  if (provider.website) lines.push(`URL:${escapeVCard(provider.website)}`);
  if (provider.address) {
    // ADR: PO box; extended; street; locality; region; postcode; country. Our lines are not split
    // into town and street, so all of them go in the street, as a comma-separated list.
    const street = provider.address.lines.map(escapeVCard).join(',');
    lines.push(`ADR;TYPE=work:;;${street};;;${escapeVCard(provider.address.postcode ?? '')};`);
  }
  for (const language of provider.languages) {
    if (/^[a-z]{2,3}(-|$)/.test(language)) lines.push(`LANG:${escapeVCard(language)}`);
  }
  if (provider.lastChecked) lines.push(`REV:${provider.lastChecked.replace(/-/g, '')}T000000Z`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
