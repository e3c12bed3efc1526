import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { stenosisScenarios } from './scenarios/stenosis.ts';

describe('scenarios: stenosis', () => {
  itLabelsEveryScenario(stenosisScenarios);
});
