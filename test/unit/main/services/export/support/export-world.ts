// A data folder as a researcher meets it: the identified fixture studies imported into a real
// database, each with a case whose findings, anchors, notes, clinical picture and overrides carry
// known identifying text. Shared by the export tests, the leak scan and the CLI tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../../../../../main/handlers.ts';
import type { Services } from '../../../../../../main/services/context.ts';
import { closeServices, createServices } from '../../../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../../../main/services/log.ts';
import type { Channel, RequestOf } from '../../../../../../shared/ipc/contract.ts';
import { type PhiStudy, writePhiStudies } from '../../../../../fixtures/phi-study.ts';
import { importHere } from '../../dicom/import-helpers.ts';

/** Free text the cases carry, each with a name or place from the fixtures in it. */
export const CASE_FREE_TEXT = {
  findingNote: 'Worse than at Wolverhollow Clinic per Dr Vandermolen',
  clinicalNote: 'Zebediah Quimbyfield fell from the barn loft at Quixotic Valley',
  otherDescription: 'Cyst noted by Okonkwoblythe on the Zephyrine scan',
  procedure: 'microdiscectomy by Featherstonehaugh',
  overrideReason: 'Discussed with Perpetua Okonkwoblythe',
  signer: 'Thornequist Ambrose',
  organization: 'Wolverhollow Radiology Partners',
};

export interface ExportWorld {
  dataDir: string;
  services: Services;
  studies: PhiStudy[];
  /** Every identifying string of every study and case: nothing of it may leak. */
  identifiers: string[];
  identifierBytes: Uint8Array[];
  close(): Promise<void>;
}

async function call<C extends Channel>(services: Services, channel: C, request: RequestOf<C>): Promise<void> {
  const result = await dispatch(services, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
}

/** Builds the world in a fresh temporary folder. */
export async function createExportWorld(): Promise<ExportWorld> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-export-'));
  const dataDir = path.join(root, 'data');
  const studies = writePhiStudies(path.join(root, 'studies'));
  const services = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
  const imported = await importHere(services.db, [path.join(root, 'studies')]);
  if (imported.allRejected.length > 0) throw new Error(`fixtures rejected: ${JSON.stringify(imported.allRejected.map((r) => r.reason))}`);
  await seedCases(services, studies);
  return {
    dataDir,
    services,
    studies,
    identifiers: identifiersOf(studies),
    identifierBytes: studies.flatMap((s) => s.identifierBytes),
    async close() {
      await closeServices(services);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every identifying string of the studies and of the free text their cases carry. */
export function identifiersOf(studies: readonly PhiStudy[]): string[] {
  return [...new Set([...studies.flatMap((s) => s.identifiers), ...Object.values(CASE_FREE_TEXT).map((t) => t.slice(0, 30))])];
}

/** A case for each imported study, with findings, an anchor, notes, a clinical picture and an override. */
export async function seedCases(services: Services, studies: readonly PhiStudy[]): Promise<void> {
  for (const [index, study] of studies.entries()) {
    const studyInstanceUID = study.studyInstanceUID;
    await call(services, 'case.open', { studyInstanceUID });
    const image = study.files[0]!;
    await call(services, 'case.addFinding', {
      studyInstanceUID,
      finding: {
        id: 'f1', type: 'disc-herniation', level: 'L4-L5', side: 'left', morphology: 'extrusion', zone: 'subarticular',
        rootCompromise: { root: 'L5', grade: 'compression' }, note: CASE_FREE_TEXT.findingNote,
        anchor: { seriesInstanceUID: image.seriesInstanceUID, sopInstanceUID: image.sopInstanceUID, imagePoint: [8, 8], patientPoint: [4, -92, 92] },
      },
    });
    await call(services, 'case.addFinding', { studyInstanceUID, finding: { id: 'f2', type: 'central-stenosis', level: 'L4-L5', grade: index % 2 === 0 ? 'moderate' : 'severe' } });
    await call(services, 'case.addFinding', { studyInstanceUID, finding: { id: 'f3', type: 'foraminal-stenosis', level: 'L5-S1', side: 'right', grade: 3, root: 'L5' } });
    await call(services, 'case.addFinding', { studyInstanceUID, finding: { id: 'f4', type: 'lateral-recess-stenosis', level: 'L3-L4', side: 'bilateral', grade: 2 } });
    await call(services, 'case.addFinding', { studyInstanceUID, finding: { id: 'f5', type: 'other', level: 'L2-L3', description: CASE_FREE_TEXT.otherDescription } });
    await call(services, 'case.addFinding', { studyInstanceUID, finding: { id: 'f6', type: 'modic', level: 'L5-S1', modicType: '1' } });
    await call(services, 'case.updateClinical', {
      studyInstanceUID,
      changes: {
        durationWeeks: 8,
        legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }],
        notes: CASE_FREE_TEXT.clinicalNote,
        priorSurgery: [{ level: 'L4-L5', side: 'right', procedure: CASE_FREE_TEXT.procedure, yearsAgo: 3 }],
        ...(index === 0 ? { redFlags: ['cancer-history'] } : {}),
      },
    });
    await call(services, 'case.setOverride', { studyInstanceUID, findingId: 'f6', label: 'possibly-contributory', reason: CASE_FREE_TEXT.overrideReason });
    if (index === 0) {
      // The first case is signed: the export reads it from its signed snapshot.
      await call(services, 'preferences.set', { radiologistName: CASE_FREE_TEXT.signer, organization: CASE_FREE_TEXT.organization });
      const opened = await dispatch(services, 'report.open', { studyInstanceUID });
      if (!opened.ok) throw new Error(opened.error.message);
      await call(services, 'report.sign', { studyInstanceUID, baseNumber: (opened.value as { version: { number: number } }).version.number });
    }
  }
}
