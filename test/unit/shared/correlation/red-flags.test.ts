import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { redFlagScenarios } from './scenarios/red-flags.ts';

describe('scenarios: red-flags', () => {
  itLabelsEveryScenario(redFlagScenarios);
});
