/** A translated message as lit-localize's runtime reads it: text, or text with numbered slots. */
export type LocaleTemplate = string | { strTag: true; strings: string[]; values: number[] };

export type LocaleTemplates = Record<string, LocaleTemplate>;

/** The parts a locale's words come in, following the drop-in script's packs. */
export type LocalePart = 'core' | 'knowledge' | 'eligibility' | 'easy-read';
