import { degenerationScenarios } from './degeneration.ts';
import { endplateScenarios } from './endplate.ts';
import { parsInstabilityScenarios } from './pars-instability.ts';
import { postoperativeScenarios } from './postoperative.ts';
import { radicularScenarios } from './radicular.ts';
import { redFlagScenarios } from './red-flags.ts';
import type { Scenario } from './scenario.ts';
import { stenosisScenarios } from './stenosis.ts';

export type { CaseJson, Scenario } from './scenario.ts';

/** Every scenario by rule family: the table the command line and the UI must agree on. */
export const scenariosByFamily: Readonly<Record<string, readonly Scenario[]>> = {
  'radicular concordance': radicularScenarios,
  'stenosis and claudication': stenosisScenarios,
  'endplate and Modic': endplateScenarios,
  'degeneration and age': degenerationScenarios,
  'pars and instability': parsInstabilityScenarios,
  'red flags': redFlagScenarios,
  postoperative: postoperativeScenarios,
};

export const allScenarios: readonly Scenario[] = Object.values(scenariosByFamily).flat();
