// A reported case for the review tests: three findings on a real database file — a left L4–L5
// extrusion compressing L5, a Modic 1 change and a bulge — with back pain only, so the clinical
// picture a spine physician adds (left L5 leg pain and weakness) changes the extrusion's label.
import fs from 'node:fs';
import path from 'node:path';
import { updateClinical } from '../../../../../../main/services/cases/clinical.ts';
import { addFinding } from '../../../../../../main/services/cases/findings.ts';
import { openCase } from '../../../../../../main/services/cases/open-case.ts';
import { PREFERENCES_FILE } from '../../../../../../main/services/cases/user.ts';
import type { Services } from '../../../../../../main/services/context.ts';
import { writePreferences } from '../../../../../../main/services/preferences/preferences.ts';
import { openReport, signReport } from '../../../../../../main/services/report/report-service.ts';
import type { ReportView } from '../../../../../../shared/ipc/channels/report.ts';
import { STUDY } from '../../cases/support/services.ts';

export { STUDY };
export const REVIEWER = 'Dr Sam Spine';
export const SIGNER = 'Dr Ada Reader';

/** The preferences user name (what cases, audit rows and reviews record), set before anything reads it. */
export function setUserName(services: Services, name: string): void {
  fs.writeFileSync(path.join(services.dataDir, PREFERENCES_FILE), JSON.stringify({ userName: name }));
}

export function seedReviewCase(services: Services): void {
  setUserName(services, REVIEWER);
  openCase(services, STUDY);
  updateClinical(services, { studyInstanceUID: STUDY, changes: { durationWeeks: 8, axialPain: true } });
  addFinding(services, {
    studyInstanceUID: STUDY,
    finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' } },
  });
  addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' } });
  addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f3', level: 'L3-L4', type: 'disc-bulge' } });
}

export function sign(services: Services): ReportView {
  writePreferences(services.dataDir, { radiologistName: SIGNER });
  const draft = openReport(services, STUDY);
  return signReport(services, { studyInstanceUID: STUDY, baseNumber: draft.version.number });
}

/** Left L5 dermatomal leg pain below the knee and a left L5 motor deficit: the examination a spine physician adds. */
export const NEW_EXAMINATION = {
  legPain: [{ side: 'left' as const, roots: ['L5' as const], belowKnee: true }],
  deficits: [{ root: 'L5' as const, side: 'left' as const, kind: 'motor' as const }],
};
