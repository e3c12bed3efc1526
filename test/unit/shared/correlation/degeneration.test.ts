import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { degenerationScenarios } from './scenarios/degeneration.ts';

describe('scenarios: degeneration', () => {
  itLabelsEveryScenario(degenerationScenarios);
});
