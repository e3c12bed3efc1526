// The demo study imported into real services, with a case of a left L4–L5 extrusion anchored on
// the axial image the phantom drew it on: what the output tests and the end-to-end test start from.
import { updateClinical } from '../../../../../main/services/cases/clinical.ts';
import { addFinding } from '../../../../../main/services/cases/findings.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import type { Services } from '../../../../../main/services/context.ts';
import type { Anchor } from '../../../../../shared/domain/index.ts';
import type { DemoStudy } from '../../../../fixtures/phantom/write-demo.ts';
import { demoStudy, importHere } from '../dicom/import-helpers.ts';

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

/** The anchor of a patient-space point on one image of the demo: column and row from its geometry. */
export function demoAnchor(demo: DemoStudy, sopInstanceUID: string, point: readonly number[]): Anchor {
  const series = demo.manifest.series.find((s) => s.instances.some((i) => i.sopInstanceUid === sopInstanceUID))!;
  const instance = series.instances.find((i) => i.sopInstanceUid === sopInstanceUID)!;
  const offset = point.map((value, i) => value - instance.imagePositionPatient[i]!);
  const rowDirection = series.imageOrientationPatient.slice(0, 3);
  const columnDirection = series.imageOrientationPatient.slice(3, 6);
  return {
    seriesInstanceUID: series.seriesInstanceUid,
    sopInstanceUID,
    frame: 0,
    imagePoint: [dot(offset, rowDirection) / series.pixelSpacing, dot(offset, columnDirection) / series.pixelSpacing],
    patientPoint: [point[0]!, point[1]!, point[2]!],
  };
}

export interface DemoReport {
  demo: DemoStudy;
  studyInstanceUID: string;
  anchor: Anchor;
}

/** Imports the demo into the services' database and tags the extrusion the phantom drew. */
export async function seedDemoReport(services: Services): Promise<DemoReport> {
  const demo = demoStudy();
  await importHere(services.db, [demo.studyDir]);
  const studyInstanceUID = demo.manifest.study.studyInstanceUid;
  openCase(services, studyInstanceUID);
  updateClinical(services, {
    studyInstanceUID,
    changes: { durationWeeks: 8, axialPain: true, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }], redFlags: [] },
  });
  const extrusion = demo.manifest.findings.discExtrusion;
  const anchor = demoAnchor(demo, extrusion.axial.sopInstanceUid, extrusion.center);
  addFinding(services, {
    studyInstanceUID,
    finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' }, anchor },
  });
  addFinding(services, { studyInstanceUID, finding: { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' } });
  return { demo, studyInstanceUID, anchor };
}
