/** One translated message, placeholders written {0}, {1}… */
export interface Message {
  id: string;
  source: string;
  target: string;
}

/** Message id → why this message is allowed to break the rule. */
export type Exceptions = Record<string, string>;

export interface RequiredTerm {
  en: string;
  /** Pattern on the English that says the term is used. Absent: guidance only, not checked. */
  source?: string;
  target: string;
  /** Patterns of the target term and its inflected forms. */
  accept?: string[];
  note?: string;
  exceptIds?: Exceptions;
}

export interface ForbiddenTerm {
  term: string;
  patterns: string[];
  reason: string;
  exceptIds?: Exceptions;
}

export interface OfficialName {
  en: string;
  /** Null where no official form in the language exists: the English name stays. */
  target: string | null;
  kind?: string;
  exceptIds?: Exceptions;
}

export interface Glossary {
  locale: string;
  language?: string;
  status: 'draft' | 'reviewed';
  register: { summary: string; rules?: string[] };
  required?: RequiredTerm[];
  forbidden?: ForbiddenTerm[];
  names?: OfficialName[];
  may?: { markers: string[]; certainty?: string[]; note?: string; exceptIds?: Exceptions };
}

export interface GlossaryProblem {
  id: string;
  rule: 'forbidden' | 'required' | 'name' | 'may';
  term: string;
  found: string | null;
  reason: string;
}

export const SOURCE_MAY: RegExp;
export const SOURCE_CERTAIN: RegExp;
export function pattern(source: string): RegExp;
export function checkGlossary(glossary: Glossary, messages: Iterable<Message>): GlossaryProblem[];
export function describe(problem: GlossaryProblem): string;
