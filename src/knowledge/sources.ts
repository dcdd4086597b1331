/**
 * The catalogue of sources the knowledge rests on: the law (./sources-law.ts), official guidance
 * and pages from the advocacy sector. Titles are the real titles of the pages, never internal
 * labels. `checked` is the day someone last re-read the source; change it only when you re-read
 * it, and change the text too when the source changed (docs/legal-review.md).
 */
import type { Source } from './types.js';
import { reread } from './dates.js';
import { LAW } from './sources-law.js';

const READ_2026_11_26 = reread('2026-11-26');
const READ_2026_12_05 = reread('2026-12-05');

const OTHER = {
  scotlandCommissionersGuide: {
    id: 'scotland-advocacy-commissioners-guide-2013',
    title: 'Independent advocacy: guide for commissioners (Scottish Government, 2013)',
    type: 'guidance',
    url: 'https://www.gov.scot/publications/independent-advocacy-guide-commissioners/',
    ...READ_2026_12_05,
  },

  // Standards from the advocacy sector
  advocacyCharter: {
    id: 'advocacy-charter',
    title: 'The Advocacy Charter (Action for Advocacy)',
    type: 'sector',
    ...READ_2026_11_26,
  },
  advocacyQpm: {
    id: 'advocacy-qpm',
    title:
      'Advocacy Quality Performance Mark (QPM), National Development Team for Inclusion (NDTi)',
    type: 'sector',
    ...READ_2026_11_26,
  },
  siaaPrinciples: {
    id: 'siaa-principles',
    title:
      'Independent Advocacy: Principles, Standards and Code of Best Practice (Scottish Independent Advocacy Alliance)',
    type: 'sector',
    ...READ_2026_11_26,
  },

  // Public pages of councils and advocacy organisations (kept as text in the project's seeds).
  seed000: {
    id: 'seed-000',
    title: 'Derby City Council: Advocacy service – someone to speak on your behalf',
    type: 'sector',
    ...READ_2026_11_26,
  },
  seed001: {
    id: 'seed-001',
    title: 'Derbyshire County Council: Advocacy services',
    type: 'sector',
    ...READ_2026_11_26,
  },
  seed002: {
    id: 'seed-002',
    title: 'The Advocacy Project: Advocacy',
    type: 'sector',
    url: 'https://advocacyproject.org.uk/',
    ...READ_2026_11_26,
  },
  seed003: {
    id: 'seed-003',
    title: 'DSDWEB: Independent advocacy – purpose, principles, access and involvement',
    type: 'sector',
    ...READ_2026_11_26,
  },
  seed004: {
    id: 'seed-004',
    title: "What is independent advocacy? (a national older people's charity's advice page)",
    type: 'sector',
    ...READ_2026_11_26,
  },
} as const satisfies Record<string, Source>;

export const SOURCES = { ...LAW, ...OTHER } as const;

/** Every source in the catalogue. */
export const ALL_SOURCES: readonly Source[] = Object.values(SOURCES);

/** The most recent day any source was re-read. */
export const LAST_CHECKED: string = ALL_SOURCES.reduce(
  (latest, s) => (s.checked > latest ? s.checked : latest),
  '',
);
