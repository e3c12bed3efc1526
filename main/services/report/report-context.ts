// The case as it stands, with its correlation and the report drafted from it: what every report
// action starts from. Runs inside the caller's transaction.
import { correlate, type Correlation } from '../../../shared/correlation/index.ts';
import type { Case } from '../../../shared/domain/index.ts';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { draftReport, type LabelOverride, type ReportDocument } from '../../../shared/report/index.ts';
import { readCaseView } from '../cases/case-document.ts';
import { caseStore } from '../cases/case-store.ts';
import { openCase } from '../cases/open-case.ts';
import type { Services } from '../context.ts';
import { studyTechnique } from './study-index.ts';

export interface ReportContext {
  caseRef: number;
  caseView: CaseView;
  document: Case;
  correlation: Correlation;
  overrides: Record<string, LabelOverride>;
  draft: ReportDocument;
}

export function overridesOf(caseView: CaseView): Record<string, LabelOverride> {
  return Object.fromEntries(caseView.overrides.map((override) => [override.findingId, { label: override.label, reason: override.reason }]));
}

/** The case of the study (created on first use, as the reading screen does), correlated and drafted. */
export function reportContext(services: Services, studyInstanceUID: string, options: { create: boolean } = { create: true }): ReportContext {
  const store = caseStore(services.db);
  const row = store.cases.byStudy(studyInstanceUID);
  if (!row && !options.create) throw new AppError('not-found', 'This study has no case yet: open it for reading first.');
  const caseView = row ? readCaseView(store, row) : openCase(services, studyInstanceUID);
  const caseRef = row?.id ?? store.cases.byStudy(studyInstanceUID)!.id;
  const document = caseView.document;
  const correlation = correlate(document);
  const overrides = overridesOf(caseView);
  const draft = draftReport(document, correlation, {
    technique: studyTechnique(services.db, studyInstanceUID),
    labelOverrides: overrides,
    sixLumbar: caseView.anatomy === 'sixth-lumbar',
  });
  return { caseRef, caseView, document, correlation, overrides, draft };
}
