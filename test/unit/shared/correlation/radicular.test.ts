import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { radicularScenarios } from './scenarios/radicular.ts';

describe('scenarios: radicular', () => {
  itLabelsEveryScenario(radicularScenarios);
});
