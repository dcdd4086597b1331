/**
 * Stands in for 'lit' inside a pack built for the drop-in script, so a pack does not carry a
 * second copy of Lit: its templates are plain template results that the core's Lit renders.
 */
const template =
  (type: 1 | 2) =>
  (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: type, strings, values });

export const html = template(1);
export const svg = template(2);
export const nothing: unique symbol = Symbol.for('lit-nothing') as never;
