/**
 * The catalogue of sources the knowledge rests on. Titles are official names (never translated).
 * `checked` is the day someone last read the source and confirmed what we rely on still holds:
 * when you re-check a source, change its date here; when the law changes, change the text too.
 */
import type { Source } from './types.js';

/** The day the facts below were last checked against the law, the guidance and the seed pages. */
export const LAST_CHECKED = '2026-11-26';

const LEG = 'https://www.legislation.gov.uk';

export const SOURCES = {
  // Mental health law
  mha1983s130AtoD: {
    id: 'mha-1983-s130a-130d',
    title: 'Mental Health Act 1983, sections 130A to 130D',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/130A`,
    checked: LAST_CHECKED,
  },
  mha1983s130C: {
    id: 'mha-1983-s130c',
    title: 'Mental Health Act 1983, section 130C',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/130C`,
    checked: LAST_CHECKED,
  },
  mha1983s130EtoL: {
    id: 'mha-1983-s130e-130l',
    title: 'Mental Health Act 1983, sections 130E to 130L',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/130E`,
    checked: LAST_CHECKED,
  },
  mhWalesMeasure2010Part4: {
    id: 'mh-wales-measure-2010-part-4',
    title: 'Mental Health (Wales) Measure 2010, Part 4',
    type: 'act',
    url: `${LEG}/mwa/2010/7/part/4`,
    checked: LAST_CHECKED,
  },
  mha2025: {
    id: 'mha-2025',
    title: 'Mental Health Act 2025',
    type: 'act',
    url: `${LEG}/ukpga/2025/33`,
    checked: LAST_CHECKED,
  },
  mhaCode2015: {
    id: 'mha-code-2015-ch6',
    title: 'Mental Health Act 1983: Code of Practice (2015), chapter 6',
    type: 'statutory-guidance',
    url: 'https://www.gov.uk/government/publications/code-of-practice-mental-health-act-1983',
    checked: LAST_CHECKED,
  },
  mhaCodeWales2016: {
    id: 'mha-code-wales-2016-ch6',
    title: 'Mental Health Act 1983 Code of Practice for Wales (revised 2016), chapter 6',
    type: 'statutory-guidance',
    checked: LAST_CHECKED,
  },
  mhctScotland2003s259: {
    id: 'mhcts-2003-s259',
    title: 'Mental Health (Care and Treatment) (Scotland) Act 2003, section 259',
    type: 'act',
    url: `${LEG}/asp/2003/13/section/259`,
    checked: LAST_CHECKED,
  },
  scotlandCommissionersGuide: {
    id: 'scotland-advocacy-commissioners-guide-2013',
    title: 'Independent advocacy: guide for commissioners (Scottish Government, 2013)',
    type: 'guidance',
    url: 'https://www.gov.scot/publications/independent-advocacy-guide-commissioners/',
    checked: LAST_CHECKED,
  },
  mhOrderNI1986: {
    id: 'mh-ni-order-1986',
    title: 'Mental Health (Northern Ireland) Order 1986',
    type: 'act',
    url: `${LEG}/nisi/1986/595`,
    checked: LAST_CHECKED,
  },

  // Mental capacity law
  mca2005s3: {
    id: 'mca-2005-s3',
    title: 'Mental Capacity Act 2005, section 3',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/3`,
    checked: LAST_CHECKED,
  },
  mca2005s35to41: {
    id: 'mca-2005-s35-41',
    title: 'Mental Capacity Act 2005, sections 35 to 41',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/35`,
    checked: LAST_CHECKED,
  },
  mca2005s39Ato39D: {
    id: 'mca-2005-s39a-39d',
    title: 'Mental Capacity Act 2005, sections 39A, 39C and 39D',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/39A`,
    checked: LAST_CHECKED,
  },
  imcaExpansionRegs2006: {
    id: 'imca-expansion-regs-2006',
    title:
      'The Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Expansion of Role) Regulations 2006',
    type: 'regulations',
    url: `${LEG}/uksi/2006/2883`,
    checked: LAST_CHECKED,
  },
  imcaWalesRegs2007: {
    id: 'imca-wales-regs-2007',
    title:
      'The Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Wales) Regulations 2007',
    type: 'regulations',
    url: `${LEG}/wsi/2007/852`,
    checked: LAST_CHECKED,
  },
  mcaCode: {
    id: 'mca-code-ch10',
    title: 'Mental Capacity Act 2005 Code of Practice, chapter 10',
    type: 'statutory-guidance',
    url: 'https://www.gov.uk/government/publications/mental-capacity-act-code-of-practice',
    checked: LAST_CHECKED,
  },
  awiScotland2000: {
    id: 'awi-scotland-2000',
    title: 'Adults with Incapacity (Scotland) Act 2000',
    type: 'act',
    url: `${LEG}/asp/2000/4`,
    checked: LAST_CHECKED,
  },
  mcaNI2016s35to36: {
    id: 'mca-ni-2016-s35-36',
    title: 'Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36',
    type: 'act',
    url: `${LEG}/nia/2016/18/section/35`,
    checked: LAST_CHECKED,
  },
  mcaNICommencement2019: {
    id: 'mca-ni-commencement-2019',
    title: 'The Mental Capacity (2016 Act) (Commencement No. 1) Order (Northern Ireland) 2019',
    type: 'regulations',
    url: `${LEG}/nisr/2019/163`,
    checked: LAST_CHECKED,
  },

  // Care and support
  careAct2014s67to68: {
    id: 'care-act-2014-s67-68',
    title: 'Care Act 2014, sections 67 and 68',
    type: 'act',
    url: `${LEG}/ukpga/2014/23/section/67`,
    checked: LAST_CHECKED,
  },
  careAdvocacyRegs2014: {
    id: 'care-advocacy-regs-2014',
    title: 'The Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014',
    type: 'regulations',
    url: `${LEG}/uksi/2014/2889`,
    checked: LAST_CHECKED,
  },
  careStatutoryGuidanceCh7: {
    id: 'care-statutory-guidance-ch7',
    title: 'Care and support statutory guidance, chapter 7: Independent advocacy',
    type: 'statutory-guidance',
    url: 'https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance',
    checked: LAST_CHECKED,
  },
  sswbaWales2014Part10: {
    id: 'sswba-2014-part-10',
    title: 'Social Services and Well-being (Wales) Act 2014, Part 10',
    type: 'act',
    url: `${LEG}/anaw/2014/4/part/10`,
    checked: LAST_CHECKED,
  },
  sswbaWales2014s178: {
    id: 'sswba-2014-s178',
    title: 'Social Services and Well-being (Wales) Act 2014, section 178',
    type: 'act',
    url: `${LEG}/anaw/2014/4/section/178`,
    checked: LAST_CHECKED,
  },
  walesPart10Code: {
    id: 'wales-part-10-code',
    title: 'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy)',
    type: 'statutory-guidance',
    checked: LAST_CHECKED,
  },
  walesPart10CodeCh8: {
    id: 'wales-part-10-code-ch8',
    title:
      'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy), chapter 8: the different forms of advocacy',
    type: 'statutory-guidance',
    checked: LAST_CHECKED,
  },
  walesPart10CodeCh9: {
    id: 'wales-part-10-code-ch9',
    title:
      'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy), chapter 9: instructed and non-instructed advocacy',
    type: 'statutory-guidance',
    checked: LAST_CHECKED,
  },
  walesRepresentationsRegs2019: {
    id: 'wales-representations-regs-2019',
    title:
      'The Arrangements for Assistance for Persons Making Representations (Wales) Regulations 2019',
    type: 'regulations',
    url: `${LEG}/wsi/2019/205`,
    checked: LAST_CHECKED,
  },
  aspScotland2007s6: {
    id: 'asp-scotland-2007-s6',
    title: 'Adult Support and Protection (Scotland) Act 2007, section 6',
    type: 'act',
    url: `${LEG}/asp/2007/10/section/6`,
    checked: LAST_CHECKED,
  },

  // Health complaints
  lgpih2007s223A: {
    id: 'lgpiha-2007-s223a',
    title: 'Local Government and Public Involvement in Health Act 2007, section 223A',
    type: 'act',
    url: `${LEG}/ukpga/2007/28/section/223A`,
    checked: LAST_CHECKED,
  },
  hsca2012s185: {
    id: 'hsca-2012-s185',
    title: 'Health and Social Care Act 2012, section 185',
    type: 'act',
    url: `${LEG}/ukpga/2012/7/section/185`,
    checked: LAST_CHECKED,
  },
  nhsWalesAct2006s187: {
    id: 'nhs-wales-act-2006-s187',
    title: 'National Health Service (Wales) Act 2006, section 187',
    type: 'act',
    url: `${LEG}/ukpga/2006/42/section/187`,
    checked: LAST_CHECKED,
  },
  hscqeWales2020s16: {
    id: 'hscqe-wales-2020-s16',
    title: 'Health and Social Care (Quality and Engagement) (Wales) Act 2020, section 16',
    type: 'act',
    url: `${LEG}/asc/2020/1/section/16`,
    checked: LAST_CHECKED,
  },
  patientRightsScotland2011s17to18: {
    id: 'patient-rights-scotland-2011-s17-18',
    title: 'Patient Rights (Scotland) Act 2011, sections 17 and 18',
    type: 'act',
    url: `${LEG}/asp/2011/5/section/17`,
    checked: LAST_CHECKED,
  },
  hscReformNI2009s17: {
    id: 'hsc-reform-ni-2009-s17',
    title: 'Health and Social Care (Reform) Act (Northern Ireland) 2009, section 17',
    type: 'act',
    url: `${LEG}/nia/2009/1/section/17`,
    checked: LAST_CHECKED,
  },

  // Children and young people
  childrenAct1989s26A: {
    id: 'children-act-1989-s26a',
    title: 'Children Act 1989, section 26A',
    type: 'act',
    url: `${LEG}/ukpga/1989/41/section/26A`,
    checked: LAST_CHECKED,
  },
  childrensAdvocacyStandards2002: {
    id: 'childrens-advocacy-standards-2002',
    title:
      "National Standards for the Provision of Children's Advocacy Services (Department of Health, 2002)",
    type: 'statutory-guidance',
    checked: LAST_CHECKED,
  },
  childrensHearingsScotland2011s122: {
    id: 'childrens-hearings-scotland-2011-s122',
    title: "Children's Hearings (Scotland) Act 2011, section 122",
    type: 'act',
    url: `${LEG}/asp/2011/1/section/122`,
    checked: LAST_CHECKED,
  },
  childrenOrderNI1995: {
    id: 'children-ni-order-1995',
    title: 'Children (Northern Ireland) Order 1995',
    type: 'act',
    url: `${LEG}/nisi/1995/755`,
    checked: LAST_CHECKED,
  },

  // Standards from the advocacy sector
  advocacyCharter: {
    id: 'advocacy-charter',
    title: 'The Advocacy Charter (Action for Advocacy)',
    type: 'sector',
    checked: LAST_CHECKED,
  },
  advocacyQpm: {
    id: 'advocacy-qpm',
    title:
      'Advocacy Quality Performance Mark (QPM), National Development Team for Inclusion (NDTi)',
    type: 'sector',
    checked: LAST_CHECKED,
  },
  siaaPrinciples: {
    id: 'siaa-principles',
    title:
      'Independent Advocacy: Principles, Standards and Code of Best Practice (Scottish Independent Advocacy Alliance)',
    type: 'sector',
    checked: LAST_CHECKED,
  },

  // The project's seed pages (/work/shared/seeds): public UK pages kept as plain text.
  seed000: {
    id: 'seed-000',
    title: 'City council advocacy page: single point of access (seed 000)',
    type: 'sector',
    checked: LAST_CHECKED,
  },
  seed001: {
    id: 'seed-001',
    title: "County council carers' advocacy page (seed 001)",
    type: 'sector',
    checked: LAST_CHECKED,
  },
  seed002: {
    id: 'seed-002',
    title: 'Advocacy charity page (seed 002)',
    type: 'sector',
    checked: LAST_CHECKED,
  },
  seed003: {
    id: 'seed-003',
    title: 'Care-worker training page on independent advocacy (seed 003)',
    type: 'sector',
    checked: LAST_CHECKED,
  },
  seed004: {
    id: 'seed-004',
    title: "Older people's charity factsheet on independent advocacy (seed 004)",
    type: 'sector',
    checked: LAST_CHECKED,
  },
} as const satisfies Record<string, Source>;

/** Every source in the catalogue. */
export const ALL_SOURCES: readonly Source[] = Object.values(SOURCES);
