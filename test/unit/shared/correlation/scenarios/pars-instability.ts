import { type Scenario, scenarioCase } from './scenario.ts';

const axial = (axialPain: boolean) => ({ durationWeeks: 10, axialPain, legPain: [], deficits: [], redFlags: [] });

export const parsInstabilityScenarios: Scenario[] = [
  {
    name: 'bilateral L5 spondylolysis with pars oedema is contributory',
    source: '§2.1 brinjikji-2015-or (spondylolysis OR 5.06); §5.6 contributory row "especially with pars oedema"',
    case: scenarioCase([{ id: 'f1', type: 'spondylolysis', level: 'L5', side: 'bilateral', edema: true }], { age: 19, clinical: axial(true) }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'spondylolysis without oedema and without axial pain is probably incidental',
    source: '§4.3 axial LBP syndrome; brinjikji-2015-or (a person-level association with having LBP)',
    case: scenarioCase([{ id: 'f1', type: 'spondylolysis', level: 'L5', side: 'left', edema: false }], { age: 40, clinical: axial(false) }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'degenerative spondylolisthesis alone is probably incidental',
    source: '§2.1 brinjikji-2015-or (spondylolisthesis OR 1.59, n.s.); §1.1 spondylolisthesis 23% at 60; §5.6 incidental row',
    case: scenarioCase([{ id: 'f1', type: 'spondylolisthesis', level: 'L4-L5', direction: 'antero', meyerding: 1, etiology: 'degenerative' }], { age: 63, clinical: axial(true) }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'spondylolisthesis with a facet effusion at the same level: an instability marker, contributory',
    source: '§3.9 facet effusion (Lattig 2012: 2.15 ± 0.85 mm, r = 0.64); §5.6 contributory row',
    case: scenarioCase([
      { id: 'f1', type: 'spondylolisthesis', level: 'L4-L5', direction: 'antero', meyerding: 1, etiology: 'degenerative' },
      { id: 'f2', type: 'facet-arthropathy', level: 'L4-L5', side: 'bilateral', grade: 2, effusionMm: 2.5 },
    ], { age: 63, clinical: axial(true) }),
    expect: { f1: 'possibly-contributory', f2: 'possibly-contributory' },
  },
  {
    name: 'isthmic L5-S1 slip over L5 pars defects: both contributory',
    source: '§3.9 (isthmic usually L5-S1); brinjikji-2015-or (spondylolysis OR 5.06)',
    case: scenarioCase([
      { id: 'f1', type: 'spondylolisthesis', level: 'L5-S1', direction: 'antero', meyerding: 2, etiology: 'isthmic' },
      { id: 'f2', type: 'spondylolysis', level: 'L5', side: 'bilateral' },
    ], { age: 34, clinical: axial(true) }),
    expect: { f1: 'possibly-contributory', f2: 'possibly-contributory' },
  },
];
