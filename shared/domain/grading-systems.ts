// The grading systems and terms of clinical-knowledge.md §3, as data the forms show beside each
// attribute. Definitions are paraphrased there; "[M]" marks bibliographic detail not re-checked.

export interface Grade {
  /** The value stored in the case (`2`, `'B'`, `'deviation'`). */
  value: string | number;
  /** How it is usually written: `II`, `B`, `2 deviation`. */
  label: string;
  description: string;
}

export interface GradingSystem {
  id: string;
  name: string;
  citation: string;
  /** [V] read in the source, [A] abstract/secondary, [M] bibliographic detail not re-checked. */
  sourceStatus: string;
  /** The finding attributes it grades, as `type.attribute`. */
  appliesTo: string[];
  grades: Grade[];
  note?: string;
}

export const GRADING_SYSTEMS = {
  pfirrmann2001: {
    id: 'pfirrmann-2001',
    name: 'Pfirrmann disc degeneration (sagittal T2)',
    citation: 'Pfirrmann CW, Metzdorf A, Zanetti M, Hodler J, Boos N. Spine 2001;26(17):1873–8. PMID 11568697 [M].',
    sourceStatus: '[V] grading table',
    appliesTo: ['disc-degeneration.pfirrmann'],
    grades: [
      { value: 1, label: 'I', description: 'Homogeneous, bright white; clear nucleus/annulus distinction; hyperintense, isointense to CSF; normal height.' },
      { value: 2, label: 'II', description: 'Inhomogeneous ± horizontal bands; clear distinction; hyperintense, isointense to CSF; normal height.' },
      { value: 3, label: 'III', description: 'Inhomogeneous, grey; unclear distinction; intermediate signal; normal to slightly decreased height.' },
      { value: 4, label: 'IV', description: 'Inhomogeneous, grey to black; distinction lost; intermediate to hypointense; normal to moderately decreased height.' },
      { value: 5, label: 'V', description: 'Inhomogeneous, black; distinction lost; hypointense; collapsed disc space.' },
    ],
    note: 'Reported reliability: intra-rater κ ≈ 0.8, inter-rater κ ≈ 0.6 (Invest Radiol 2021 review) [A].',
  },
  pfirrmann2004: {
    id: 'pfirrmann-2004',
    name: 'Pfirrmann nerve root compromise',
    citation: 'Pfirrmann CWA, Dora C, Schmid MR, Zanetti M, Hodler J, Boos N. MR image-based grading of lumbar nerve root compromise due to disk herniation: reliability study with surgical correlation. Radiology 2004;230(2):583–8. doi:10.1148/radiol.2302021289. PMID 14699183.',
    sourceStatus: '[V]',
    appliesTo: ['disc-herniation.rootCompromise.grade', 'synovial-cyst.rootCompromise.grade'],
    grades: [
      { value: 'none', label: '0 normal', description: 'No compromise of the root.' },
      { value: 'contact', label: '1 contact', description: 'Disc material touches the root.' },
      { value: 'deviation', label: '2 deviation', description: 'The root is displaced.' },
      { value: 'compression', label: '3 compression', description: 'The root is compressed.' },
    ],
    note: '500 roots in 250 patients; intra-observer κ 0.72–0.77, inter-observer κ 0.62–0.67; correlation with surgical grading r = 0.86.',
  },
  modic: {
    id: 'modic',
    name: 'Modic endplate / marrow changes',
    citation: 'Modic MT et al. Radiology 1988;166(1 Pt 1):193–9. doi:10.1148/radiology.166.1.3336678 (original description of types 1 and 2; type 3 added later).',
    sourceStatus: '[V] signal table',
    appliesTo: ['modic.modicType'],
    grades: [
      { value: '1', label: 'Type 1', description: 'T1 ↓, T2 ↑, STIR ↑: oedema, fibrovascular tissue; "active".' },
      { value: '2', label: 'Type 2', description: 'T1 ↑, T2 iso/↑, STIR ↓: fatty marrow replacement; chronic, stable.' },
      { value: '3', label: 'Type 3', description: 'T1 ↓, T2 ↓, STIR ↓: subchondral sclerosis.' },
      { value: '1/2', label: 'Mixed 1/2', description: 'Transitional; type 1 often converts to type 2.' },
      { value: '2/3', label: 'Mixed 2/3', description: 'Transitional.' },
    ],
    note: 'Type 1 can mimic infection: a DWI "claw sign" argues against infection (Patel 2014).',
  },
  schizas: {
    id: 'schizas-2010',
    name: 'Schizas central stenosis (rootlet/CSF morphology, axial T2)',
    citation: 'Schizas C et al. Spine 2010;35(21):1919–24. doi:10.1097/BRS.0b013e3181d359bd. PMID 20671589.',
    sourceStatus: '[V]',
    appliesTo: ['central-stenosis.schizas'],
    grades: [
      { value: 'A1', label: 'A1', description: 'Rootlets dorsal, occupying less than half of the sac (no or minor stenosis).' },
      { value: 'A2', label: 'A2', description: 'Rootlets dorsal, horseshoe shape (no or minor stenosis).' },
      { value: 'A3', label: 'A3', description: 'Rootlets dorsal, occupying more than half of the sac (no or minor stenosis).' },
      { value: 'A4', label: 'A4', description: 'Rootlets central, occupying most of the sac (no or minor stenosis).' },
      { value: 'B', label: 'B', description: 'Rootlets fill the sac but are still individualised; some CSF (moderate).' },
      { value: 'C', label: 'C', description: 'No rootlets seen, no CSF; posterior epidural fat present (severe).' },
      { value: 'D', label: 'D', description: 'As C and no posterior epidural fat (extreme).' },
    ],
    note: 'κ intra 0.65 / inter 0.44. Grades C/D were more likely to fail conservative treatment; no relation to baseline ODI.',
  },
  leeCentral: {
    id: 'lee-2011-central',
    name: 'Lee central stenosis',
    citation: 'Lee GY et al. Skeletal Radiol 2011;40(8):1033–9. doi:10.1007/s00256-011-1102-x. PMID 21286714.',
    sourceStatus: '[V]',
    appliesTo: ['central-stenosis.grade'],
    grades: [
      { value: 'none', label: '0', description: 'Anterior CSF space not obliterated.' },
      { value: 'mild', label: '1 mild', description: 'Anterior CSF mildly obliterated; all roots separable.' },
      { value: 'moderate', label: '2 moderate', description: 'Some roots aggregated.' },
      { value: 'severe', label: '3 severe', description: 'Marked compression; roots form one bundle.' },
    ],
    note: 'Inter-reader ICC 0.73–0.95. The case format\'s none/mild/moderate/severe also reads as the Lurie / Nomenclature 2.0 thirds.',
  },
  canalThirds: {
    id: 'canal-thirds',
    name: 'Canal compromise in thirds (Lurie; Nomenclature 2.0)',
    citation: 'Fardon DF, Williams AL, Dohring EJ, Murtagh FR, Gabriel Rothman SL, Sze GK. Lumbar disc nomenclature: version 2.0. Spine J 2014;14(11):2525–45 (thirds scheme as in Lurie; via a Radiopaedia summary).',
    sourceStatus: '[V] Radiopaedia summary',
    appliesTo: ['disc-bulge.canalCompromise', 'disc-herniation.canalCompromise', 'fracture.canalCompromise', 'central-stenosis.grade'],
    grades: [
      { value: 'none', label: 'none', description: 'No compromise of the central zone.' },
      { value: 'mild', label: 'mild', description: 'Less than 1/3 of the normal area.' },
      { value: 'moderate', label: 'moderate', description: '1/3 to 2/3 of the normal area.' },
      { value: 'severe', label: 'severe', description: 'More than 2/3 of the normal area.' },
    ],
  },
  leeForaminal: {
    id: 'lee-2010-foraminal',
    name: 'Lee foraminal stenosis (sagittal)',
    citation: 'Lee S, Lee JW, Yeom JS, et al. A practical MRI grading system for lumbar foraminal stenosis. AJR Am J Roentgenol 2010;194(4):1095–8 [journal details M].',
    sourceStatus: '[V] grades',
    appliesTo: ['foraminal-stenosis.grade'],
    grades: [
      { value: 0, label: '0', description: 'No foraminal stenosis.' },
      { value: 1, label: '1 mild', description: 'Perineural fat obliterated in 2 opposing directions (vertical or transverse).' },
      { value: 2, label: '2 moderate', description: 'Fat obliterated in all 4 directions, no change in root shape.' },
      { value: 3, label: '3 severe', description: 'Root collapse or morphologic change.' },
    ],
    note: 'Inter-observer κ 0.91–1.0 across levels.',
  },
  bartynski: {
    id: 'bartynski-2003',
    name: 'Bartynski lateral recess (subarticular) stenosis',
    citation: 'Bartynski WS, Lin L. Lumbar root compression in the lateral recess: MR imaging, conventional myelography, and CT myelography comparison with surgical confirmation. AJNR Am J Neuroradiol 2003;24(3):348–60.',
    sourceStatus: '[V]',
    appliesTo: ['lateral-recess-stenosis.grade'],
    grades: [
      { value: 0, label: '0 normal', description: 'Normal lateral recess.' },
      { value: 1, label: '1', description: 'Small recess without root compression (trefoil or angular narrowing, root normal).' },
      { value: 2, label: '2', description: 'Small recess with root compression (root flattened, widened or displaced medially; recess not obliterated).' },
      { value: 3, label: '3', description: 'Severe compression: recess obliterated, severe facet/disc changes.' },
    ],
    note: 'MRI underestimated surgically confirmed root compression in 28–29% of cases.',
  },
  weishaupt: {
    id: 'weishaupt-1999',
    name: 'Weishaupt facet arthropathy',
    citation: 'Weishaupt D, Zanetti M, Boos N, Hodler J. MR imaging and CT in osteoarthritis of the lumbar facet joints. Skeletal Radiol 1999;28(4):215–9 [journal details M].',
    sourceStatus: '[V] grades',
    appliesTo: ['facet-arthropathy.grade'],
    grades: [
      { value: 0, label: '0', description: 'Normal joint space (2–4 mm).' },
      { value: 1, label: '1', description: 'Narrowing (<2 mm) and/or small osteophytes and/or mild hypertrophy.' },
      { value: 2, label: '2', description: 'Narrowing and/or moderate osteophytes and/or moderate hypertrophy and/or mild subarticular erosions.' },
      { value: 3, label: '3', description: 'Narrowing and/or large osteophytes and/or severe hypertrophy and/or severe erosions and/or subchondral cysts.' },
    ],
    note: 'Interobserver agreement for facet OA is only moderate (Gwet AC1 0.39, NORDSTEN, BMC Musculoskelet Disord 2021).',
  },
  meyerding: {
    id: 'meyerding',
    name: 'Meyerding spondylolisthesis',
    citation: 'Meyerding HW, 1932 (slip grading as summarised by Radiopaedia/Medscape) [bibliographic details M].',
    sourceStatus: '[V] Radiopaedia/Medscape',
    appliesTo: ['spondylolisthesis.meyerding'],
    grades: [
      { value: 1, label: 'I', description: 'Slip 0–25% of the AP width of the lower endplate (low grade).' },
      { value: 2, label: 'II', description: 'Slip 26–50% (low grade).' },
      { value: 3, label: 'III', description: 'Slip 51–75% (high grade).' },
      { value: 4, label: 'IV', description: 'Slip 76–100% (high grade).' },
      { value: 5, label: 'V', description: 'Slip over 100%: spondyloptosis.' },
    ],
    note: 'Supine MRI can underestimate the slip.',
  },
} as const satisfies Record<string, GradingSystem>;

export type GradingSystemKey = keyof typeof GRADING_SYSTEMS;

export interface NomenclatureTerm {
  term: string;
  definition: string;
  sourceStatus: string;
}

/** Lumbar Disc Nomenclature 2.0: morphology only; the terms imply nothing about symptoms, cause or treatment. */
export const NOMENCLATURE = {
  citation: 'Fardon DF, Williams AL, Dohring EJ, Murtagh FR, Gabriel Rothman SL, Sze GK. Lumbar disc nomenclature: version 2.0. Recommendations of the combined task forces of NASS, ASSR and ASNR. Spine J 2014;14(11):2525–45. doi:10.1016/j.spinee.2014.04.022 [M]. Replaced Fardon DF, Milette PC. Spine 2001;26:E93–E113.',
  terms: [
    { term: 'Normal', definition: 'Normal shape, no degenerative change, wholly inside the disc space.', sourceStatus: '[A]' },
    { term: 'Bulge', definition: 'Disc tissue beyond the ring apophyses over more than 25% (90°) of the circumference; circumferential or asymmetric; not a herniation.', sourceStatus: '[V] secondary summaries' },
    { term: 'Herniation', definition: 'Localised displacement (<25% of the circumference) beyond the disc space; subtypes protrusion and extrusion.', sourceStatus: '[V]' },
    { term: 'Protrusion', definition: 'The base against the parent disc is wider than any other dimension of the displaced material, in any plane.', sourceStatus: '[V]' },
    { term: 'Extrusion', definition: 'In at least one plane the displaced material is wider than its base, or it has no continuity with the disc, or it extends cranio-caudally beyond the endplates.', sourceStatus: '[V]' },
    { term: 'Sequestration', definition: 'Extruded fragment with no continuity with the parent disc (free fragment); a subtype of extrusion.', sourceStatus: '[V]' },
    { term: 'Migration', definition: 'Displacement away from the extrusion site, sequestered or not (a position term).', sourceStatus: '[V]' },
    { term: 'Annular fissure', definition: 'Separation between annular fibres (concentric, radial or transverse); preferred to "tear"; implies no trauma.', sourceStatus: '[A]' },
    { term: 'Intravertebral herniation', definition: 'Disc material through the endplate into the vertebral body (Schmorl node).', sourceStatus: '[A]' },
    { term: 'Zones', definition: 'Central; paracentral (right/left central); subarticular (lateral recess); foraminal; extraforaminal (far lateral); anterior.', sourceStatus: '[V]' },
  ],
  note: 'v2.0 moved the bulge threshold to 25%; its exact wording on "broad-based" (25–50% in 2001) was NOT retrieved.',
} as const;
