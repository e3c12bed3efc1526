import { describe } from 'vitest';
import { itLabelsEveryScenario } from './run-scenarios.ts';
import { postoperativeScenarios } from './scenarios/postoperative.ts';

describe('scenarios: postoperative', () => {
  itLabelsEveryScenario(postoperativeScenarios);
});
