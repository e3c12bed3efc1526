import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { correlate } from '../../../shared/correlation/index.ts';
import { type Case, parseCase } from '../../../shared/domain/index.ts';
import { caseArbitrary } from '../../helpers/arbitrary-case.ts';
import type { Bench } from '../bench.ts';

const CASES = 10_000;
const ROUNDS = 3;

/** Correlating 10,000 generated, varied cases (target: under a second). Generation and parsing are not timed. */
export const correlateBench: Bench = {
  name: 'correlate',
  async run() {
    const cases: Case[] = fc.sample(caseArbitrary(12), { numRuns: CASES, seed: 20260131 }).map((json) => {
      const parsed = parseCase(json);
      if (!parsed.ok) throw new Error('the generator made an invalid case');
      return parsed.case;
    });
    const findings = cases.reduce((sum, theCase) => sum + theCase.findings.length, 0);
    for (const theCase of cases.slice(0, 1000)) correlate(theCase); // warm up
    // Three rounds: the median is the figure; the spread shows how busy the machine was.
    const rounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      let labels = 0;
      for (const theCase of cases) labels += correlate(theCase).findings.length;
      rounds.push(performance.now() - start);
      if (labels !== findings) throw new Error('a finding went unlabelled');
    }
    const ms = [...rounds].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
    return {
      cases: CASES,
      findings,
      medianMs: Math.round(ms),
      roundsMs: rounds.map(Math.round).join(' / '),
      casesPerSecond: Math.round((CASES / ms) * 1000),
      findingsPerSecond: Math.round((findings / ms) * 1000),
      underOneSecond: ms < 1000,
    };
  },
};
