import { type Scenario, scenarioCase } from './scenario.ts';

const axialOnly = { durationWeeks: 12, axialPain: true, legPain: [], deficits: [], redFlags: [] };

export const degenerationScenarios: Scenario[] = [
  {
    name: 'a bulge at 70 is expected',
    source: '§1.1 Table 1a (bulge 77% at 70); §5.6 incidental row; jensen-1994',
    case: scenarioCase([{ id: 'f1', type: 'disc-bulge', level: 'L4-L5', symmetric: true }], { age: 70, clinical: axialOnly }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'an extrusion is uncommon at any age: contributory at 70 even without leg pain',
    source: '§1.2 Jensen 1994 (1%), Jarvik 2001 (6%); brinjikji-2015-or (extrusion OR 4.38); jarvik-2001 conclusion',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L3-L4', zone: 'central', morphology: 'extrusion' }], { age: 70, clinical: axialOnly }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'a protrusion at 35 with axial back pain is contributory (OR 2.65, ≤50)',
    source: '§2.1 brinjikji-2015-or (protrusion OR 2.65, ages ≤50); §5.6 contributory row',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'central', morphology: 'protrusion' }], { age: 35, clinical: axialOnly }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'the same protrusion at 65 is probably incidental',
    source: '§1.1 protrusion 38–40% at 60–70; the OR applies to ages ≤50 only',
    case: scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'central', morphology: 'protrusion' }], { age: 65, clinical: axialOnly }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'disc degeneration: contributory at 30 with axial pain, incidental at 60; Pfirrmann 2 is normal',
    source: '§2.1 brinjikji-2015-or (degeneration OR 2.24, ≤50); §1.1 degeneration 88% at 60; §3.2 Pfirrmann',
    case: scenarioCase([
      { id: 'f1', type: 'disc-degeneration', level: 'L5-S1', pfirrmann: 4, signalLoss: true },
      { id: 'f2', type: 'disc-degeneration', level: 'L3-L4', pfirrmann: 2 },
    ], { age: 30, clinical: axialOnly }),
    expect: { f1: 'possibly-contributory', f2: 'probably-incidental' },
  },
  {
    name: 'disc degeneration at 60 with axial pain is probably incidental',
    source: '§1.1 degeneration 88% at 60',
    case: scenarioCase([{ id: 'f1', type: 'disc-degeneration', level: 'L5-S1', pfirrmann: 4 }], { age: 60, clinical: axialOnly }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'an annular fissure with a high-intensity zone is probably incidental',
    source: '§2.3 HIZ (Aprill & Bogduk PPV 86%, weakened); brinjikji-2015-or (HIZ OR 2.10, fissure 1.79, n.s.)',
    case: scenarioCase([{ id: 'f1', type: 'annular-fissure', level: 'L4-L5', hiz: true }], { age: 42, clinical: axialOnly }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'facet arthropathy: Weishaupt 1 incidental; Weishaupt 3 in axial pain contributory',
    source: '§1.1 facet degeneration by age; §2.3 Maataoui 2014 (97–98%); §5.2 Sąsiadek 2024 (marked facet degeneration)',
    case: scenarioCase([
      { id: 'f1', type: 'facet-arthropathy', level: 'L3-L4', side: 'bilateral', grade: 1 },
      { id: 'f2', type: 'facet-arthropathy', level: 'L4-L5', side: 'bilateral', grade: 3 },
    ], { age: 62, clinical: axialOnly }),
    expect: { f1: 'probably-incidental', f2: 'possibly-contributory' },
  },
  {
    name: 'a bulge at 17 is incidental; the 20-year figure is shown',
    source: '§1.1 interpolation note: do not extrapolate below 20',
    case: scenarioCase([{ id: 'f1', type: 'disc-bulge', level: 'L5-S1' }], { age: 17, clinical: axialOnly }),
    expect: { f1: 'probably-incidental' },
  },
];
