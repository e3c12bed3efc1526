import { performance } from 'node:perf_hooks';
import { listCases } from '../../../main/services/case-browser/case-list.ts';
import { openMemoryDatabase } from '../../../main/services/store/database.ts';
import { caseFilterSchema, type CaseFilterInput } from '../../../shared/domain/case-filter.ts';
import type { Bench } from '../bench.ts';
import { fillBenchStore } from './bench-store.ts';

const CASES = 10_000;
const ROUNDS = 3;

/**
 * Listing 10,000 cases in the case browser, as on every filter change: the case query, loading,
 * the correlation of each unsigned case, the shared predicate. With no filter, with a label
 * filter (needs every label) and with a finding-type filter (narrowed in SQL first).
 */
export const caseBrowserBench: Bench = {
  name: 'case-browser',
  async run() {
    const db = openMemoryDatabase();
    const services = fillBenchStore(db, CASES);
    const figures: Record<string, number> = { cases: CASES };
    const filters: Record<string, CaseFilterInput> = { all: {}, likely: { labels: ['likely-pain-generator'] }, herniationL4L5: { findingTypes: ['disc-herniation'], levels: ['L4-L5'] } };
    try {
      for (const [name, input] of Object.entries(filters)) {
        const filter = caseFilterSchema.parse(input);
        const rounds: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const start = performance.now();
          figures[`${name}Rows`] = listCases(services, filter).rows.length;
          rounds.push(performance.now() - start);
        }
        const ms = [...rounds].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
        figures[`${name}MedianMs`] = Math.round(ms);
        figures[`${name}CasesPerSecond`] = Math.round((CASES / ms) * 1000);
      }
    } finally {
      db.close();
    }
    return figures;
  },
};
