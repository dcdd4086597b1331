/** A UK phone number: grouped the UK way for reading, and a `tel:` link for dialling. */
export interface PhoneNumber {
  /** "01332 228748", "020 7946 0000", "18001 0800 123 4567". */
  display: string;
  /** "tel:+441332228748"; Relay UK numbers keep their prefix: "tel:1800108001234567". */
  href: string;
}

/** The prefix that routes a call through Relay UK (text to voice). */
export const RELAY_UK_PREFIX = '18001';

// Six-digit area codes with four- or five-digit local numbers (mixed areas in Cumbria, Lancashire
// and Scotland), written 016977 xxxxx.
const SIX_DIGIT_CODES = /^01(3397|3398|3873|5242|539[456]|697[347]|768[347]|9467|975[56])/;

/**
 * Reads a UK number written with spaces, brackets, dashes or dots, a leading `+44`, `0044`,
 * `+44 (0)` or `tel:`, or the Relay UK prefix `18001`. Returns `null` for anything else
 * (a number from another country, a short code such as 111, a letter, an extension).
 */
export function parseUkPhone(value: unknown): PhoneNumber | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  let text = value.trim().replace(/^tel:/i, '');
  if (!/^\+?[\d\s().-]+$/.test(text)) return null;
  text = text.replace(/^(\+|00)44\s*\(0\)/, '$144');
  let digits = text.replace(/[\s().-]/g, '');
  let relay = false;
  if (digits.startsWith(RELAY_UK_PREFIX) && digits.length > 12) {
    relay = true;
    digits = digits.slice(RELAY_UK_PREFIX.length);
  }
  const international = /^(\+|00)44/.exec(digits);
  if (international) digits = `0${digits.slice(international[0].length).replace(/^0/, '')}`;
  const display = formatUkPhone(digits);
  if (!display) return null;
  return relay
    ? { display: `${RELAY_UK_PREFIX} ${display}`, href: `tel:${RELAY_UK_PREFIX}${digits}` }
    : { display, href: `tel:+44${digits.slice(1)}` };
}

/**
 * Groups a national number (digits only, starting with 0) as UK style guides do, or returns
 * `null` when it is not a possible UK number.
 */
export function formatUkPhone(digits: string): string | null {
  const group = (...sizes: number[]) => {
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) parts.push(digits.slice(at, (at += size)));
    return parts.join(' ');
  };
  if (!/^0[1235789]\d{8,9}$/.test(digits)) return null;
  if (digits.length === 10) {
    if (digits.startsWith('0800')) return group(4, 6); // 0800 123456
    if (!digits.startsWith('01')) return null;
    return SIX_DIGIT_CODES.test(digits) ? group(6, 4) : group(5, 5); // 01xxx xxxxx
  }
  if (/^01(1\d|\d1)/.test(digits)) return group(4, 3, 4); // 0113 496 0000, 0121 496 0000
  if (SIX_DIGIT_CODES.test(digits)) return group(6, 5);
  if (/^0[17]/.test(digits)) return group(5, 6); // 01332 228748, 07700 900123
  if (/^0[25]/.test(digits)) return group(3, 4, 4); // 020 7946 0000, 029 2018 0000
  return group(4, 3, 4); // 0300 123 4567, 0800 123 4567, 0808, 0845, 0909
}

/** The same number dialled through Relay UK: "18001 01332 228748". */
export function relayUkNumber(phone: PhoneNumber): PhoneNumber {
  if (phone.href.startsWith(`tel:${RELAY_UK_PREFIX}`)) return phone;
  const national = `0${phone.href.slice('tel:+44'.length)}`;
  return {
    display: `${RELAY_UK_PREFIX} ${phone.display}`,
    href: `tel:${RELAY_UK_PREFIX}${national}`,
  };
}
