import fs from 'node:fs';
import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type ResponseOf } from '../shared/ipc/contract.ts';
import { AppError, failure, ok, zodIssues, type Result } from '../shared/ipc/result.ts';
import { exportCase, importCase } from './services/cases/case-json.ts';
import { setPatient, updateClinical } from './services/cases/clinical.ts';
import { addFinding, copyFinding, removeFinding, reorderFindings, setFindingAnchor, updateFinding } from './services/cases/findings.ts';
import { markLevelNormal, setAnatomy, setLevels } from './services/cases/levels.ts';
import { openCase } from './services/cases/open-case.ts';
import { clearOverride, setOverride } from './services/cases/overrides.ts';
import type { Services } from './services/context.ts';
import { readPreferences, writePreferences } from './services/preferences/preferences.ts';
import { reportPdfFile, reportSrFile } from './services/report/report-outputs.ts';
import {
  addAddendum, openReport, reportVersion, resolveReportConflict, saveReport, signReport, startAmendment,
} from './services/report/report-service.ts';
import { chooseExportFolder, chooseImportPaths } from './services/desktop.ts';
import { exportJobsOf, exportProjects, previewExport } from './services/export/export-jobs.ts';
import { startDemoImport } from './services/dicom/demo-import.ts';
import { seriesImages } from './services/store/repositories/series-images.ts';
import { listStudies } from './services/store/repositories/study-list.ts';
import { saveViewerLayout, viewerLayoutOf } from './services/store/repositories/viewer-layouts.ts';
import { caseStudy, listCases } from './services/case-browser/case-list.ts';
import { reviewKeyImage } from './services/review/review-key-image.ts';
import { openReview, reviewSummary, setReviewNote, setVerdict, updateReviewClinical } from './services/review/review-service.ts';

type Handler<C extends Channel> = (
  services: Services,
  request: z.infer<Contract[C]['request']>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

type HandlerTable = { [C in Channel]: Handler<C> };

/**
 * THE table: each channel of the contract mapped to one service call. Both transports
 * (Electron IPC in main/app, the loopback server in main/preview) dispatch through it.
 */
export const handlers: HandlerTable = {
  'app.info': (services) => ({
    version: services.version,
    transport: services.transport,
    demoAvailable: services.demoDir !== null && fs.existsSync(services.demoDir),
  }),
  'studies.list': (services) => listStudies(services.db),
  'import.start': (services, request) => ({ jobId: services.imports.start(request.paths) }),
  'import.demo': (services) => ({ jobId: startDemoImport(services) }),
  'import.progress': (services, request) => services.imports.progress(request.jobId),
  'import.rejected': (services, request) => services.imports.rejected(request.jobId, request.offset, request.limit),
  'import.cancel': (services, request) => ({ cancelled: services.imports.cancel(request.jobId) }),
  'case.open': (services, request) => openCase(services, request.studyInstanceUID),
  'case.addFinding': addFinding,
  'case.updateFinding': updateFinding,
  'case.removeFinding': removeFinding,
  'case.copyFinding': copyFinding,
  'case.reorderFindings': reorderFindings,
  'case.setFindingAnchor': setFindingAnchor,
  'case.markLevelNormal': markLevelNormal,
  'case.setLevels': setLevels,
  'case.setAnatomy': setAnatomy,
  'case.updateClinical': updateClinical,
  'case.setPatient': setPatient,
  'case.setOverride': setOverride,
  'case.clearOverride': clearOverride,
  'case.export': (services, request) => exportCase(services, request.studyInstanceUID),
  'case.import': importCase,
  'desktop.chooseImportPaths': (services, request) => chooseImportPaths(services, request.select),
  'desktop.chooseExportFolder': (services) => chooseExportFolder(services),
  'export.preview': (services, request) => previewExport(services, request.filter),
  'export.start': (services, request) => ({ jobId: exportJobsOf(services).start(request) }),
  'export.progress': (services, request) => exportJobsOf(services).progress(request.jobId),
  'export.cancel': (services, request) => ({ cancelled: exportJobsOf(services).cancel(request.jobId) }),
  'export.projects': (services) => exportProjects(services),
  'report.open': (services, request) => openReport(services, request.studyInstanceUID),
  'report.save': saveReport,
  'report.resolveConflict': resolveReportConflict,
  'report.sign': signReport,
  'report.startAmendment': (services, request) => startAmendment(services, request.studyInstanceUID),
  'report.addAddendum': addAddendum,
  'report.version': reportVersion,
  'report.exportPdf': (services, request) => reportPdfFile(services, request.studyInstanceUID),
  'report.exportSr': (services, request) => reportSrFile(services, request.studyInstanceUID),
  'preferences.get': (services) => readPreferences(services.dataDir),
  'preferences.set': (services, request) => writePreferences(services.dataDir, request),
  'viewer.series': (services, request) => seriesImages(services.db, request.seriesId),
  'viewer.layout': (services, request) => viewerLayoutOf(services.db, request.studyInstanceUID),
  'viewer.saveLayout': (services, request) => saveViewerLayout(services.db, request.studyInstanceUID, request.layout),
  'review.open': (services, request) => openReview(services, request.studyInstanceUID),
  'review.setVerdict': setVerdict,
  'review.setNote': setReviewNote,
  'review.updateClinical': updateReviewClinical,
  'review.keyImage': reviewKeyImage,
  'review.summary': (services, request) => reviewSummary(services, request.studyInstanceUID),
  'caseBrowser.list': (services, request) => listCases(services, request.filter),
  'caseBrowser.study': (services, request) => caseStudy(services, request.studyInstanceUID),
};

/**
 * Validates the payload against the contract, runs the handler and wraps the outcome.
 * Nothing reaches a service unvalidated; nothing but a Result leaves.
 */
export async function dispatch(services: Services, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure('unknown-channel', 'Unknown request.');
  const parsed = contract[channel].request.safeParse(payload);
  if (!parsed.success) {
    return failure('invalid-request', 'The request was malformed.', zodIssues(parsed.error));
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(services, parsed.data as never);
    return ok(value);
  } catch (error) {
    if (error instanceof AppError) return failure(error.code, error.message, error.issues);
    services.log.error('handler-failed', error, { channel });
    return failure('internal', 'Something went wrong inside SpineCorrelate; the log has the details.');
  }
}
