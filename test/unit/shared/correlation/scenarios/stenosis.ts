import { type Scenario, scenarioCase } from './scenario.ts';

const claudicant = (claudication: boolean | undefined) => ({
  durationWeeks: 30,
  axialPain: true,
  ...(claudication === undefined ? {} : { neurogenicClaudication: claudication }),
  redFlags: [],
});
const stenosis = (grade: string, schizas?: string) => ({ id: 'f1', type: 'central-stenosis', level: 'L4-L5', grade, ...(schizas ? { schizas } : {}) });

export const stenosisScenarios: Scenario[] = [
  {
    name: 'severe central stenosis (Schizas C) with neurogenic claudication is a likely pain generator',
    source: '§4.3 neurogenic claudication ↔ moderate–severe central stenosis; suri-2010 (claudication LR 3.7); §5.6 likely row (Schizas C/D)',
    case: scenarioCase([stenosis('severe', 'C')], { age: 71, clinical: claudicant(true) }),
    expect: { f1: 'likely-pain-generator' },
  },
  {
    name: 'moderate central stenosis (Schizas B) with claudication is contributory',
    source: '§5.6 contributory row (moderate stenosis); §3.5 Schizas B = moderate',
    case: scenarioCase([stenosis('moderate', 'B')], { age: 68, clinical: claudicant(true) }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'severe stenosis without claudication is not a likely generator, and not called incidental either',
    source: 'suri-2010 (absence of claudication LR 0.23); §1.1 Brinjikji caveat: never call severe stenosis incidental; jarvik-2001',
    case: scenarioCase([stenosis('severe')], { age: 74, clinical: claudicant(false) }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'moderate stenosis without claudication is probably incidental',
    source: 'suri-2010 (absence of claudication LR 0.23); issue 5 "stenosis without claudication is not [a generator]"',
    case: scenarioCase([stenosis('moderate')], { age: 66, clinical: claudicant(false) }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'mild stenosis does not explain claudication',
    source: '§4.3 (moderate–severe stenosis explains claudication); kalichman-2009 (relative stenosis 22.5%, 47.2% at 60–69)',
    case: scenarioCase([stenosis('mild', 'A3')], { age: 64, clinical: claudicant(true) }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'severe stenosis with claudication not recorded: contributory, with lowered confidence',
    source: 'issue 5 "missing clinical information lowers confidence and says so"',
    case: scenarioCase([stenosis('severe', 'D')], { age: 70, clinical: { axialPain: true } }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'a bulge at 70 is expected, but one compromising the canal severely in a claudicant is a likely generator',
    source: '§1.1 bulge 77% at 70; §3.1 canal compromise in thirds; §4.3 claudication ↔ severe narrowing',
    case: scenarioCase([
      { id: 'f1', type: 'disc-bulge', level: 'L3-L4', canalCompromise: 'severe' },
      { id: 'f2', type: 'disc-bulge', level: 'L2-L3', canalCompromise: 'mild' },
    ], { age: 70, clinical: claudicant(true) }),
    expect: { f1: 'likely-pain-generator', f2: 'probably-incidental' },
  },
  {
    name: 'lateral recess stenosis Bartynski 2 in a claudicant without leg-pain detail: contributory',
    source: '§4.3 "neurogenic claudication (central ± lateral recess stenosis)"; §3.7 Bartynski',
    case: scenarioCase([{ id: 'f1', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'right', grade: 2 }], { age: 69, clinical: claudicant(true) }),
    expect: { f1: 'possibly-contributory' },
  },
];
