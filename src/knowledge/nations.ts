/** The four UK nations. Advocacy law differs between them. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export type Nation = (typeof NATIONS)[number];

export function isNation(value: unknown): value is Nation {
  return typeof value === 'string' && (NATIONS as readonly string[]).includes(value);
}
