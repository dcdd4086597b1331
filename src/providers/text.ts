/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In
 * provider text they can reverse what a person reads ("\u202E" turns "0123" into "3210" on
 * screen), so they are removed wherever provider text is read. The card adds its own isolation
 * (`dir="ltr"`, `<bdi>`) around numbers, addresses and names when it renders.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const ALL_BIDI_CONTROLS = new RegExp(BIDI_CONTROLS.source, 'g');

/** Provider text without bidirectional controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(ALL_BIDI_CONTROLS, '');
}

/** Whether text holds a bidirectional control. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}
