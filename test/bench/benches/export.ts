import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importCase } from '../../../main/services/cases/case-json.ts';
import type { Services } from '../../../main/services/context.ts';
import { databaseCaseSource } from '../../../main/services/export/case-source.ts';
import { runExport } from '../../../main/services/export/run-export.ts';
import { silentLogger } from '../../../main/services/log.ts';
import { openMemoryDatabase } from '../../../main/services/store/database.ts';
import { ExportRepository } from '../../../main/services/store/repositories/export-repository.ts';
import { exportRequestSchema, type ExportFormat } from '../../../shared/ipc/channels/export.ts';
import { caseArbitrary } from '../../helpers/arbitrary-case.ts';
import type { Bench } from '../bench.ts';

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
    const services = { db, dataDir: os.tmpdir(), log: silentLogger } as unknown as Services;
    const documents = fc.sample(caseArbitrary(8), { numRuns: CASES * 2, seed: 20260204 });
    db.transaction(() => {
      // Cases belong to imported studies: a minimal DICOM index row for each, one patient per 3 studies.
      const patient = db.prepare("INSERT INTO patients (patient_id, name, birth_date, sex) VALUES (?, 'BENCH^PATIENT', '19700101', 'F')");
      const study = db.prepare("INSERT INTO studies (patient_ref, study_instance_uid, study_date, study_time, description, accession_number, study_id) VALUES (?, ?, '20250601', '120000', '', '', '')");
      let patientRef = 0;
      let stored = 0;
      for (const [index, document] of documents.entries()) {
        if (stored === CASES) break;
        const studyInstanceUID = `2.25.${1000 + index}`;
        if (stored % 3 === 0) patientRef = Number(patient.run(`BENCH-${index}`).lastInsertRowid);
        study.run(patientRef, studyInstanceUID);
        try {
          importCase(services, { text: JSON.stringify({ ...(document as object), study: { studyInstanceUID, date: '2025-06-01' } }) });
          stored += 1;
        } catch {
          // The generator sometimes pairs a level with anatomy that lacks it: the store refuses such a case.
        }
      }
      if (stored < CASES) throw new Error(`only ${stored} generated cases were valid`);
    })();
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
