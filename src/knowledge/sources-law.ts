/**
 * Legislation, statutory guidance and judgments the knowledge rests on. Titles are official names
 * (never translated). Dates: `READ_TODAY` only for a source someone re-read on that day (see
 * docs/legal-review.md); `READ_2026_11_26` is the last full read before it.
 */
import type { Source } from './types.js';
import { reread } from './dates.js';

/** The earlier full read of every source. */
const READ_2026_11_26 = reread('2026-11-26');
/** Sources re-read for issue 14 (the law as it stands in December 2026). */
const READ_2026_12_05 = reread('2026-12-05');

const LEG = 'https://www.legislation.gov.uk';

export const LAW = {
  // Mental health law
  mha1983s130AtoD: {
    id: 'mha-1983-s130a-130d',
    title: 'Mental Health Act 1983, sections 130A to 130D',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/130A`,
    ...READ_2026_11_26,
  },
  mha1983s130C: {
    id: 'mha-1983-s130c',
    title: 'Mental Health Act 1983, section 130C',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/130C`,
    ...READ_2026_11_26,
  },
  mha1983s130EtoL: {
    id: 'mha-1983-s130e-130l',
    title: 'Mental Health Act 1983, sections 130E to 130L',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/130E`,
    ...READ_2026_11_26,
  },
  mha1983s117: {
    id: 'mha-1983-s117',
    title: 'Mental Health Act 1983, section 117 (after-care)',
    type: 'act',
    url: `${LEG}/ukpga/1983/20/section/117`,
    ...READ_2026_12_05,
  },
  mhWalesMeasure2010Part4: {
    id: 'mh-wales-measure-2010-part-4',
    title: 'Mental Health (Wales) Measure 2010, Part 4',
    type: 'act',
    url: `${LEG}/mwa/2010/7/part/4`,
    ...READ_2026_11_26,
  },
  mha2025: {
    id: 'mha-2025',
    title: 'Mental Health Act 2025',
    type: 'act',
    url: `${LEG}/ukpga/2025/33`,
    ...READ_2026_11_26,
  },
  mhaCode2015: {
    id: 'mha-code-2015-ch6',
    title: 'Mental Health Act 1983: Code of Practice (2015), chapter 6',
    type: 'statutory-guidance',
    url: 'https://www.gov.uk/government/publications/code-of-practice-mental-health-act-1983',
    ...READ_2026_11_26,
  },
  mhaCodeWales2016: {
    id: 'mha-code-wales-2016-ch6',
    title: 'Mental Health Act 1983 Code of Practice for Wales (revised 2016), chapter 6',
    type: 'statutory-guidance',
    ...READ_2026_11_26,
  },
  mhctScotland2003s259: {
    id: 'mhcts-2003-s259',
    title: 'Mental Health (Care and Treatment) (Scotland) Act 2003, section 259',
    type: 'act',
    url: `${LEG}/asp/2003/13/section/259`,
    ...READ_2026_12_05,
  },
  mhOrderNI1986: {
    id: 'mh-ni-order-1986',
    title: 'Mental Health (Northern Ireland) Order 1986',
    type: 'act',
    url: `${LEG}/nisi/1986/595`,
    ...READ_2026_11_26,
  },

  // Mental capacity law and deprivation of liberty
  uksc2026s16: {
    id: 'uksc-2026-16',
    title:
      'A Reference by the Attorney General for Northern Ireland of a devolution issue [2026] UKSC 16 (Supreme Court, 2 June 2026)',
    type: 'judgment',
    url: 'https://www.supremecourt.uk/cases/uksc-2025-0042',
    ...READ_2026_12_05,
  },
  mca2005s3: {
    id: 'mca-2005-s3',
    title: 'Mental Capacity Act 2005, section 3',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/3`,
    ...READ_2026_11_26,
  },
  mca2005s35to41: {
    id: 'mca-2005-s35-41',
    title: 'Mental Capacity Act 2005, sections 35 to 41',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/35`,
    ...READ_2026_11_26,
  },
  mca2005s39A: {
    id: 'mca-2005-s39a',
    title:
      'Mental Capacity Act 2005, section 39A (person becomes subject to Schedule A1: authorisation requested)',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/39A`,
    ...READ_2026_12_05,
  },
  mca2005s39C: {
    id: 'mca-2005-s39c',
    title: "Mental Capacity Act 2005, section 39C (the representative's appointment ends)",
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/39C`,
    ...READ_2026_12_05,
  },
  mca2005s39D: {
    id: 'mca-2005-s39d',
    title:
      'Mental Capacity Act 2005, section 39D (authorisation in force, representative not paid)',
    type: 'act',
    url: `${LEG}/ukpga/2005/9/section/39D`,
    ...READ_2026_12_05,
  },
  imcaExpansionRegs2006: {
    id: 'imca-expansion-regs-2006',
    title:
      'The Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Expansion of Role) Regulations 2006',
    type: 'regulations',
    url: `${LEG}/uksi/2006/2883`,
    ...READ_2026_11_26,
  },
  imcaWalesRegs2007: {
    id: 'imca-wales-regs-2007',
    title:
      'The Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Wales) Regulations 2007',
    type: 'regulations',
    url: `${LEG}/wsi/2007/852`,
    ...READ_2026_11_26,
  },
  mcaCode: {
    id: 'mca-code-ch10',
    title: 'Mental Capacity Act 2005 Code of Practice, chapter 10',
    type: 'statutory-guidance',
    url: 'https://www.gov.uk/government/publications/mental-capacity-act-code-of-practice',
    ...READ_2026_11_26,
  },
  awiScotland2000: {
    id: 'awi-scotland-2000',
    title: 'Adults with Incapacity (Scotland) Act 2000',
    type: 'act',
    url: `${LEG}/asp/2000/4`,
    ...READ_2026_11_26,
  },
  mcaNI2016s35to36: {
    id: 'mca-ni-2016-s35-36',
    title: 'Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36',
    type: 'act',
    url: `${LEG}/nia/2016/18/section/35`,
    ...READ_2026_11_26,
  },
  mcaNICommencement2019: {
    id: 'mca-ni-commencement-2019',
    title: 'The Mental Capacity (2016 Act) (Commencement No. 1) Order (Northern Ireland) 2019',
    type: 'regulations',
    url: `${LEG}/nisr/2019/163`,
    ...READ_2026_11_26,
  },

  // Care and support
  careAct2014s58to64: {
    id: 'care-act-2014-s58-64',
    title:
      "Care Act 2014, sections 58 to 64 (transition assessments: children, child's carers and young carers)",
    type: 'act',
    url: `${LEG}/ukpga/2014/23/section/58`,
    ...READ_2026_12_05,
  },
  careAct2014s67to68: {
    id: 'care-act-2014-s67-68',
    title: 'Care Act 2014, sections 67 and 68',
    type: 'act',
    url: `${LEG}/ukpga/2014/23/section/67`,
    ...READ_2026_12_05,
  },
  careAct2014Sch1: {
    id: 'care-act-2014-sch-1',
    title: 'Care Act 2014, Schedule 1 (cross-border placements)',
    type: 'act',
    url: `${LEG}/ukpga/2014/23/schedule/1`,
    ...READ_2026_12_05,
  },
  careAdvocacyRegs2014: {
    id: 'care-advocacy-regs-2014',
    title: 'The Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014',
    type: 'regulations',
    url: `${LEG}/uksi/2014/2889`,
    ...READ_2026_11_26,
  },
  careStatutoryGuidanceCh7: {
    id: 'care-statutory-guidance-ch7',
    title: 'Care and support statutory guidance, chapter 7: Independent advocacy',
    type: 'statutory-guidance',
    url: 'https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance',
    ...READ_2026_11_26,
  },
  sswbaWales2014Part10: {
    id: 'sswba-2014-part-10',
    title: 'Social Services and Well-being (Wales) Act 2014, Part 10',
    type: 'act',
    url: `${LEG}/anaw/2014/4/part/10`,
    ...READ_2026_11_26,
  },
  sswbaWales2014s178: {
    id: 'sswba-2014-s178',
    title: 'Social Services and Well-being (Wales) Act 2014, section 178',
    type: 'act',
    url: `${LEG}/anaw/2014/4/section/178`,
    ...READ_2026_11_26,
  },
  walesPart10Code: {
    id: 'wales-part-10-code',
    title:
      'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy), chapter 10: when an independent professional advocate must be arranged',
    type: 'statutory-guidance',
    ...READ_2026_12_05,
  },
  walesPart10CodeCh8: {
    id: 'wales-part-10-code-ch8',
    title:
      'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy), chapter 8: the different forms of advocacy',
    type: 'statutory-guidance',
    ...READ_2026_11_26,
  },
  walesPart10CodeCh9: {
    id: 'wales-part-10-code-ch9',
    title:
      'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy), chapter 9: instructed and non-instructed advocacy',
    type: 'statutory-guidance',
    ...READ_2026_11_26,
  },
  walesRepresentationsRegs2019: {
    id: 'wales-representations-regs-2019',
    title:
      'The Arrangements for Assistance for Persons Making Representations (Wales) Regulations 2019',
    type: 'regulations',
    url: `${LEG}/wsi/2019/205`,
    ...READ_2026_11_26,
  },
  aspScotland2007s6: {
    id: 'asp-scotland-2007-s6',
    title: 'Adult Support and Protection (Scotland) Act 2007, section 6',
    type: 'act',
    url: `${LEG}/asp/2007/10/section/6`,
    ...READ_2026_11_26,
  },
  aspScotlandCode: {
    id: 'asp-scotland-code-ch4',
    title:
      'Adult Support and Protection (Scotland) Act 2007: Code of Practice, chapter 4: adult participation',
    type: 'statutory-guidance',
    url: 'https://www.gov.scot/publications/adult-support-protection-scotland-act-2007-code-practice-3/pages/6/',
    ...READ_2026_12_05,
  },
  socialSecurityScotland2018s10: {
    id: 'social-security-scotland-2018-s10',
    title: 'Social Security (Scotland) Act 2018, section 10',
    type: 'act',
    url: `${LEG}/asp/2018/9/section/10`,
    ...READ_2026_12_05,
  },

  // Health and social care complaints
  lgpih2007s223A: {
    id: 'lgpiha-2007-s223a',
    title: 'Local Government and Public Involvement in Health Act 2007, section 223A',
    type: 'act',
    url: `${LEG}/ukpga/2007/28/section/223A`,
    ...READ_2026_12_05,
  },
  hsca2012s185: {
    id: 'hsca-2012-s185',
    title: 'Health and Social Care Act 2012, section 185',
    type: 'act',
    url: `${LEG}/ukpga/2012/7/section/185`,
    ...READ_2026_12_05,
  },
  complaintsRegs2009r5: {
    id: 'complaints-regs-2009-reg-5',
    title:
      'The Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, regulation 5 (who may complain)',
    type: 'regulations',
    url: `${LEG}/uksi/2009/309/regulation/5`,
    ...READ_2026_12_05,
  },
  nhsWalesAct2006s187: {
    id: 'nhs-wales-act-2006-s187',
    title: 'National Health Service (Wales) Act 2006, section 187',
    type: 'act',
    url: `${LEG}/ukpga/2006/42/section/187`,
    ...READ_2026_11_26,
  },
  hscqeWales2020s16: {
    id: 'hscqe-wales-2020-s16',
    title: 'Health and Social Care (Quality and Engagement) (Wales) Act 2020, section 16',
    type: 'act',
    url: `${LEG}/asc/2020/1/section/16`,
    ...READ_2026_11_26,
  },
  patientRightsScotland2011s17to18: {
    id: 'patient-rights-scotland-2011-s17-18',
    title: 'Patient Rights (Scotland) Act 2011, sections 17 and 18',
    type: 'act',
    url: `${LEG}/asp/2011/5/section/17`,
    ...READ_2026_11_26,
  },
  hscReformNI2009s17: {
    id: 'hsc-reform-ni-2009-s17',
    title: 'Health and Social Care (Reform) Act (Northern Ireland) 2009, section 17',
    type: 'act',
    url: `${LEG}/nia/2009/1/section/17`,
    ...READ_2026_12_05,
  },

  // Children and young people
  childrenAct1989s26A: {
    id: 'children-act-1989-s26a',
    title: 'Children Act 1989, section 26A (advocacy services)',
    type: 'act',
    url: `${LEG}/ukpga/1989/41/section/26A`,
    ...READ_2026_12_05,
  },
  childrenRepresentationsRegs2006: {
    id: 'children-representations-regs-2006',
    title:
      'The Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738)',
    type: 'regulations',
    url: `${LEG}/uksi/2006/1738`,
    ...READ_2026_12_05,
  },
  childrensAdvocacyStandards2002: {
    id: 'childrens-advocacy-standards-2002',
    title:
      "National Standards for the Provision of Children's Advocacy Services (Department of Health, 2002)",
    type: 'statutory-guidance',
    ...READ_2026_11_26,
  },
  childrensHearingsScotland2011s122: {
    id: 'childrens-hearings-scotland-2011-s122',
    title: "Children's Hearings (Scotland) Act 2011, section 122",
    type: 'act',
    url: `${LEG}/asp/2011/1/section/122`,
    ...READ_2026_12_05,
  },
  childrenCareScotland2026: {
    id: 'children-care-scotland-2026',
    title:
      'Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 (asp 16): advocacy for care-experienced people (not yet in force)',
    type: 'act',
    url: `${LEG}/asp/2026/16/contents`,
    ...READ_2026_12_05,
  },
  childrenOrderNI1995: {
    id: 'children-ni-order-1995',
    title: 'Children (Northern Ireland) Order 1995',
    type: 'act',
    url: `${LEG}/nisi/1995/755`,
    ...READ_2026_11_26,
  },
} as const satisfies Record<string, Source>;
