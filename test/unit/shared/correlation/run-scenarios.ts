import { expect, it } from 'vitest';
import { correlate, type Correlation } from '../../../../shared/correlation/index.ts';
import { parseCase } from '../../../../shared/domain/index.ts';
import type { Scenario } from './scenarios/index.ts';

export function correlateScenario(scenario: Scenario): Correlation {
  const parsed = parseCase(scenario.case);
  if (!parsed.ok) throw new Error(`scenario "${scenario.name}" is not a valid case: ${JSON.stringify(parsed.issues)}`);
  return correlate(parsed.case);
}

export function labelsOf(correlation: Correlation): Record<string, string> {
  return Object.fromEntries(correlation.findings.map((finding) => [finding.id, finding.label]));
}

/** One test per scenario: every finding gets the expected label (and the ranking starts as expected). */
export function itLabelsEveryScenario(scenarios: readonly Scenario[]): void {
  for (const scenario of scenarios) {
    it(`${scenario.name} [${scenario.source}]`, () => {
      const correlation = correlateScenario(scenario);
      expect(labelsOf(correlation)).toEqual(scenario.expect);
      if (scenario.rankingStartsWith) expect(correlation.ranking.slice(0, scenario.rankingStartsWith.length)).toEqual(scenario.rankingStartsWith);
    });
  }
}
