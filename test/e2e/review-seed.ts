// The demo study imported into the app's own services with a case to review: a left L4–L5
// subarticular extrusion compressing L5 (anchored on the axial image the phantom drew it on), a
// Modic 1 change at L5–S1 and an L3–L4 bulge, with back pain only — so the left L5 leg pain and
// weakness the spine physician finds on examination changes the extrusion's label.
import fs from 'node:fs';
import path from 'node:path';
import { updateClinical } from '../../main/services/cases/clinical.ts';
import { addFinding } from '../../main/services/cases/findings.ts';
import { openCase } from '../../main/services/cases/open-case.ts';
import { PREFERENCES_FILE } from '../../main/services/cases/user.ts';
import type { DemoStudy } from '../fixtures/phantom/write-demo.ts';
import { demoStudy, importHere } from '../unit/main/services/dicom/import-helpers.ts';
import { demoAnchor } from '../unit/main/services/report/demo-report.ts';
import type { AppPage } from './support/app.ts';

export const REVIEWER = 'Dr Sam Spine';

export async function seedReviewCase(app: AppPage): Promise<{ demo: DemoStudy; studyInstanceUID: string }> {
  // The preferences user name, which cases and reviews record; set before anything reads it.
  fs.writeFileSync(path.join(app.dataDir, PREFERENCES_FILE), JSON.stringify({ userName: REVIEWER }));
  const demo = demoStudy();
  await importHere(app.services.db, [demo.studyDir]);
  const studyInstanceUID = demo.manifest.study.studyInstanceUid;
  openCase(app.services, studyInstanceUID);
  updateClinical(app.services, { studyInstanceUID, changes: { durationWeeks: 8, axialPain: true } });
  const extrusion = demo.manifest.findings.discExtrusion;
  addFinding(app.services, {
    studyInstanceUID,
    finding: {
      id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular',
      rootCompromise: { root: 'L5', grade: 'compression' }, anchor: demoAnchor(demo, extrusion.axial.sopInstanceUid, extrusion.center),
    },
  });
  addFinding(app.services, { studyInstanceUID, finding: { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' } });
  addFinding(app.services, { studyInstanceUID, finding: { id: 'f3', level: 'L3-L4', type: 'disc-bulge' } });
  return { demo, studyInstanceUID };
}
