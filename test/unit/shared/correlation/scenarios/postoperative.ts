import { leftL5Radiculopathy, type Scenario, scenarioCase } from './scenario.ts';

const operated = { ...leftL5Radiculopathy, priorSurgery: [{ level: 'L4-L5', side: 'left', procedure: 'microdiscectomy', yearsAgo: 1 }] };

export const postoperativeScenarios: Scenario[] = [
  {
    name: 'epidural fibrosis without mass effect is the expected appearance after surgery',
    source: '§5.4 ACR variant 5 (prior surgery)',
    case: scenarioCase([{ id: 'f1', type: 'postoperative-change', level: 'L4-L5', side: 'left', kind: 'epidural-fibrosis', massEffect: false }], { age: 52, clinical: operated }),
    expect: { f1: 'probably-incidental' },
  },
  {
    name: 'scar with mass effect on the symptomatic side is contributory (contrast tells scar from disc)',
    source: '§5.4 ACR variant 5 (MRI without and with contrast usually appropriate)',
    case: scenarioCase([{ id: 'f1', type: 'postoperative-change', level: 'L4-L5', side: 'left', kind: 'epidural-fibrosis', massEffect: true }], { age: 52, clinical: operated }),
    expect: { f1: 'possibly-contributory' },
  },
  {
    name: 'a recurrent left L4-L5 extrusion compressing L5 after microdiscectomy, with recurrent left L5 radiculopathy',
    source: '§4.1 Table 4; §5.6 likely row; ACR variant 5',
    case: scenarioCase([
      { id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'left', morphology: 'extrusion', recurrent: true, rootCompromise: { root: 'L5', grade: 'compression' } },
      { id: 'f2', type: 'postoperative-change', level: 'L4-L5', side: 'left', kind: 'laminectomy' },
    ], { age: 52, clinical: operated }),
    expect: { f1: 'likely-pain-generator', f2: 'probably-incidental' },
  },
  {
    name: 'fusion hardware without mass effect is incidental',
    source: '§5.4 ACR variant 5',
    case: scenarioCase([{ id: 'f1', type: 'postoperative-change', level: 'L5-S1', kind: 'hardware' }], { age: 60, clinical: { axialPain: true, priorSurgery: [{ level: 'L5-S1', procedure: 'fusion' }] } }),
    expect: { f1: 'probably-incidental' },
  },
];
