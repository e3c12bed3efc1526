import { leftL5Radiculopathy, type Scenario, scenarioCase } from './scenario.ts';

const extrusion = (id: string, level: string, zone: string, side: string, root: string, grade: string, morphology = 'extrusion') =>
  ({ id, type: 'disc-herniation', level, zone, side, morphology, rootCompromise: { root, grade } });

export const radicularScenarios: Scenario[] = [
  {
    name: 'left L4-L5 subarticular extrusion compressing L5 in a left L5 radiculopathy',
    source: '§4.1 Table 4 (L4-5 subarticular → L5); §4.2 L5 signs; §5.6 likely row; pfirrmann-2004',
    case: scenarioCase([extrusion('f1', 'L4-L5', 'subarticular', 'left', 'L5', 'compression')], { age: 41, clinical: leftL5Radiculopathy }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'the same extrusion on the right: discordant side, still not incidental (extrusions are uncommon)',
    source: '§5.6 incidental row needs high prevalence; §1.2 Jensen 1994 1%, Jarvik 2001 6%; jarvik-2001',
    case: scenarioCase([extrusion('f1', 'L4-L5', 'subarticular', 'right', 'L5', 'compression')], { age: 41, clinical: leftL5Radiculopathy }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'grade matters: concordant protrusion with root contact only is contributory, with deviation likely',
    source: '§3.4 Pfirrmann 2004 (contact < deviation < compression); §5.6 contributory row "root contact only"',
    case: scenarioCase([
      extrusion('f1', 'L4-L5', 'paracentral', 'left', 'L5', 'contact', 'protrusion'),
      extrusion('f2', 'L4-L5', 'subarticular', 'left', 'L5', 'deviation', 'protrusion'),
    ], { age: 44, clinical: leftL5Radiculopathy }),
    expect: { f1: 'possibly-contributory', f2: 'likely-pain-generator' },
    rankingStartsWith: ['f2', 'f1'],
  },
  {
    name: 'L5 has two candidate sites: a left L5-S1 foraminal protrusion compressing the exiting L5',
    source: '§4.1 Table 4 (L5-S1 foraminal → exiting L5) and its corollary (two candidate sites)',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L5-S1', zone: 'foraminal', side: 'left', morphology: 'protrusion', rootCompromise: { grade: 'compression' } }], { age: 52, clinical: leftL5Radiculopathy }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'a left L5-S1 subarticular protrusion deviating S1 in an L5 radiculopathy: wrong root, age-related',
    source: '§4.1 Table 4 (L5-S1 subarticular → S1); §1.1 Brinjikji authors: discordant level → age-related; §1.1 protrusion 33–36% at 40–50',
    case: scenarioCase([extrusion('f1', 'L5-S1', 'subarticular', 'left', 'S1', 'deviation', 'protrusion')], { age: 45, clinical: leftL5Radiculopathy }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'the finding that explains the deficit outranks the one that only matches the pain',
    source: '§4.2 (S1: Achilles reflex); issue 5 "a finding that explains the deficit outranks one that does not"',
    case: scenarioCase([
      extrusion('f1', 'L4-L5', 'subarticular', 'left', 'L5', 'compression'),
      extrusion('f2', 'L5-S1', 'subarticular', 'left', 'S1', 'compression'),
    ], { age: 39, clinical: { legPain: [{ side: 'left', roots: ['L5', 'S1'], belowKnee: true }], deficits: [{ root: 'S1', side: 'left', kind: 'reflex' }] } }),
    expect: { f1: 'likely-pain-generator', f2: 'likely-pain-generator' },
    rankingStartsWith: ['f2', 'f1'],
  },
  {
    name: 'no clinical information: an extrusion is contributory, a protrusion incidental, never likely',
    source: 'issue 5 "missing clinical information lowers confidence… never invents concordance"; §5.1 Balza 2023',
    case: scenarioCase([
      extrusion('f1', 'L4-L5', 'subarticular', 'left', 'L5', 'compression'),
      { id: 'f2', type: 'disc-herniation', level: 'L3-L4', zone: 'paracentral', side: 'right', morphology: 'protrusion' },
    ], { age: 47 }),
    expect: { f1: 'possibly-contributory', f2: 'probably-incidental' },
  },
  {
    name: 'left leg pain with unrecorded dermatomes: the side matches, the root cannot be confirmed',
    source: '§4.3 radiculopathy needs the matching root on the matching side; never invent concordance',
    case: scenarioCase([extrusion('f1', 'L4-L5', 'subarticular', 'left', 'L5', 'compression')], { age: 36, clinical: { legPain: [{ side: 'left', roots: [] }], deficits: [] } }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'lateral recess stenosis: Bartynski 2 concordant is likely; Bartynski 1 contributory; Bartynski 0 incidental',
    source: '§3.7 Bartynski grades; §5.6 likely row (Bartynski 2–3) and "concordant level but low grade"',
    case: scenarioCase([
      { id: 'f1', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'left', grade: 2 },
      { id: 'f2', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'left', grade: 1 },
      { id: 'f3', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'left', grade: 0 },
    ], { age: 63, clinical: leftL5Radiculopathy }),
    expect: { f1: 'likely-pain-generator', f2: 'possibly-contributory', f3: 'probably-incidental' },
  },
  {
    name: 'foraminal stenosis: Lee 3 at right L4-L5 explains a right L4 (knee-jerk) deficit; Lee 2 contributory; Lee 1 on the left incidental',
    source: '§3.6 Lee 2010 grades; §4.1 Table 4 (L4-5 foraminal → L4); §4.2 L4 patellar reflex',
    case: scenarioCase([
      { id: 'f1', type: 'foraminal-stenosis', level: 'L4-L5', side: 'right', grade: 3 },
      { id: 'f2', type: 'foraminal-stenosis', level: 'L4-L5', side: 'right', grade: 2 },
      { id: 'f3', type: 'foraminal-stenosis', level: 'L4-L5', side: 'left', grade: 1 },
    ], { age: 67, clinical: { legPain: [{ side: 'right', roots: ['L4'] }], deficits: [{ root: 'L4', side: 'right', kind: 'reflex' }] } }),
    expect: { f1: 'likely-pain-generator', f2: 'possibly-contributory', f3: 'probably-incidental' },
    rankingStartsWith: ['f1', 'f2'],
  },
  {
    name: 'an anterior synovial cyst compressing the left L5 root in a left L5 radiculopathy',
    source: '§3.9 Doyle 2004 (anterior cysts 2.3%, 5 of 7 compressing a root); §5.6 likely row',
    case: scenarioCase([{ id: 'f1', type: 'synovial-cyst', level: 'L4-L5', side: 'left', position: 'anterior', rootCompromise: { root: 'L5', grade: 'compression' } }], { age: 66, clinical: leftL5Radiculopathy }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'sixth lumbar vertebra: an L5-L6 foraminal extrusion meets the exiting L5',
    source: '§4.1 numbering rule applied to a transitional segment (no source retrieved for transitional anatomy)',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L5-L6', zone: 'foraminal', side: 'left', morphology: 'extrusion', rootCompromise: { grade: 'compression' } }], { age: 50, clinical: leftL5Radiculopathy }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'a large central L4-L5 extrusion meets the cauda equina: bilateral S1 sciatica is concordant',
    source: '§4.1 Table 4 "central (large) → cauda equina" and corollary (bilateral, multi-root symptoms)',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'central', morphology: 'extrusion', canalCompromise: 'moderate' }], {
      age: 42, clinical: { legPain: [{ side: 'bilateral', roots: ['S1'], belowKnee: true }], deficits: [], redFlags: [] },
    }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'a cranially migrated L4-L5 extrusion can reach the exiting L4: concordant with an L4 radiculopathy',
    source: '§4.1 corollary: migrated fragments, cranial migration behind L4 can reach the L4 root [M]',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'right', morphology: 'extrusion', migration: 'cranial' }], { age: 48, clinical: { legPain: [{ side: 'right', roots: ['L4'] }] } }),
    expect: { f1: 'likely-pain-generator' },
  },
];
