// The report leaving the app: PDF and DICOM SR. A signed report is output from what was frozen
// when it was signed (its snapshot), never from the live case; a draft from the case as it is.
import type { Correlation } from '../../../shared/correlation/index.ts';
import { parseCase, type Case } from '../../../shared/domain/index.ts';
import type { LabelOverride as StoredOverride } from '../../../shared/ipc/channels/case-view.ts';
import type { OutputFile } from '../../../shared/ipc/channels/report.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { documentFromContent, type LabelOverride, type PlainTextAddendum, type PlainTextSignature, type ReportSection } from '../../../shared/report/index.ts';
import type { Services } from '../context.ts';
import { writeSpineSr, type SrPredecessor } from '../export/sr/index.ts';
import { readPreferences } from '../preferences/preferences.ts';
import { keyImages } from './key-image/key-image.ts';
import { renderReportPdf } from './pdf/report-pdf.ts';
import { reportContext } from './report-context.ts';
import { ReportRepository } from './report-repository.ts';
import { addendumText, contentOf, reportState, type Phase } from './report-state.ts';
import { anchoredInstances, studyContext } from './study-index.ts';

export interface ReportForOutput {
  studyInstanceUID: string;
  phase: Phase;
  case: Case;
  correlation: Correlation;
  overrides: Record<string, LabelOverride>;
  sections: ReportSection[];
  signature: PlainTextSignature | null;
  addenda: PlainTextAddendum[];
  /** For a signed version: the SR UIDs it keeps, and the SR it replaces when amended. */
  sr: { seriesInstanceUID: string; sopInstanceUID: string; predecessor?: SrPredecessor } | null;
}

function overridesFromStored(stored: StoredOverride[]): Record<string, LabelOverride> {
  return Object.fromEntries(stored.map((override) => [override.findingId, { label: override.label, reason: override.reason }]));
}

/**
 * The report as it stands: the signed version from its snapshot, or the working draft with the
 * live case, or (never opened) a draft of the case that is not saved.
 */
export function reportForOutput(services: Services, studyInstanceUID: string): ReportForOutput {
  const repo = new ReportRepository(services.db);
  const reportRef = repo.reportId(studyInstanceUID);
  const state = reportState(reportRef === null ? [] : repo.versions(reportRef));
  if (state.phase === 'signed' && state.signed) {
    const snapshot = repo.snapshot(state.signed.id);
    if (!snapshot) throw new AppError('internal', 'The signed report has no snapshot.');
    const parsed = parseCase(JSON.parse(snapshot.caseJson));
    if (!parsed.ok) throw new AppError('internal', 'The signed case snapshot no longer reads as case format v1.');
    const signedVersions = repo.versions(reportRef!).filter((version) => version.kind === 'final' || version.kind === 'amended');
    const previous = signedVersions.length > 1 ? repo.snapshot(signedVersions[signedVersions.length - 2]!.id) : null;
    return {
      studyInstanceUID,
      phase: 'signed',
      case: parsed.case,
      correlation: JSON.parse(snapshot.correlationJson) as Correlation,
      overrides: overridesFromStored(JSON.parse(snapshot.overridesJson) as StoredOverride[]),
      sections: documentFromContent(contentOf(state.signed)).sections,
      signature: { kind: state.signed.kind as 'final' | 'amended', signedBy: state.signed.signedBy!, signedAt: state.signed.signedAt!, reason: state.signed.reason },
      addenda: state.addenda.map((row) => ({ text: addendumText(row), signedBy: row.signedBy!, signedAt: row.signedAt! })),
      sr: {
        seriesInstanceUID: snapshot.srSeriesInstanceUID,
        sopInstanceUID: snapshot.srSopInstanceUID,
        ...(previous ? { predecessor: { studyInstanceUID, seriesInstanceUID: previous.srSeriesInstanceUID, sopInstanceUID: previous.srSopInstanceUID } } : {}),
      },
    };
  }
  const context = reportContext(services, studyInstanceUID, { create: false });
  const working = state.working ?? state.signed;
  return {
    studyInstanceUID,
    phase: state.phase,
    case: context.document,
    correlation: context.correlation,
    overrides: context.overrides,
    sections: working ? documentFromContent(contentOf(working)).sections : context.draft.sections,
    signature: null,
    addenda: [],
    sr: null,
  };
}

function fileStem(studyInstanceUID: string, report: ReportForOutput): string {
  const status = report.phase === 'signed' ? (report.signature?.kind === 'amended' ? 'amended' : 'final') : 'draft';
  return `report-${studyInstanceUID.slice(-12).replace(/[^0-9.]/g, '')}-${status}`;
}

export async function reportPdf(services: Services, studyInstanceUID: string, options: { compress?: boolean } = {}): Promise<Buffer> {
  const report = reportForOutput(services, studyInstanceUID);
  const preferences = readPreferences(services.dataDir);
  const study = studyContext(services.db, studyInstanceUID) ?? { studyInstanceUID };
  return renderReportPdf(
    {
      pageSize: preferences.pageSize,
      study,
      phase: report.phase,
      sections: report.sections,
      signature: report.signature ? { ...report.signature, organization: preferences.organization } : null,
      addenda: report.addenda,
      keyImages: await keyImages(services.db, report.case.findings.filter((finding) => finding.anchor)),
      ruleset: report.correlation.ruleset,
      generatedAt: new Date(),
    },
    options,
  );
}

export function reportSr(services: Services, studyInstanceUID: string): ReturnType<typeof writeSpineSr> {
  const report = reportForOutput(services, studyInstanceUID);
  const study = studyContext(services.db, studyInstanceUID) ?? { studyInstanceUID };
  const preferences = readPreferences(services.dataDir);
  return writeSpineSr(
    {
      case: report.case,
      correlation: report.correlation,
      labelOverrides: report.overrides,
      report: {
        sections: report.sections,
        ...(report.signature ? { signedBy: report.signature.signedBy, signedAt: new Date(report.signature.signedAt) } : {}),
        organization: preferences.organization ?? undefined,
        addenda: report.addenda.map((addendum) => ({ text: addendum.text, signedBy: addendum.signedBy, signedAt: new Date(addendum.signedAt) })),
      },
      study,
      images: anchoredInstances(services.db, report.case.findings),
      ...(report.sr?.predecessor ? { predecessor: report.sr.predecessor } : {}),
    },
    {
      ...(report.sr ? { sopInstanceUID: report.sr.sopInstanceUID, seriesInstanceUID: report.sr.seriesInstanceUID } : {}),
      softwareVersion: services.version,
      ...(report.signature ? { contentDateTime: new Date(report.signature.signedAt) } : {}),
    },
  );
}

export async function reportPdfFile(services: Services, studyInstanceUID: string): Promise<OutputFile> {
  const report = reportForOutput(services, studyInstanceUID);
  const bytes = await reportPdf(services, studyInstanceUID);
  return { fileName: `${fileStem(studyInstanceUID, report)}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
}

export function reportSrFile(services: Services, studyInstanceUID: string): OutputFile {
  const report = reportForOutput(services, studyInstanceUID);
  const sr = reportSr(services, studyInstanceUID);
  return { fileName: `${fileStem(studyInstanceUID, report)}-sr.dcm`, mimeType: 'application/dicom', base64: Buffer.from(sr.bytes).toString('base64') };
}
