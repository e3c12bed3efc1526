import { type Scenario, scenarioCase } from './scenario.ts';

const axial = (axialPain: boolean) => ({ durationWeeks: 16, axialPain, legPain: [], deficits: [], redFlags: [] });

export const endplateScenarios: Scenario[] = [
  {
    name: 'Modic type 1 at a degenerated disc in axial back pain is possibly contributory',
    source: '§2.2 working rule; brinjikji-2015-or (Modic 1 OR 4.01); jensen-ts-2008 (6% vs 43%); herlin-2018 (inconsistent)',
    case: scenarioCase([
      { id: 'f1', type: 'modic', level: 'L5-S1', modicType: '1', clawSign: true },
      { id: 'f2', type: 'disc-degeneration', level: 'L5-S1', pfirrmann: 4 },
    ], { age: 55, clinical: axial(true) }),
    expect: { f1: 'possibly-contributory', f2: 'probably-incidental' },
  },
  {
    name: 'mixed Modic 1/2 counts as type 1',
    source: '§2.2 working rule "Modic 1 (or mixed 1/2)"',
    case: scenarioCase([{ id: 'f1', type: 'modic', level: 'L4-L5', modicType: '1/2', clawSign: true }], { age: 47, clinical: axial(true) }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'Modic type 2 in axial back pain is chronic and probably incidental',
    source: '§2.2 working rule "Modic 2/3 alone … usually incidental"; brinjikji-2015-or (any Modic OR 1.62, n.s.)',
    case: scenarioCase([{ id: 'f1', type: 'modic', level: 'L4-L5', modicType: '2' }], { age: 58, clinical: axial(true) }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'Modic type 1 with no axial back pain has nothing to explain',
    source: '§4.3 axial LBP syndrome; §5.6 contributory row "Modic 1 in axial LBP"',
    case: scenarioCase([{ id: 'f1', type: 'modic', level: 'L4-L5', modicType: '1', clawSign: true }], { age: 50, clinical: axial(false) }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'a Schmorl node is incidental; with marrow oedema in axial pain it is contributory',
    source: '§3.9 Schmorl node 19% (Jensen 1994); oedema 10/23 symptomatic vs 1/7 asymptomatic (AJR 1997)',
    case: scenarioCase([
      { id: 'f1', type: 'schmorl-node', level: 'L2', edema: false },
      { id: 'f2', type: 'schmorl-node', level: 'L3', edema: true },
    ], { age: 33, clinical: axial(true) }),
    expect: { f1: 'probably-incidental', f2: 'possibly-contributory' },
  },
];
