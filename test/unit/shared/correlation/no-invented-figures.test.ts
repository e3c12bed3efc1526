import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlate, EVIDENCE, type EvidenceId, isEvidenceId } from '../../../../shared/correlation/index.ts';
import { parseCase } from '../../../../shared/domain/index.ts';
import { caseArbitrary } from '../../../helpers/arbitrary-case.ts';
import { correlateScenario } from './run-scenarios.ts';
import { allScenarios } from './scenarios/index.ts';

const NUMBER = /\d+(?:\.\d+)?/g;

function numbersIn(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((n) => String(Number(n)));
}

function evidenceNumbers(ids: readonly string[]): Set<string> {
  const text = ids.filter(isEvidenceId).map((id: EvidenceId) => JSON.stringify(EVIDENCE[id])).join(' ');
  return new Set(numbersIn(text));
}

/**
 * Every number a reason, a red flag, the appropriateness basis or the statement shows must come
 * from the evidence it cites, from the case itself, or from the age-matched prevalence computed
 * from the table: the engine never invents a figure.
 */
function checkNoInventedFigures(caseJson: unknown): void {
  const parsed = parseCase(caseJson);
  if (!parsed.ok) throw new Error('invalid case');
  const correlation = correlate(parsed.case);
  const fromCase = new Set(numbersIn(JSON.stringify(caseJson)));
  const check = (text: string, evidence: readonly string[], extra: (number | undefined)[] = []) => {
    const allowed = new Set([...fromCase, ...evidenceNumbers(evidence), ...extra.filter((n) => n !== undefined).map(String)]);
    for (const number of numbersIn(text)) expect(allowed.has(number), `"${number}" in: ${text}`).toBe(true);
  };
  for (const finding of correlation.findings) {
    const prevalence = finding.asymptomaticPrevalence;
    for (const reason of finding.reasonDetails) check(reason.text, reason.evidence, [prevalence?.percent, prevalence?.ageUsed]);
  }
  const { appropriateness } = correlation;
  for (const text of [appropriateness.basis, ...appropriateness.notes]) check(text, appropriateness.evidence);
  for (const detail of correlation.redFlagDetails) {
    const finding = correlation.findings.find((f) => detail.kind === 'finding' && f.id === detail.findingIds[0]);
    check(detail.message, finding ? finding.evidence : detail.evidence, [finding?.asymptomaticPrevalence?.percent]);
  }
  const percents = correlation.findings.flatMap((f) => (f.asymptomaticPrevalence ? [f.asymptomaticPrevalence.percent, f.asymptomaticPrevalence.ageUsed] : []));
  check(correlation.epidemiologyStatement, ['brinjikji-2015-prevalence'], percents);
}

describe('no invented figures', () => {
  it('holds for every scenario', () => {
    for (const scenario of allScenarios) {
      correlateScenario(scenario);
      checkNoInventedFigures(scenario.case);
    }
  });

  it('holds for generated cases', () => {
    fc.assert(fc.property(caseArbitrary(), (json) => checkNoInventedFigures(json)), { numRuns: 300 });
  });
});
