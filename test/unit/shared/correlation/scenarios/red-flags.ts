import { leftL5Radiculopathy, type Scenario, scenarioCase } from './scenario.ts';

const withFlags = (redFlags: string[], extra: Record<string, unknown> = {}) => ({ durationWeeks: 1, axialPain: true, legPain: [], deficits: [], redFlags, ...extra });

export const redFlagScenarios: Scenario[] = [
  {
    name: 'a central L4-L5 extrusion compressing the cauda equina with urinary retention is urgent',
    source: '§4.3 cauda equina syndrome (BMJ Best Practice: MRI within 4 h); ACR variant 4; §5.6 red-flag row',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'central', morphology: 'extrusion', canalCompromise: 'severe', caudaEquinaCompression: true }], {
      age: 44, clinical: withFlags(['urinary-retention', 'saddle-anaesthesia'], { legPain: [{ side: 'bilateral', roots: ['S1'] }] }),
    }),
    expect: { f1: 'urgent-red-flag' },
  },
  {
    name: 'severe central stenosis (Schizas D) with saddle anaesthesia is urgent even when compression is not ticked',
    source: '§4.3 CES is explained by "a large central herniation or severe central stenosis compressing the cauda"; bmj-best-practice-ces',
    case: scenarioCase([{ id: 'f1', type: 'central-stenosis', level: 'L4-L5', grade: 'severe', schizas: 'D' }], { age: 69, clinical: withFlags(['saddle-anaesthesia']) }),
    expect: { f1: 'urgent-red-flag' },
  },
  {
    name: 'cauda equina compression without its symptoms is not urgent (but severe narrowing in a claudicant is likely)',
    source: '§4.3 CES needs its symptoms; §5.6 red-flag row "with CES symptoms or signs"; suri-2010',
    case: scenarioCase([{ id: 'f1', type: 'central-stenosis', level: 'L3-L4', grade: 'severe', schizas: 'D', caudaEquinaCompression: true }], {
      age: 77, clinical: withFlags([], { durationWeeks: 40, neurogenicClaudication: true }),
    }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'a marrow-replacing lesion is urgent whatever else is present',
    source: '§5.6 red-flag row; ACR variant 7; downie-2013 (history of malignancy most informative)',
    case: scenarioCase([
      { id: 'f1', type: 'marrow-lesion', level: 'L2', pattern: 'marrow-replacing' },
      { id: 'f2', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'left', morphology: 'extrusion', rootCompromise: { root: 'L5', grade: 'compression' } },
    ], { age: 61, clinical: { ...leftL5Radiculopathy, redFlags: ['cancer-history'] } }),
    expect: { f1: 'urgent-red-flag', f2: 'likely-pain-generator' },
    rankingStartsWith: ['f1', 'f2'],
  },
  {
    name: 'spondylodiscitis with an epidural abscess is urgent',
    source: '§5.6 red-flag row (spondylodiscitis pattern); ACR variant 7; patel-2014',
    case: scenarioCase([{ id: 'f1', type: 'infection', level: 'L3-L4', pattern: 'spondylodiscitis', epiduralAbscess: true }], { age: 58, clinical: withFlags(['fever', 'iv-drug-use']) }),
    expect: { f1: 'urgent-red-flag' },
  },
  {
    name: 'an acute osteoporotic fracture is urgent; a chronic one is incidental',
    source: '§5.6 red-flag row (acute fracture); ACR variant 6; downie-2013 (corticosteroids 33%)',
    case: scenarioCase([
      { id: 'f1', type: 'fracture', level: 'L1', acuity: 'acute', cause: 'osteoporotic', heightLossPercent: 25 },
      { id: 'f2', type: 'fracture', level: 'T12', acuity: 'chronic', cause: 'osteoporotic' },
    ], { age: 79, clinical: withFlags(['long-term-corticosteroids', 'osteoporosis']) }),
    expect: { f1: 'urgent-red-flag', f2: 'probably-incidental' },
  },
  {
    name: 'an epidural haematoma is urgent',
    source: '§5.6 red-flag row (epidural collection); issue 5 "epidural collections are urgent whatever else is present"',
    case: scenarioCase([{ id: 'f1', type: 'epidural-collection', level: 'L2-L3', kind: 'hematoma', cordOrCaudaCompression: true }], { age: 70 }),
    expect: { f1: 'urgent-red-flag' },
  },
  {
    name: 'Modic type 1 without a DWI claw sign in a febrile patient is urgent (possible spondylodiscitis)',
    source: '§3.9 Patel 2014 (diffuse DWI without claw: infection 93–100%); §2.2 "type I can mimic infection"',
    case: scenarioCase([{ id: 'f1', type: 'modic', level: 'L4-L5', modicType: '1', clawSign: false }], { age: 64, clinical: withFlags(['fever', 'immunosuppression']) }),
    expect: { f1: 'urgent-red-flag' },
  },
  {
    name: 'severe root compression with a progressive motor deficit is urgent',
    source: '§5.6 red-flag row "severe compression with progressive motor deficit"; ACP/APS immediate MRI [A]',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'left', morphology: 'sequestration', rootCompromise: { root: 'L5', grade: 'compression' } }], {
      age: 45, clinical: { ...leftL5Radiculopathy, redFlags: ['progressive-neurological-deficit'] },
    }),
    expect: { f1: 'urgent-red-flag' },
  },
  {
    name: 'a typical haemangioma in a patient with a cancer history is incidental; the flag stays unexplained at case level',
    source: 'issue 5 "clinical red flags with no explaining finding are reported at case level"; downie-2013; ACR variant 7',
    case: scenarioCase([{ id: 'f1', type: 'marrow-lesion', level: 'L3', pattern: 'hemangioma-typical' }], { age: 66, clinical: withFlags(['cancer-history'], { durationWeeks: 3 }) }),
    expect: { f1: 'probably-incidental' },
  },
];
