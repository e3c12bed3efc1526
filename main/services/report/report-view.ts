// The report as the panel shows it, built from the version rows and the current case.
import type { ReportView, VersionSummary } from '../../../shared/ipc/channels/report.ts';
import { documentFromContent, regenerate, reportPlainText, type PlainTextHeader, type ReportContent, type SectionOutcome } from '../../../shared/report/index.ts';
import type { Db } from '../store/database.ts';
import type { ReportContext } from './report-context.ts';
import type { ReportRepository, VersionRow } from './report-repository.ts';
import { addendumText, contentOf, reportState, type ReportState } from './report-state.ts';
import { studyContext } from './study-index.ts';

export function summary(row: VersionRow): VersionSummary {
  return { number: row.number, kind: row.kind, createdAt: row.createdAt, author: row.author, signedBy: row.signedBy, signedAt: row.signedAt, reason: row.reason };
}

/** JSON with sorted keys, to compare contents whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry,
  );
}

export function sameContent(a: ReportContent, b: ReportContent): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function isoDate(dicomDate: string | undefined): string | undefined {
  return dicomDate && /^\d{8}$/.test(dicomDate) ? `${dicomDate.slice(0, 4)}-${dicomDate.slice(4, 6)}-${dicomDate.slice(6, 8)}` : dicomDate;
}

/** The lines above the report text: what was examined and when (the reporting system has the patient). */
export function reportHeader(db: Db, studyInstanceUID: string, status: ReportState['phase']): PlainTextHeader {
  const study = studyContext(db, studyInstanceUID);
  const lines = [
    study?.studyDescription ? `Study: ${study.studyDescription}` : '',
    study?.studyDate ? `Study date: ${isoDate(study.studyDate)}` : '',
    study?.accessionNumber ? `Accession: ${study.accessionNumber}` : '',
  ].filter(Boolean);
  const title = status === 'drafting' ? 'MRI LUMBAR SPINE (DRAFT, NOT SIGNED)' : status === 'amending' ? 'MRI LUMBAR SPINE (AMENDMENT IN PROGRESS)' : 'MRI LUMBAR SPINE';
  return { title, lines };
}

export interface ViewParts {
  state: ReportState;
  content: ReportContent;
  shown: VersionRow;
  plainText: string;
}

/** The content shown and its plain text: the working draft, or the signed version with its signature and addenda. */
export function viewParts(db: Db, studyInstanceUID: string, versions: VersionRow[]): ViewParts {
  const state = reportState(versions);
  const shown = state.working ?? state.signed;
  if (!shown) throw new Error('A report with no version');
  const content = contentOf(shown);
  const signature = state.phase === 'signed' && state.signed
    ? { kind: state.signed.kind as 'final' | 'amended', signedBy: state.signed.signedBy!, signedAt: state.signed.signedAt!, reason: state.signed.reason }
    : null;
  const addenda = state.phase === 'signed' ? state.addenda.map((row) => ({ text: addendumText(row), signedBy: row.signedBy!, signedAt: row.signedAt! })) : [];
  const plainText = reportPlainText(documentFromContent(content), reportHeader(db, studyInstanceUID, state.phase), { signature, addenda });
  return { state, content, shown, plainText };
}

export function buildView(db: Db, repository: ReportRepository, context: ReportContext, reportRef: number, outcomes?: Record<string, SectionOutcome>): ReportView {
  const versions = repository.versions(reportRef);
  const { state, content, shown, plainText } = viewParts(db, context.caseView.studyInstanceUID, versions);
  const signedSnapshot = state.signed ? repository.snapshot(state.signed.id) : null;
  const changedSinceSigning = state.phase === 'signed' && state.signed !== null && !sameContent(regenerate(contentOf(state.signed), context.draft).content, contentOf(state.signed));
  return {
    studyInstanceUID: context.caseView.studyInstanceUID,
    status: state.status,
    phase: state.phase,
    version: summary(shown),
    content,
    ...(outcomes ? { outcomes } : {}),
    findingsChangedSinceSigning: changedSinceSigning,
    signed: state.signed ? { ...summary(state.signed), ruleset: signedSnapshot?.ruleset ?? '' } : null,
    addenda: state.addenda.map((row) => ({ number: row.number, text: addendumText(row), signedBy: row.signedBy!, signedAt: row.signedAt! })),
    history: versions.map(summary),
    plainText,
  };
}
