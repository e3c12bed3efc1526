import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { endplateScenarios } from './scenarios/endplate.ts';

describe('scenarios: endplate', () => {
  itLabelsEveryScenario(endplateScenarios);
});
