import type { Label } from '../../../../../shared/correlation/index.ts';

/** A case file as JSON: scenarios are read with `parseCase`, like any case file. */
export type CaseJson = Record<string, unknown>;

/**
 * One clinical scenario written from ../shared/clinical-knowledge.md: a case file and the label
 * every finding must get. The UI must show the same labels as `spinecorrelate correlate`.
 */
export interface Scenario {
  name: string;
  /** Where the expectation comes from: a section of the knowledge file and evidence ids. */
  source: string;
  case: CaseJson;
  expect: Record<string, Label>;
  /** Optional: the pain-generator ranking must start with these ids, in this order. */
  rankingStartsWith?: string[];
}

/** A case file for a scenario: `age` and `clinical` may be left out to test missing information. */
export function scenarioCase(findings: CaseJson[], options: { age?: number; clinical?: CaseJson } = {}): CaseJson {
  return {
    format: 'spinecorrelate.case/1',
    ...(options.age !== undefined ? { patient: { age: options.age, sex: 'U' } } : {}),
    ...(options.clinical ? { clinical: options.clinical } : {}),
    findings,
  };
}

/** Left L5 radiculopathy: dermatomal pain below the knee, weak great-toe extension, positive SLR. */
export const leftL5Radiculopathy: CaseJson = {
  durationWeeks: 8,
  axialPain: false,
  legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }],
  deficits: [{ root: 'L5', side: 'left', kind: 'motor' }],
  straightLegRaise: { left: true, right: false },
  redFlags: [],
};
