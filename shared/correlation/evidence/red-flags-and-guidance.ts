import type { EvidenceEntry } from './types.ts';

/** Red flags, imaging appropriateness, stratification and the prevalence statement (clinical-knowledge.md §4.3, §5, §6; ../shared/seeds). */
export const guidanceEvidence = {
  'downie-2013': {
    citation: 'Downie A et al. BMJ 2013;347:f7095.',
    section: '§5.3',
    status: '[V]',
    figures: {
      'Post-test probability of fracture (%)': {
        'older age': 9,
        'prolonged corticosteroid use': 33,
        'severe trauma': 11,
        'contusion or abrasion': 62,
        'multiple red flags': 90,
      },
      malignancy: 'a history of malignancy was the most informative flag',
    },
    note: 'Many guideline red flags barely change probability. The exact post-test probability for a history of malignancy was cut off in the source (recalled as ~33%, [M]): NOT FOUND, so it is not used.',
  },
  'patel-2014': {
    citation: 'Patel KB et al. AJNR Am J Neuroradiol 2014;35(8):1647–52.',
    section: '§3.9',
    status: '[V]',
    figures: {
      'definite DWI claw sign: no infection (%)': '97–100',
      'diffuse DWI pattern without claw sign: proven infection (%)': '93–100',
    },
    note: 'Modic type 1 can mimic spondylodiscitis. An ADC cut-off of 1.52 × 10⁻³ mm²/s was reported in one prospective study (Br J Radiol, PMC5124788).',
  },
  'bmj-best-practice-ces': {
    citation: 'BMJ Best Practice: Cauda equina syndrome (as summarised in clinical-knowledge.md §4.3); GIRFT (England) pathway.',
    section: '§4.3',
    status: '[V]',
    figures: {
      'emergency MRI': 'as soon as possible and within 4 h of request in hospital',
      'post-void residual making CES much more likely (mL)': '≥200',
      'recent symptoms': 'within 14 days: bladder/bowel disturbance, saddle sensory change, bilateral leg weakness or deficit, sexual dysfunction',
      'unilateral sciatica in CES (%)': '~52 [A, low-tier source]',
    },
    note: 'A lower PVR does not exclude CES; DRE is not required before MRI. Retention (CES-R) has a worse prognosis than incomplete CES (Eur Spine J 2011, PMC3082683).',
  },
  'acr-2021-low-back-pain': {
    citation: 'Expert Panel on Neurological Imaging. ACR Appropriateness Criteria® Low Back Pain (2021 revision). J Am Coll Radiol 2021;18(11S):S361–S379.',
    section: '§5.4',
    status: '[V]',
    figures: {
      'Variant 1': 'acute LBP ± radiculopathy, no red flags, no prior management: all imaging usually not appropriate',
      'Variant 2': 'subacute/chronic LBP ± radiculopathy, no red flags, no prior management: all imaging usually not appropriate',
      'Variant 3': 'subacute/chronic LBP ± radiculopathy, surgery or intervention candidate with persistent or progressive symptoms during or after 6 weeks of optimal medical management: MRI without contrast usually appropriate',
      'Variant 4': 'suspected cauda equina syndrome: MRI without, and without and with contrast, usually appropriate',
      'Variant 5': 'prior lumbar surgery ± radiculopathy, new or progressing symptoms: radiography, MRI without and with, MRI without usually appropriate',
      'Variant 6': 'low-velocity trauma, osteoporosis, elderly, or chronic steroid use: radiography, MRI without, CT without usually appropriate',
      'Variant 7': 'suspicion of cancer, infection, or immunosuppression: MRI without and with, and MRI without, usually appropriate',
    },
    note: 'The 2021 revision has 7 variants (not 6). Older numeric ratings (AJNR 2007;28(5):990): MRI without contrast 2 for uncomplicated LBP, 9 for cauda equina.',
  },
  'nice-ng59': {
    citation: 'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59 (2016, updated 2020).',
    section: '§5.3',
    status: '[V] via QS155, a BMJ 2017 summary and an AoMRC page',
    figures: {
      imaging: 'do not routinely offer imaging in a non-specialist setting',
      'specialist settings': 'consider imaging only if the result is likely to change management [wording M]',
      stratification: 'consider risk stratification (e.g. STarT Back) at first contact',
      'alternative serious causes': 'cancer, infection, trauma, inflammatory disease such as spondyloarthritis, cauda equina',
    },
  },
  'nice-qs155': {
    citation: 'National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s. Quality standard QS155 (2017).',
    section: '§5.2, §5.3',
    status: '[V]',
    figures: {
      'statement 2': 'no imaging from non-specialist services unless serious pathology is suspected',
      rationale: 'findings such as disc and joint degeneration are common in asymptomatic people; imaging seldom changes initial management',
    },
  },
  'kvistad-2010': {
    citation: 'Kvistad KA et al. [Diagnostic imaging in neck and low back pain]. Tidsskr Nor Laegeforen 2010;130(22):2256–9. doi:10.4045/tidsskr.09.1032. (Norwegian; seed document 000.)',
    section: 'seeds',
    status: '[V] abstract (seed)',
    figures: {
      indication: 'imaging is indicated when serious conditions are suspected and should be considered for symptoms that have not improved after 4–6 weeks',
    },
    note: 'Routine imaging is not documented to improve outcomes; degenerative changes seldom explain symptoms or influence treatment.',
  },
  'iordanova-2010': {
    citation: 'Iordanova E et al. [Long-lasting low back pain and MRI changes in the intervertebral discs]. Tidsskr Nor Laegeforen 2010;130(22):2260–3. doi:10.4045/tidsskr.09.0122. (Norwegian non-systematic review; seed document 002.)',
    section: 'seeds; §0',
    status: '[V] abstract (seed)',
    figures: { finding: 'Modic changes are associated with pain in several recent studies; relevance to treatment not clarified' },
    note: 'clinical-knowledge.md §0 says no 2010 Norwegian review was found; seed document 002 is one (a non-systematic review, no pooled figures).',
  },
  'balza-2023': {
    citation: 'Balza R et al. Symptom-imaging correlation in lumbar spine pain. Skeletal Radiol 2023;52(10):1901–1909. doi:10.1007/s00256-023-04305-8. PMID 36862178. (Seed document 001.)',
    section: '§5.1',
    status: '[V] abstract only',
    figures: { principle: 'symptom–MRI correlation enables targeted inspection for the pain generator; without clinical information reports become unranked lists' },
    note: 'The full text (its tables of incidental vs symptom-associated findings) was NOT FOUND.',
  },
  'hss-2009': {
    citation: 'Hospital for Special Surgery. Imaging for back pain (quoting Herzog RJ and Saboeiro GR), 7 May 2009. (Seed document 003.)',
    section: 'seeds',
    status: '[V] (seed)',
    figures: { indications: 'diagnosis in question; possible infection or tumour; certain trauma; no improvement after the initial course of treatment' },
  },
  'lbp-imaging-guidance-2020': {
    citation: 'Low back pain imaging: Best Practice Guidance. Published January 2020, last reviewed September 2024 (NHS best-practice guidance citing NICE NG59/QS155 and the GIRFT spinal surgery report; publisher not named in the stored copy). (Seed document 004.)',
    section: 'seeds',
    status: '[V] (seed)',
    figures: {
      recommendation: 'do not routinely offer imaging in a non-specialist setting without red flags or suspected serious pathology',
      recovery: 'most patients without red flags recover from low back pain within six weeks',
      'cauda equina': 'imaging should not be delayed; emergency MRI',
      'applies to adults aged (years)': '19 and over',
    },
  },
  'start-back': {
    citation: 'Hill JC et al. Arthritis Rheum 2008 (development); Hill JC et al. Lancet 2011 (trial) [citations M]. Keele STarT Back Screening Tool.',
    section: '§5.5',
    status: '[V] scoring',
    figures: { 'total 0–3': 'low risk', 'total 4–9': 'medium risk', 'distress subscale 4–5': 'high risk' },
  },
  'lire-2020': {
    citation: 'Jarvik JG, Meier EN, James KT, et al. JAMA Netw Open 2020;3(9):e2015713. doi:10.1001/jamanetworkopen.2020.15713. PMID 32886121 (LIRE main results).',
    section: '§6',
    status: '[V]',
    figures: {
      analysed: 238886,
      'opioid prescriptions, short-term OR (95% CI)': '0.95 (0.90–0.99)',
      'opioid prescriptions, 1 year OR (95% CI)': '0.95 (0.91–1.00)',
      'spine-related RVUs': 'no significant difference',
    },
    note: 'Intervention: age- and modality-specific prevalence text from Brinjikji 2015 in the report. The verbatim inserted text and the exact age bands were NOT FOUND; our statement is our own wording. Often mis-cited as JAMA Intern Med.',
  },
  'mccullough-2012': {
    citation: 'McCullough BJ, Johnson GR, Martin BI, Jarvik JG. Lumbar MR imaging and reporting epidemiology: do epidemiologic data in reports affect clinical management? Radiology 2012;262(3):941–6. doi:10.1148/radiol.11110618. PMID 22357893 [authors other than McCullough M].',
    section: '§6',
    status: '[V]',
    figures: { reports: 237, 'with a prevalence statement': '71 (30%)', 'narcotic prescriptions with the statement, OR': '0.29, P = .01' },
  },
} satisfies Record<string, EvidenceEntry>;
