/**
 * The knowledge model: what is true about each kind of advocacy, nation by nation, with the
 * source of every fact. Plain data, no DOM.
 *
 * Every piece of text a person reads is a {@link Text}: a function that calls `msg()` when it is
 * read, never at import time, so that a change of locale re-renders with the new language.
 */
import type { AdvocacyKindId } from './ids.js';
import type { Nation } from './nations.js';
import type { PictogramId } from './pictogram-ids.js';

/** A piece of text for a person to read. Call it at render time; it calls `msg()`. */
export type Text = () => string;

/**
 * How strong a source is. `act` is primary legislation (an Act of Parliament, of the Scottish
 * Parliament or of the Northern Ireland Assembly, a Senedd Act or Measure, or an Order in Council
 * for Northern Ireland). `regulations` is secondary legislation. `statutory-guidance` is a code of
 * practice or guidance that the law says bodies must follow or have regard to. `guidance` is other
 * official guidance. `judgment` is a judgment of a court that states the law. `sector` is a
 * standard or page from the advocacy sector (charities, councils).
 */
export type SourceType =
  'act' | 'regulations' | 'statutory-guidance' | 'judgment' | 'guidance' | 'sector';

/** Where a fact comes from. Titles are official names and are never translated. */
export interface Source {
  /** Stable id, kebab-case, unique across the catalogue. */
  readonly id: string;
  /** Official name, for example "Mental Health Act 1983, section 130A". Not translated. */
  readonly title: string;
  readonly type: SourceType;
  /** legislation.gov.uk or official guidance, where there is a stable public address. */
  readonly url?: string;
  /**
   * The day someone last re-read this source and confirmed what we rely on (ISO 8601 date). It
   * changes only when the source was actually read again on that day.
   */
  readonly checked: string;
  /** The day by which it must be re-read: at most 6 months after `checked` (ISO 8601 date). */
  readonly reviewBy: string;
}

/** When a fact's sources were last re-read, and when they must be re-read again. */
export interface Dated {
  /** The oldest `checked` of the fact's sources. */
  readonly checked: string;
  /** The earliest `reviewBy` of the fact's sources. */
  readonly reviewBy: string;
}

/**
 * How strong a kind of advocacy is in a nation, from the eligibility rules (one statement of
 * each right: ../eligibility/strength.ts). The explainer and the quiz both read it.
 */
export type Strength =
  /** The law gives a right to it, at least in the situations the rules name. */
  | 'legal-right'
  /** You may be able to get it: a duty to consider, a service the law funds, or a right only some have. */
  | 'may-be-able'
  /** No right we can state for everyone: ask the body named about it. */
  | 'ask-about'
  /** No law gives a right to it there. */
  | 'no-right';

/** The words and sources of a kind in one nation, as written in the data (no strength: it is derived). */
export interface NationRouteData {
  /** The nation's own name for it, for example Scotland's Patient Advice and Support Service. */
  readonly localName?: Text;
  /** Who can have it and how to get it there, where that differs from the general text. */
  readonly route?: Text;
  /** Anything else a person there should know: limits, changes in the law, who to ask. */
  readonly note?: Text;
  /**
   * Easy read of the fields above, rewritten from scratch (./easy-read-nations.ts): a field here
   * for every one of `localName`, `route` and `note` that has standard text.
   */
  readonly easyRead?: NationEasyRead;
  /** What the route and note rest on. At least one. */
  readonly sources: readonly Source[];
}

/** A kind's place in one nation, with its strength derived from the rules. Every kind has one for every nation. */
export interface NationRoute extends NationRouteData, Dated {
  readonly strength: Strength;
}

/** The easy read of a {@link NationRoute}'s text: the same fields, for the same facts. */
export interface NationEasyRead {
  readonly localName?: Text;
  readonly route?: Text;
  readonly note?: Text;
}

/** Who can ask an advocacy service directly for this kind of advocacy. */
export interface Referral {
  /** You can contact the service yourself. */
  readonly self: boolean;
  /** Family or friends can contact the service for you. */
  readonly family: boolean;
  /** A professional (social worker, nurse, doctor, council or NHS staff) can refer you. */
  readonly professional: boolean;
}

/** The text of a kind of advocacy in one register. */
export interface KindText {
  /**
   * Its name, used as a heading, written out in full and without the acronym: the acronym is in
   * {@link AdvocacyKind.acronym} for the element to show beside it, and the summary expands it.
   */
  readonly name: Text;
  /** One or two sentences: what it is. */
  readonly summary: Text;
  /** Who it is for, in general; nation differences live in {@link NationRoute}. */
  readonly whoFor: Text;
  /** What an advocate of this kind helps with: one whole sentence each. */
  readonly helpsWith: readonly Text[];
  /** How to get one, in general. */
  readonly howToGet: Text;
  /** Who can ask for one, in words (the flags are in {@link AdvocacyKind.referral}). */
  readonly referral: Text;
}

/** `legal-right`: a legal right in at least one nation. `other`: not a legal right anywhere. */
export type KindGroup = 'legal-right' | 'other';

/** A kind as written in the data: words, sources and routes, no strength and no dates. */
export interface AdvocacyKindData {
  readonly id: AdvocacyKindId;
  /**
   * The acronym services use and people ask for, for example "IMHA". Not translated: shown beside
   * the name, and expanded in the summary ("Independent Mental Health Advocate (IMHA)").
   */
  readonly acronym?: string;
  /** The kind's picture, shown beside its name and summary in easy read. */
  readonly pictogram: PictogramId;
  /** Plain English for most visitors. */
  readonly standard: KindText;
  /** Easy read, rewritten from scratch for its reader (./easy-read.ts). */
  readonly easyRead?: KindText;
  readonly referral: Referral;
  readonly nations: Readonly<Record<Nation, NationRouteData>>;
  /** What the kind as a whole rests on. At least one. */
  readonly sources: readonly Source[];
}

/** A kind with each nation's strength derived from the rules, its group from those, and its dates from its sources. */
export interface AdvocacyKind extends Omit<AdvocacyKindData, 'nations'>, Dated {
  /** `legal-right` when the rules give a legal right to it in at least one nation. */
  readonly group: KindGroup;
  readonly nations: Readonly<Record<Nation, NationRoute>>;
}

/**
 * A block of a topic: a paragraph, or a list of whole sentences with a lead-in. In easy read each
 * block is a chunk with its picture beside it.
 */
export type TopicBlock =
  | { readonly type: 'paragraph'; readonly text: Text; readonly pictogram?: PictogramId }
  | {
      readonly type: 'list';
      readonly pictogram?: PictogramId;
      /** A short lead-in or heading for the list. */
      readonly intro: Text;
      /** Whole sentences, each readable on its own. */
      readonly items: readonly Text[];
    };

/** The text of a topic in one register. */
export interface TopicText {
  readonly title: Text;
  readonly blocks: readonly TopicBlock[];
}

/** Something the explainer says about advocacy in general. */
export interface Topic extends Dated {
  readonly id: string;
  readonly standard: TopicText;
  /** Easy read, rewritten from scratch for its reader (./easy-read.ts). */
  readonly easyRead?: TopicText;
  /** True when the topic states what the law says; it must then cite law or statutory guidance. */
  readonly legalClaim: boolean;
  /** What the topic rests on. At least one. */
  readonly sources: readonly Source[];
}
