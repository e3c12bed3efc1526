// What a review looks at: the case as signed with the correlation frozen at sign-off, or — for a
// draft — the case and the engine's correlation as they stand now.
import { correlate } from '../../../shared/correlation/correlate.ts';
import type { Correlation, Label } from '../../../shared/correlation/output.ts';
import type { Case } from '../../../shared/domain/case.ts';
import type { CaseView, LabelOverride } from '../../../shared/ipc/channels/case-view.ts';
import type { ReviewBasis } from '../../../shared/ipc/channels/review.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { readCaseView } from '../cases/case-document.ts';
import { caseStore } from '../cases/case-store.ts';
import { caseNotFound } from '../cases/change.ts';
import type { Services } from '../context.ts';
import type { VersionRow } from '../report/report-repository.ts';
import { reportState } from '../report/report-state.ts';
import type { Db } from '../store/database.ts';
import type { ReviewRow } from '../store/repositories/review-repository.ts';
import { reviewStore } from './review-store.ts';

export interface LoadedBasis {
  basis: ReviewBasis;
  /** The signed version's row id (what a review of it refers to); null for a draft. */
  versionRef: number | null;
  /** The case as it stands now: status, revision and the labelled levels. */
  caseView: CaseView;
  document: Case;
  correlation: Correlation;
  overrides: ReadonlyMap<string, { label: Label; reason: string }>;
}

function signedBasis(db: Db, caseView: CaseView, version: VersionRow): LoadedBasis {
  const snapshot = reviewStore(db).reports.snapshot(version.id);
  if (!snapshot) throw new Error('A signed version without its snapshot');
  const overrides = JSON.parse(snapshot.overridesJson) as LabelOverride[];
  return {
    basis: { kind: 'signed', caseStatus: caseView.status, reportVersion: version.number, signedBy: version.signedBy, signedAt: version.signedAt, ruleset: snapshot.ruleset },
    versionRef: version.id,
    caseView,
    document: JSON.parse(snapshot.caseJson) as Case,
    correlation: JSON.parse(snapshot.correlationJson) as Correlation,
    overrides: new Map(overrides.map((o) => [o.findingId, { label: o.label, reason: o.reason }])),
  };
}

function liveBasis(caseView: CaseView): LoadedBasis {
  const correlation = correlate(caseView.document);
  return {
    basis: { kind: 'live', caseStatus: caseView.status, reportVersion: null, signedBy: null, signedAt: null, ruleset: correlation.ruleset },
    versionRef: null,
    caseView,
    document: caseView.document,
    correlation,
    overrides: new Map(caseView.overrides.map((o) => [o.findingId, { label: o.label, reason: o.reason }])),
  };
}

function signedVersions(db: Db, studyInstanceUID: string): VersionRow[] {
  const repo = reviewStore(db).reports;
  const reportRef = repo.reportId(studyInstanceUID);
  return reportRef === null ? [] : repo.versions(reportRef);
}

/**
 * What a review of the study looks at now: the latest signed version for a final or amended case
 * (an amendment in progress does not change it), else the live case. With `review`, what that
 * review looked at instead.
 */
export function loadBasis(services: Services, studyInstanceUID: string, review?: ReviewRow): LoadedBasis {
  const store = caseStore(services.db);
  const row = store.cases.byStudy(studyInstanceUID);
  if (!row) throw caseNotFound();
  const caseView = readCaseView(store, row);
  if (review) {
    if (review.reportVersionRef === null) return liveBasis(caseView);
    const version = signedVersions(services.db, studyInstanceUID).find((v) => v.id === review.reportVersionRef);
    if (!version) throw new Error('A review of a version that is not in the study’s report');
    return signedBasis(services.db, caseView, version);
  }
  if (caseView.status === 'draft') return liveBasis(caseView);
  const signed = reportState(signedVersions(services.db, studyInstanceUID)).signed;
  if (!signed) throw new Error('A signed case without a signed report version');
  return signedBasis(services.db, caseView, signed);
}

/** The label a finding is reviewed under: the radiologist's override, else the engine's. */
export function reviewedLabelOf(loaded: LoadedBasis, findingId: string): Label | null {
  return loaded.overrides.get(findingId)?.label ?? loaded.correlation.findings.find((f) => f.id === findingId)?.label ?? null;
}

/** Refuses a change made on a screen that showed another basis (the report was signed or amended since). */
export function checkBasis(loaded: LoadedBasis, basisVersion: number | null): void {
  if (loaded.basis.reportVersion !== basisVersion) {
    throw new AppError('conflict', 'The report was signed or amended since this review was opened; it has been reloaded.');
  }
}
