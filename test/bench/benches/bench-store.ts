import fc from 'fast-check';
import os from 'node:os';
import { importCase } from '../../../main/services/cases/case-json.ts';
import type { Services } from '../../../main/services/context.ts';
import { silentLogger } from '../../../main/services/log.ts';
import type { Db } from '../../../main/services/store/database.ts';
import { caseArbitrary } from '../../helpers/arbitrary-case.ts';

/**
 * Fills a case store with `count` generated cases (up to 8 findings each), each on a minimal
 * imported study, one patient per three studies: what the export and case-browser benches read.
 */
export function fillBenchStore(db: Db, count: number): Services {
  const services = { db, dataDir: os.tmpdir(), log: silentLogger } as unknown as Services;
  const documents = fc.sample(caseArbitrary(8), { numRuns: count * 2, seed: 20260204 });
  db.transaction(() => {
    // Cases belong to imported studies: a minimal DICOM index row for each, one patient per 3 studies.
    const patient = db.prepare("INSERT INTO patients (patient_id, name, birth_date, sex) VALUES (?, 'BENCH^PATIENT', '19700101', 'F')");
    const study = db.prepare("INSERT INTO studies (patient_ref, study_instance_uid, study_date, study_time, description, accession_number, study_id) VALUES (?, ?, '20250601', '120000', '', '', '')");
    let patientRef = 0;
    let stored = 0;
    for (const [index, document] of documents.entries()) {
      if (stored === count) break;
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
    if (stored < count) throw new Error(`only ${stored} generated cases were valid`);
  })();
  return services;
}
