import type { CaseInput } from '../../../../shared/domain/index.ts';

/** The example of ../shared/spec/case-format.md, filled in with one finding of each common kind. */
export const specExampleCase = {
  format: 'spinecorrelate.case/1',
  id: 'case-1',
  study: { studyInstanceUID: '1.2.826.0.1.3680043.8.498.1', date: '2026-01-31' },
  patient: { age: 38, sex: 'M' },
  clinical: {
    durationWeeks: 4,
    axialPain: true,
    legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }],
    neurogenicClaudication: false,
    deficits: [{ root: 'L5', side: 'left', kind: 'motor' }],
    straightLegRaise: { left: true, right: false, crossed: false },
    redFlags: [],
    priorSurgery: [{ level: 'L4-L5', side: 'right', procedure: 'microdiscectomy', yearsAgo: 2 }],
    startBack: { total: 5, distress: 2 },
    notes: 'free text',
  },
  findings: [
    {
      id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', migration: 'none',
      rootCompromise: { root: 'L5', grade: 'compression' }, canalCompromise: 'mild', recurrent: false, caudaEquinaCompression: false,
      anchor: { seriesInstanceUID: '1.2.3', sopInstanceUID: '1.2.3.4', frame: 0, imagePoint: [120.5, 88], patientPoint: [1, 2, 3] },
    },
    { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1', clawSign: true, note: 'inferior endplate of L5' },
    { id: 'f3', level: 'L4-L5', type: 'disc-degeneration', pfirrmann: 4, heightLoss: 'mild', signalLoss: true },
  ],
} satisfies CaseInput;

/** One finding of every type with every attribute set, for round-trip and metadata checks. */
export const findingOfEveryType = [
  { id: 'a', type: 'disc-degeneration', level: 'L4-L5', pfirrmann: 3, heightLoss: 'moderate', signalLoss: true },
  { id: 'b', type: 'disc-bulge', level: 'L3-L4', symmetric: false, canalCompromise: 'mild' },
  { id: 'c', type: 'disc-herniation', level: 'L5-S1', side: 'right', morphology: 'sequestration', zone: 'paracentral', migration: 'caudal', rootCompromise: { root: 'S1', grade: 'deviation' }, canalCompromise: 'moderate', recurrent: true, caudaEquinaCompression: false },
  { id: 'd', type: 'annular-fissure', level: 'L4-L5', hiz: true },
  { id: 'e', type: 'modic', level: 'L5-S1', modicType: '2/3', clawSign: false },
  { id: 'f', type: 'schmorl-node', level: 'L2', edema: true },
  { id: 'g', type: 'central-stenosis', level: 'L4-L5', grade: 'severe', schizas: 'C', caudaEquinaCompression: true },
  { id: 'h', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'left', grade: 2, root: 'L5' },
  { id: 'i', type: 'foraminal-stenosis', level: 'L5-S1', side: 'right', grade: 3, root: 'L5' },
  { id: 'j', type: 'facet-arthropathy', level: 'L4-L5', side: 'bilateral', grade: 3, effusionMm: 2.5 },
  { id: 'k', type: 'synovial-cyst', level: 'L4-L5', side: 'left', position: 'anterior', rootCompromise: { root: 'L5', grade: 'compression' } },
  { id: 'l', type: 'spondylolisthesis', level: 'L4-L5', direction: 'antero', meyerding: 1, percent: 15, etiology: 'degenerative' },
  { id: 'm', type: 'spondylolysis', level: 'L5', side: 'bilateral', edema: true },
  { id: 'n', type: 'fracture', level: 'L1', acuity: 'acute', cause: 'osteoporotic', heightLossPercent: 30, retropulsion: false, canalCompromise: 'none' },
  { id: 'o', type: 'marrow-lesion', level: 'L3', pattern: 'hemangioma-typical', epiduralExtension: false },
  { id: 'p', type: 'infection', level: 'L3-L4', pattern: 'spondylodiscitis', epiduralAbscess: true, paraspinalCollection: true },
  { id: 'q', type: 'epidural-collection', level: 'L3', kind: 'hematoma', cordOrCaudaCompression: false },
  { id: 'r', type: 'postoperative-change', level: 'L4-L5', side: 'right', kind: 'epidural-fibrosis', massEffect: false },
  { id: 's', type: 'other', level: 'S1', description: 'Tarlov cyst' },
] as const;
