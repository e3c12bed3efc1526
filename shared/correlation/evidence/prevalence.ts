import { BRINJIKJI_2015_TABLE, DECADES } from './brinjikji-2015-table.ts';
import type { EvidenceEntry, Figure } from './types.ts';

function byDecade(values: readonly number[]): Record<string, number> {
  return Object.fromEntries(DECADES.map((decade, index) => [`${decade} y`, values[index] ?? NaN]));
}

function tableOf(pick: (row: (typeof BRINJIKJI_2015_TABLE)[keyof typeof BRINJIKJI_2015_TABLE]) => readonly number[]): Record<string, Figure> {
  return Object.fromEntries(Object.values(BRINJIKJI_2015_TABLE).map((row) => [row.name, byDecade(pick(row))]));
}

/** Asymptomatic-population figures (clinical-knowledge.md §1). */
export const prevalenceEvidence = {
  'brinjikji-2015-prevalence': {
    citation: 'Brinjikji W, Luetmer PH, Comstock B, Bresnahan BW, Chen LE, Deyo RA, Halabi S, Turner JA, Avins AL, James K, Wald JT, Kallmes DF, Jarvik JG. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811–816. doi:10.3174/ajnr.A4173. PMID 25430861.',
    section: '§1.1',
    status: '[V] full text, Tables 1 and 2',
    figures: {
      studies: 33,
      individuals: 3110,
      'Modelled prevalence (%) in asymptomatic people, by age (Table 1a)': tableOf((row) => row.percent),
      'Estimated number of people behind each estimate (Table 1b)': tableOf((row) => row.subjects),
      'Number of studies behind each estimate (Table 1b)': tableOf((row) => row.studies),
    },
    note:
      'Binomial mixed-effects model, linear in age on the logit scale (smooth by construction): interpolate on the logit scale; do not extrapolate below 20 or above 80. ' +
      'Ages 60–80 rest on very few people (14–86), often one study. For facet degeneration and spondylolisthesis the 20- and 30-year values are pure model extrapolation (0 subjects); a secondary source assumed n = 100 for those cells (PMC4975884). ' +
      'Findings were not graded by severity: do not use the table to call severe stenosis or root compression incidental; it does not cover stenosis, root compression, extrusion or Modic changes. ' +
      'Authors: degenerative findings seen incidentally, or at a level not matching the pain or examination, should be treated as normal age-related change. ' +
      'Limitations: volunteer bias, single readers, inconsistent nomenclature over 25 years, moderate interobserver agreement, possible publication bias.',
  },
  'jensen-1994': {
    citation: 'Jensen MC, Brant-Zawadzki MN, Obuchowski N, Modic MT, Malkasian D, Ross JS. Magnetic resonance imaging of the lumbar spine in people without back pain. N Engl J Med 1994;331(2):69–73. PMID 8208267 [M]; doi:10.1056/NEJM199407143310201 [M].',
    section: '§1.2',
    status: '[V]',
    figures: {
      'asymptomatic adults': 98,
      'normal discs at all levels (%)': 36,
      'bulge at ≥1 level (%)': 52,
      'protrusion (%)': 27,
      'extrusion (%)': 1,
      'more than one abnormal disc (%)': 38,
      'Schmorl nodes (%)': 19,
      'annular defects (%)': 14,
      'facet arthropathy (%)': 8,
    },
    note: 'Two blinded neuroradiologists. Bulges (but not protrusions) increased with age. PMID and doi not re-checked [M].',
  },
  'boden-1990': {
    citation: 'Boden SD et al. J Bone Joint Surg Am 1990;72(3):403–8. PMID 2312537.',
    section: '§1.2',
    status: '[V]',
    figures: {
      'people who never had LBP, sciatica or claudication': 67,
      'with a substantial abnormality': 'about 1/3',
      'under 60: herniated nucleus pulposus (%)': 20,
      '60 and over: abnormal (%)': '~57',
      '60 and over: herniated nucleus pulposus (%)': 36,
      '60 and over: spinal stenosis (%)': 21,
      '20–39 years: degeneration or bulge at ≥1 level (%)': 35,
      '60–80 years: degeneration or bulge at ≥1 level': 'all but one',
    },
    note: 'Under 60, one person had stenosis.',
  },
  'jarvik-2001': {
    citation: 'Jarvik JJ, Hollingworth W, Heagerty P, Haynor DR, Deyo RA. LAIDBack baseline. Spine 2001;26(10):1158–66.',
    section: '§1.2, §5.2',
    status: '[V]',
    figures: {
      'VA outpatients without LBP in the past 4 months': 148,
      'moderate–severe desiccation of ≥1 disc (%)': 83,
      '≥1 bulge (%)': 64,
      'disc height loss (%)': 56,
      '≥1 protrusion (%)': 32,
      '≥1 extrusion (%)': 6,
    },
    note: "Authors' conclusion: the less common findings (moderate/severe central stenosis, root compression, extrusions) are the ones likely to be diagnostically relevant.",
  },
  'jarvik-2005': {
    citation: 'Jarvik JG et al. 3-year LAIDBack follow-up. Spine 2005;30(13):1541–8. doi:10.1097/01.brs.0000167536.60002.87.',
    section: '§1.2',
    status: '[V]',
    figures: {
      followed: 131,
      're-imaged': 123,
      '3-year incidence of new LBP (%)': 67,
      'depression, hazard ratio (95% CI)': '2.3 (1.2–4.4)',
      'new disc signal loss (%)': 9,
      'new extrusion → new pain': '5 of 5',
      'new root impingement → new pain': '4 of 4',
    },
    note: 'Baseline type 1 endplate change, degeneration, annular tears and facet degeneration did not predict new LBP. New MRI findings were rare.',
  },
  'suri-2014': {
    citation: 'Suri P et al. BMC Musculoskelet Disord 2014;15:152 (LAIDBack secondary analysis).',
    section: '§1.2',
    status: '[V]',
    figures: {
      people: 123,
      '3-year cumulative incidence of new MRI findings (%)': '2–8',
      'incident annular fissure → incident chronic LBP, adjusted OR (95% CI)': '6.6 (1.2–36.9)',
      'incident extrusion → radicular symptoms, OR': 5.4,
      'incident root impingement → radicular symptoms, OR': 4.1,
    },
    note: 'Everyone with an incident extrusion or root impingement reported radicular symptoms; those ORs were not statistically significant.',
  },
  'kalichman-2009': {
    citation: 'Kalichman L et al. Framingham CT study. Spine J 2009;9(7):545–50. doi:10.1016/j.spinee.2009.03.005. PMID 19398386.',
    section: '§1.2',
    status: '[V]',
    figures: {
      'community adults (CT)': 191,
      'acquired stenosis, relative <12 mm (%)': 22.5,
      'acquired stenosis, absolute <10 mm (%)': 7.3,
      'age <40: relative / absolute (%)': '20.0 / 4.0',
      'age 60–69: relative / absolute (%)': '47.2 / 19.4',
      'absolute stenosis and LBP, OR (95% CI)': '3.16 (1.05–9.53)',
      'congenital stenosis, relative / absolute (%)': '4.7 / 2.6',
    },
    note: 'A community sample on CT (AP canal diameter), not a strictly asymptomatic one.',
  },
  'jensen-ts-2008': {
    citation: 'Jensen TS, Karppinen J, Sorensen JS, Niinimäki J, Leboeuf-Yde C. Systematic review of Modic/vertebral endplate signal changes. Eur Spine J 2008;17(11):1407–22. doi:10.1007/s00586-008-0770-2. PMID 18787845.',
    section: '§1.2, §2.2',
    status: '[V]',
    figures: {
      samples: 82,
      studies: 77,
      'median prevalence of any endplate signal change, non-clinical populations (%)': 6,
      'median prevalence, non-specific LBP and/or sciatica patients (%)': 43,
      'studies with a positive association with non-specific LBP': '7 of 10',
      'odds ratios in those studies': '2.0–19.9',
    },
    note: 'Prevalence rose with age (no age-specific figures retrieved).',
  },
} satisfies Record<string, EvidenceEntry>;
