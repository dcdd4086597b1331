/** The law the rules rest on. Titles are official names and are never translated. */
import type { LegalSource } from './types.js';

export const LEG = 'https://www.legislation.gov.uk';
export const MHA = (section: string): LegalSource => ({
  title: `Mental Health Act 1983, section ${section}`,
  url: `${LEG}/ukpga/1983/20/section/${section}`,
});
export const MCA = (section: string): LegalSource => ({
  title: `Mental Capacity Act 2005, section ${section}`,
  url: `${LEG}/ukpga/2005/9/section/${section}`,
});
export const SRC = {
  mhaCodeEngland: {
    title: 'Mental Health Act 1983: Code of Practice (2015), chapter 6',
    url: 'https://www.gov.uk/government/publications/code-of-practice-mental-health-act-1983',
  },
  mhaCodeWales: {
    title: 'Mental Health Act 1983: Code of Practice for Wales (revised 2016), chapter 6',
  },
  walesMeasurePart2: {
    title: 'Mental Health (Wales) Measure 2010, Part 2',
    url: `${LEG}/mwa/2010/7/part/2`,
  },
  walesMeasurePart4: {
    title: 'Mental Health (Wales) Measure 2010, Part 4',
    url: `${LEG}/mwa/2010/7/part/4`,
  },
  mcaScheduleA1: {
    title: 'Mental Capacity Act 2005, Schedule A1',
    url: `${LEG}/ukpga/2005/9/schedule/A1`,
  },
  imcaRegsEngland: {
    title:
      'Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Expansion of Role) Regulations 2006',
    url: `${LEG}/uksi/2006/2883`,
  },
  imcaRegsWales: {
    title:
      'Mental Capacity Act 2005 (Independent Mental Capacity Advocates) (Wales) Regulations 2007',
    url: `${LEG}/wsi/2007/852`,
  },
  careAct67: { title: 'Care Act 2014, section 67', url: `${LEG}/ukpga/2014/23/section/67` },
  careAct68: { title: 'Care Act 2014, section 68', url: `${LEG}/ukpga/2014/23/section/68` },
  careActRegs: {
    title: 'Care and Support (Independent Advocacy Support) (No. 2) Regulations 2014, regulation 4',
    url: `${LEG}/uksi/2014/2889/regulation/4`,
  },
  careActGuidance: {
    title: 'Care and support statutory guidance, chapter 7 (independent advocacy)',
    url: 'https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance',
  },
  walesPart10Code: {
    title: 'Social Services and Well-being (Wales) Act 2014: Part 10 Code of Practice (Advocacy)',
  },
  walesSswba178: {
    title: 'Social Services and Well-being (Wales) Act 2014, section 178',
    url: `${LEG}/anaw/2014/4/section/178`,
  },
  walesRepresentationsRegs: {
    title:
      'Arrangements for Assistance for Persons Making Representations (Wales) Regulations 2019',
    url: `${LEG}/wsi/2019/205`,
  },
  englandNhsComplaints: {
    title: 'Local Government and Public Involvement in Health Act 2007, section 223A',
    url: `${LEG}/ukpga/2007/28/section/223A`,
  },
  walesNhsComplaints: {
    title: 'National Health Service (Wales) Act 2006, section 187',
    url: `${LEG}/ukpga/2006/42/section/187`,
  },
  walesLlais: {
    title: 'Health and Social Care (Quality and Engagement) (Wales) Act 2020, section 16',
    url: `${LEG}/asc/2020/1/section/16`,
  },
  scotlandPass: {
    title: 'Patient Rights (Scotland) Act 2011, sections 17 and 18',
    url: `${LEG}/asp/2011/5/section/18`,
  },
  niPcc: {
    title: 'Health and Social Care (Reform) Act (Northern Ireland) 2009, section 17',
    url: `${LEG}/nia/2009/1/section/17`,
  },
  scotland259: {
    title: 'Mental Health (Care and Treatment) (Scotland) Act 2003, section 259',
    url: `${LEG}/asp/2003/13/section/259`,
  },
  scotlandAsp6: {
    title: 'Adult Support and Protection (Scotland) Act 2007, section 6',
    url: `${LEG}/asp/2007/10/section/6`,
  },
  scotlandHearings122: {
    title: 'Children’s Hearings (Scotland) Act 2011, section 122',
    url: `${LEG}/asp/2011/1/section/122`,
  },
  childrenAct26A: {
    title: 'Children Act 1989, section 26A',
    url: `${LEG}/ukpga/1989/41/section/26A`,
  },
  childrenAdvocacyRegs: {
    title:
      'Advocacy Services and Representations Procedure (Children) (Amendment) Regulations 2004',
    url: `${LEG}/uksi/2004/719`,
  },
  uksc2026: {
    title:
      'A Reference by the Attorney General for Northern Ireland of a devolution issue [2026] UKSC 16 (2 June 2026)',
  },
  childrenRepresentationsRegs: {
    title: 'Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738)',
    url: `${LEG}/uksi/2006/1738`,
  },
  nhsComplaintsRegs5: {
    title:
      'Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, regulation 5',
    url: `${LEG}/uksi/2009/309/regulation/5`,
  },
  careAct58to64: {
    title: 'Care Act 2014, sections 58 to 64 (transition for children and young carers)',
    url: `${LEG}/ukpga/2014/23/part/1/crossheading/transition-for-children-to-adult-care-and-support-etc`,
  },
  careActSchedule1: {
    title: 'Care Act 2014, Schedule 1 (cross-border placements)',
    url: `${LEG}/ukpga/2014/23/schedule/1`,
  },
  walesSswbaPart10: {
    title: 'Social Services and Well-being (Wales) Act 2014, Part 10',
    url: `${LEG}/anaw/2014/4/part/10`,
  },
  niMca35to36: {
    title: 'Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36',
    url: `${LEG}/nia/2016/18/part/2/chapter/5`,
  },
  niMho1986: {
    title: 'Mental Health (Northern Ireland) Order 1986',
    url: `${LEG}/nisi/1986/595`,
  },
  scotlandSocialSecurity10: {
    title: 'Social Security (Scotland) Act 2018, section 10',
    url: `${LEG}/asp/2018/9/section/10`,
  },
  niMca: { title: 'Mental Capacity Act (Northern Ireland) 2016', url: `${LEG}/nia/2016/18` },
  niCommencement2019: {
    title:
      'Mental Capacity (2016 Act) (Commencement No. 1) Order (Northern Ireland) 2019, article 3',
    url: `${LEG}/nisr/2019/163/article/3`,
  },
  niDolsCode: {
    title:
      'Mental Capacity Act (Northern Ireland) 2016: Deprivation of Liberty Safeguards Code of Practice (2019)',
  },
} satisfies Record<string, LegalSource>;
