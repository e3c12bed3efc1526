// The report's life: drafted from the case and autosaved as versions, regenerated around the
// radiologist's edits when findings change, signed (freezing what it was signed from), then
// changed only by an amendment or an addendum. Every action is one immediate transaction.
import { createHash } from 'node:crypto';
import type { ReportView } from '../../../shared/ipc/channels/report.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import {
  contentFromDraft, documentFromContent, editSection, hasConflicts, regenerate, reportPlainText, resolveConflict,
  type ReportContent, type SectionId, type SectionOutcome,
} from '../../../shared/report/index.ts';
import { caseStore } from '../cases/case-store.ts';
import { now } from '../cases/change.ts';
import { currentUser } from '../cases/user.ts';
import type { Services } from '../context.ts';
import { newUid } from '../export/sr/uids.ts';
import { readPreferences } from '../preferences/preferences.ts';
import { reportContext, type ReportContext } from './report-context.ts';
import { ReportRepository, type VersionRow } from './report-repository.ts';
import { contentOf, reportState, type ReportState } from './report-state.ts';
import { buildView, reportHeader, sameContent, summary } from './report-view.ts';

const repositories = new WeakMap<Services['db'], ReportRepository>();

function repository(services: Services): ReportRepository {
  let repo = repositories.get(services.db);
  if (!repo) {
    repo = new ReportRepository(services.db);
    repositories.set(services.db, repo);
  }
  return repo;
}

function inTransaction<T>(services: Services, work: () => T): T {
  return services.db.transaction(work).immediate();
}

function signerName(services: Services): string {
  const name = readPreferences(services.dataDir).radiologistName;
  if (!name) throw new AppError('invalid-input', 'Not signed: no name is set. Reports are signed with your name: set it with “Set your name for signing” in the top bar (Alt+N), then sign.');
  return name;
}

function noReport(): AppError {
  return new AppError('not-found', 'This study has no report yet: open it in the report panel first.');
}

function changedElsewhere(): AppError {
  return new AppError('conflict', 'The report was changed in another window; it has been reloaded.');
}

interface Loaded {
  repo: ReportRepository;
  context: ReportContext;
  reportRef: number;
  state: ReportState;
}

function load(services: Services, studyInstanceUID: string): Loaded {
  const repo = repository(services);
  const reportRef = repo.reportId(studyInstanceUID);
  if (reportRef === null) throw noReport();
  const context = reportContext(services, studyInstanceUID, { create: false });
  return { repo, context, reportRef, state: reportState(repo.versions(reportRef)) };
}

/** The version being edited, checked against the one the editor started from. */
function workingVersion(state: ReportState, baseNumber: number): VersionRow {
  if (!state.working) throw new AppError('conflict', 'This report is signed: change it by starting an amendment or adding an addendum.');
  if (state.working.number !== baseNumber) throw changedElsewhere();
  return state.working;
}

function appendWorking(services: Services, loaded: Loaded, from: VersionRow, content: ReportContent, caseRevision: number | null): void {
  loaded.repo.append({
    reportRef: loaded.reportRef,
    kind: from.kind,
    createdAt: now(),
    author: currentUser(services.dataDir),
    content: JSON.stringify(content),
    caseRevision,
    signedBy: null,
    signedAt: null,
    reason: null,
  });
}

/**
 * Opens the report of a study, drafting it the first time. When the findings changed since the
 * last saved version, the structured parts regenerate around the edits and the result is saved
 * as a new version.
 */
export function openReport(services: Services, studyInstanceUID: string): ReportView {
  return inTransaction(services, () => {
    const repo = repository(services);
    const context = reportContext(services, studyInstanceUID);
    const revision = context.caseView.revision;
    const reportRef = repo.ensureReport(studyInstanceUID, now());
    const state = reportState(repo.versions(reportRef));
    let outcomes: Record<string, SectionOutcome> | undefined;
    if (state.working === null && state.signed === null) {
      repo.append({
        reportRef, kind: 'draft', createdAt: now(), author: currentUser(services.dataDir), content: JSON.stringify(contentFromDraft(context.draft)),
        caseRevision: revision, signedBy: null, signedAt: null, reason: null,
      });
    } else if (state.working) {
      const current = contentOf(state.working);
      const result = regenerate(current, context.draft);
      if (!sameContent(result.content, current)) {
        appendWorking(services, { repo, context, reportRef, state }, state.working, result.content, revision);
        outcomes = result.outcomes;
      }
    }
    return buildView(services.db, repo, context, reportRef, outcomes);
  });
}

/** Autosave: the radiologist's text for some sections, as a new version when anything changed. */
export function saveReport(services: Services, request: { studyInstanceUID: string; baseNumber: number; sections: { id: SectionId; text: string }[] }): ReportView {
  return inTransaction(services, () => {
    const loaded = load(services, request.studyInstanceUID);
    const working = workingVersion(loaded.state, request.baseNumber);
    const current = contentOf(working);
    const edited = request.sections.reduce((content, section) => editSection(content, section.id, section.text), current);
    if (!sameContent(edited, current)) appendWorking(services, loaded, working, edited, working.caseRevision);
    return buildView(services.db, loaded.repo, loaded.context, loaded.reportRef);
  });
}

export function resolveReportConflict(
  services: Services,
  request: { studyInstanceUID: string; baseNumber: number; section: SectionId; keep: 'mine' | 'generated' | 'text'; text?: string | undefined },
): ReportView {
  return inTransaction(services, () => {
    const loaded = load(services, request.studyInstanceUID);
    const working = workingVersion(loaded.state, request.baseNumber);
    if (request.keep === 'text' && request.text === undefined) throw new AppError('invalid-input', 'Give the text to keep for this section.');
    const choice = request.keep === 'text' ? { keep: 'text' as const, text: request.text! } : { keep: request.keep };
    const resolved = resolveConflict(contentOf(working), request.section, choice);
    appendWorking(services, loaded, working, resolved, working.caseRevision);
    return buildView(services.db, loaded.repo, loaded.context, loaded.reportRef);
  });
}

function sha256(parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/**
 * Signs the working version: the original (`final`) or an amended version (with its reason).
 * Freezes the case, its correlation with the ruleset version, the overrides and the text.
 */
export function signReport(services: Services, request: { studyInstanceUID: string; baseNumber: number; reason?: string | undefined }): ReportView {
  const signedBy = signerName(services);
  return inTransaction(services, () => {
    const loaded = load(services, request.studyInstanceUID);
    const { repo, context, reportRef, state } = loaded;
    const working = workingVersion(state, request.baseNumber);
    const content = contentOf(working);
    if (hasConflicts(content)) throw new AppError('conflict', 'Some sections have a regenerated text waiting for your choice: settle them before signing.');
    if (!sameContent(regenerate(content, context.draft).content, content)) {
      throw new AppError('conflict', 'The findings changed after this text was drafted. Reopen the report to see the update, then sign.');
    }
    const kind = state.phase === 'amending' ? 'amended' : 'final';
    const reason = request.reason?.trim() || null;
    if (kind === 'amended' && !reason) throw new AppError('invalid-input', 'Give the reason for the amendment: it is kept with the amended version.');
    const signedAt = now();
    const version = repo.append({
      reportRef, kind, createdAt: signedAt, author: signedBy, content: working.content, caseRevision: context.caseView.revision,
      signedBy, signedAt, reason: kind === 'amended' ? reason : null,
    });
    const document = documentFromContent(content);
    const frozen = {
      caseJson: JSON.stringify(context.document),
      correlationJson: JSON.stringify(context.correlation),
      overridesJson: JSON.stringify(context.caseView.overrides),
      reportJson: JSON.stringify(document),
    };
    const original = state.signed ? repo.snapshot(state.signed.id) : null;
    repo.freeze({
      versionRef: version.id,
      ...frozen,
      ruleset: context.correlation.ruleset,
      plainText: reportPlainText(document, reportHeader(services.db, request.studyInstanceUID, 'signed'), { signature: { kind, signedBy, signedAt, reason } }),
      sha256: sha256([frozen.caseJson, frozen.correlationJson, frozen.overridesJson, frozen.reportJson]),
      srSeriesInstanceUID: original?.srSeriesInstanceUID ?? newUid(),
      srSopInstanceUID: newUid(),
    });
    markCase(services, context, kind === 'amended' ? 'amended' : 'final', { action: kind === 'amended' ? 'report.amend' : 'report.sign', user: signedBy, at: signedAt, target: `v${version.number}` });
    return buildView(services.db, repo, context, reportRef);
  });
}

/** The case's status follows its report; the change is in the case's audit trail. */
function markCase(services: Services, context: ReportContext, status: 'final' | 'amended' | null, audit: { action: string; user: string; at: string; target: string }): void {
  const store = caseStore(services.db);
  if (status) services.db.prepare('UPDATE cases SET status = ? WHERE id = ?').run(status, context.caseRef);
  store.audit.append({ at: audit.at, user: audit.user, caseRef: context.caseRef, revision: context.caseView.revision, action: audit.action, target: audit.target, detail: null });
}

/** Starts an amended version from the signed text, regenerated against the findings as they are now. */
export function startAmendment(services: Services, studyInstanceUID: string): ReportView {
  return inTransaction(services, () => {
    const loaded = load(services, studyInstanceUID);
    const { repo, context, reportRef, state } = loaded;
    if (state.phase !== 'signed' || !state.signed) {
      throw new AppError('conflict', state.phase === 'amending' ? 'An amendment is already in progress.' : 'Only a signed report can be amended; this one is still a draft.');
    }
    const result = regenerate(contentOf(state.signed), context.draft);
    repo.append({
      reportRef, kind: 'amendment-draft', createdAt: now(), author: currentUser(services.dataDir), content: JSON.stringify(result.content),
      caseRevision: context.caseView.revision, signedBy: null, signedAt: null, reason: null,
    });
    return buildView(services.db, repo, context, reportRef, result.outcomes);
  });
}

/** An addendum to the signed report, signed at once with its own time. */
export function addAddendum(services: Services, request: { studyInstanceUID: string; text: string }): ReportView {
  const signedBy = signerName(services);
  return inTransaction(services, () => {
    const loaded = load(services, request.studyInstanceUID);
    if (!loaded.state.signed) throw new AppError('conflict', 'Only a signed report takes an addendum; this one is still a draft.');
    const at = now();
    const version = loaded.repo.append({
      reportRef: loaded.reportRef, kind: 'addendum', createdAt: at, author: signedBy, content: JSON.stringify({ text: request.text.trim() }),
      caseRevision: loaded.context.caseView.revision, signedBy, signedAt: at, reason: null,
    });
    markCase(services, loaded.context, null, { action: 'report.addendum', user: signedBy, at, target: `v${version.number}` });
    return buildView(services.db, loaded.repo, loaded.context, loaded.reportRef);
  });
}

/** One version from the history, as text. */
export function reportVersion(services: Services, request: { studyInstanceUID: string; number: number }): { version: ReturnType<typeof summary>; plainText: string } {
  const repo = repository(services);
  const reportRef = repo.reportId(request.studyInstanceUID);
  if (reportRef === null) throw noReport();
  const row = repo.version(reportRef, request.number);
  if (!row) throw new AppError('not-found', 'That version of the report does not exist.');
  if (row.kind === 'addendum') {
    const text = (JSON.parse(row.content) as { text: string }).text;
    return { version: summary(row), plainText: `ADDENDUM\n${text}\n` };
  }
  const signature = row.kind === 'final' || row.kind === 'amended' ? { kind: row.kind, signedBy: row.signedBy!, signedAt: row.signedAt!, reason: row.reason } : null;
  const phase = row.kind === 'draft' ? 'drafting' : row.kind === 'amendment-draft' ? 'amending' : 'signed';
  const plainText = reportPlainText(documentFromContent(contentOf(row)), reportHeader(services.db, request.studyInstanceUID, phase), { signature });
  return { version: summary(row), plainText };
}
