import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { databaseCaseSource } from '../../../main/services/export/case-source.ts';
import { runExport } from '../../../main/services/export/run-export.ts';
import { openMemoryDatabase } from '../../../main/services/store/database.ts';
import { ExportRepository } from '../../../main/services/store/repositories/export-repository.ts';
import { exportRequestSchema, type ExportFormat } from '../../../shared/ipc/channels/export.ts';
import type { Bench } from '../bench.ts';
import { fillBenchStore } from './bench-store.ts';

const CASES = 10_000;
const ROUNDS = 3;

/**
 * Exporting 10,000 generated cases from the case store to CSV and to JSON Lines (target: CSV in
 * under 3 s). Everything per case is timed: the query, loading, de-identification, the
 * correlation, the rows, the manifest. Filling the store is not.
 */
export const exportBench: Bench = {
  name: 'export',
  async run() {
    const db = openMemoryDatabase();
    fillBenchStore(db, CASES);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-export-bench-'));
    const figures: Record<string, number | string | boolean> = { cases: CASES };
    try {
      for (const format of ['csv', 'jsonl'] as ExportFormat[]) {
        // Three rounds: the median is the figure; the spread shows how busy the machine was.
        const rounds: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const start = performance.now();
          const result = await runExport(
            { source: databaseCaseSource(db), repository: new ExportRepository(db), appVersion: 'bench', exportedBy: 'bench', now: () => new Date() },
            exportRequestSchema.parse({ formats: [format], outDir: path.join(root, `${format}-${round}`) }),
            { onProgress() {}, isCancelled: () => false },
          );
          rounds.push(performance.now() - start);
          if (result.counts.cases !== CASES) throw new Error(`exported ${result.counts.cases} of ${CASES} cases`);
          figures[`${format}Findings`] = result.counts.findings;
        }
        const ms = [...rounds].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
        figures[`${format}MedianMs`] = Math.round(ms);
        figures[`${format}RoundsMs`] = rounds.map(Math.round).join(' / ');
        figures[`${format}CasesPerSecond`] = Math.round((CASES / ms) * 1000);
      }
      figures.csvUnderThreeSeconds = (figures.csvMedianMs as number) < 3000;
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      db.close();
    }
    return figures;
  },
};
