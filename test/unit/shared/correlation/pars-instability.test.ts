import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { parsInstabilityScenarios } from './scenarios/pars-instability.ts';

describe('scenarios: pars-instability', () => {
  itLabelsEveryScenario(parsInstabilityScenarios);
});
