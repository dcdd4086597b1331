/**
 * QR codes, made on the device: nothing is sent anywhere to draw them. The `uqr` library (MIT,
 * after Project Nayuki's QR Code generator) turns an address into a grid of modules; this module
 * draws the grid as one SVG path, black on white whatever the theme, with the quiet zone of 4
 * modules that scanners need.
 */
import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * The largest QR code we draw: version 20 (97 modules a side, about 660 characters of address).
 * A bigger one could not be scanned at the size it is shown and printed.
 */
export const QR_MAX_VERSION = 20;

/**
 * The modules of a QR code, as a path: one rectangle per run of dark modules in a row. Throws
 * when the text needs a code larger than `QR_MAX_VERSION`.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 4, maxVersion: QR_MAX_VERSION });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path };
}

const drawn = new Map<string, TemplateResult | null>();

/**
 * A QR code for an address, as inline SVG, or `null` when the address is too long for a code
 * that can be scanned (the address is then shown as text alone). It repeats the address written
 * beside it, so it is hidden from screen readers.
 */
export function qrCode(text: string): TemplateResult | null {
  if (drawn.has(text)) return drawn.get(text) ?? null;
  let grid: { size: number; path: string } | null = null;
  try {
    grid = qrPath(text);
  } catch {
    // Too long for a code: leave it out, never the card.
  }
  let code: TemplateResult | null = null;
  if (grid) {
    const { size, path } = grid;
    code = html`<svg
      class="qr"
      viewBox="0 0 ${size} ${size}"
      width=${size * 4}
      height=${size * 4}
      aria-hidden="true"
      focusable="false"
      shape-rendering="crispEdges"
    >
      <rect width=${size} height=${size} fill="#fff"></rect>
      <path d=${path} fill="#000"></path>
    </svg>`;
  }
  drawn.set(text, code);
  return code;
}
