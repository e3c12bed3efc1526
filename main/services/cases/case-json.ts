import type { Case } from '../../../shared/domain/case.ts';
import { formatCaseIssue, parseCaseText, type CaseIssue } from '../../../shared/domain/parse-case.ts';
import { isTransitionalLevel } from '../../../shared/domain/levels.ts';
import { AppError, zodIssues } from '../../../shared/ipc/result.ts';
import { levelExistsIn, type Anatomy, type CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { Services } from '../context.ts';
import { findingValues, parseExtra, readCaseView, type DocumentExtra } from './case-document.ts';
import { caseStore } from './case-store.ts';
import { caseNotFound, now } from './change.ts';
import { createCase } from './open-case.ts';
import { READING_KEY, readingExtensionOf, readingExtensionSchema, type ReadingExtension } from './reading-extension.ts';
import { currentUser } from './user.ts';

const KNOWN_TOP = new Set(['format', 'id', 'study', 'patient', 'clinical', 'findings', READING_KEY]);
const KNOWN_STUDY = new Set(['studyInstanceUID', 'date']);
const KNOWN_PATIENT = new Set(['age', 'sex']);
const KNOWN_READING = new Set(['anatomy', 'status', 'levels', 'labelOverrides']);

function unknownFields(object: object | undefined, known: Set<string>): Record<string, unknown> | undefined {
  const entries = Object.entries(object ?? {}).filter(([key]) => !known.has(key));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The case of a study as case format v1 JSON text, with the `reading` extension. */
export function exportCase(services: Services, studyInstanceUID: string): { fileName: string; text: string } {
  const store = caseStore(services.db);
  const view = services.db.transaction(() => {
    const row = store.cases.byStudy(studyInstanceUID);
    if (!row) throw new AppError('not-found', 'This study has no case yet.');
    return { view: readCaseView(store, row), extra: parseExtra(row.documentExtra) };
  })();
  const document = { ...view.view.document, [READING_KEY]: readingExtensionOf(view.view, view.extra.reading) };
  const date = view.view.document.study?.date ?? 'undated';
  return { fileName: `spinecorrelate-case-${date}-${String(view.view.document.id).slice(0, 8)}.json`, text: `${JSON.stringify(document, null, 2)}\n` };
}

function refusal(issues: CaseIssue[]): AppError {
  const first = issues[0] ?? { path: '(root)', message: 'is not a case' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError('invalid-input', `The case was not imported: ${formatCaseIssue(first)}${more}`, issues);
}

interface CheckedImport {
  document: Case;
  reading: ReadingExtension;
  studyInstanceUID: string;
  anatomy: Anatomy;
}

/** Everything that can be wrong with a case file, found before anything is written. */
function checkImport(text: string, openStudy: string | undefined): CheckedImport {
  const parsed = parseCaseText(text);
  if (!parsed.ok) throw refusal(parsed.issues);
  const document = parsed.case;
  const extension = readingExtensionSchema.safeParse((document as Record<string, unknown>)[READING_KEY] ?? {});
  if (!extension.success) {
    throw refusal(zodIssues(extension.error).map((i) => ({ path: i.path === '(root)' ? READING_KEY : `${READING_KEY}${i.path.startsWith('[') ? '' : '.'}${i.path}`, message: i.message })));
  }
  const reading = extension.data;
  const issues: CaseIssue[] = [];

  const named = document.study?.studyInstanceUID;
  if (openStudy && named && named !== openStudy) issues.push({ path: 'study.studyInstanceUID', message: 'names another study than the one open' });
  const studyInstanceUID = named ?? openStudy;
  if (!studyInstanceUID) issues.push({ path: 'study.studyInstanceUID', message: 'is required: a case must name the study it belongs to' });
  else if (studyInstanceUID.length > 64) issues.push({ path: 'study.studyInstanceUID', message: 'must be a DICOM UID (at most 64 characters)' });

  const anatomy = reading.anatomy ?? (document.findings.some((f) => isTransitionalLevel(f.level)) ? 'sixth-lumbar' : 'standard');
  const where = anatomy === 'sixth-lumbar' ? 'with a sixth lumbar vertebra (L6-S1 is the lowest disc)' : 'without a sixth lumbar vertebra (reading.anatomy "sixth-lumbar")';
  document.findings.forEach((f, index) => {
    if (!levelExistsIn(anatomy, f.level)) issues.push({ path: `findings[${index}].level`, message: `${f.level} does not exist ${where}` });
  });
  const levels = new Set<string>();
  (reading.levels ?? []).forEach((l, index) => {
    if (levels.has(l.level)) issues.push({ path: `${READING_KEY}.levels[${index}].level`, message: 'is listed twice' });
    levels.add(l.level);
    if (!levelExistsIn(anatomy, l.level)) issues.push({ path: `${READING_KEY}.levels[${index}].level`, message: `${l.level} does not exist ${where}` });
  });
  const findingIds = new Set(document.findings.map((f) => f.id));
  (reading.labelOverrides ?? []).forEach((o, index) => {
    if (!findingIds.has(o.findingId)) issues.push({ path: `${READING_KEY}.labelOverrides[${index}].findingId`, message: 'must be the id of a finding of the case' });
  });
  if (issues.length > 0) throw refusal(issues);
  return { document, reading, studyInstanceUID: studyInstanceUID!, anatomy };
}

/**
 * Creates or replaces the case of the study a case file names, in one transaction: a refused
 * file changes nothing. With `openStudy`, the file must name that study or none.
 */
export function importCase(services: Services, request: { text: string; studyInstanceUID?: string | undefined }): CaseView {
  const { document, reading, studyInstanceUID, anatomy } = checkImport(request.text, request.studyInstanceUID);
  const store = caseStore(services.db);
  const user = currentUser(services.dataDir);
  return services.db
    .transaction(() => {
      const existing = store.cases.byStudy(studyInstanceUID);
      const row = existing ?? createCase(store, studyInstanceUID, user);
      const at = now();
      const id = row.id;
      const extra: DocumentExtra = {
        top: unknownFields(document, KNOWN_TOP),
        study: unknownFields(document.study, KNOWN_STUDY),
        patient: unknownFields(document.patient, KNOWN_PATIENT),
        reading: unknownFields(reading, KNOWN_READING),
      };
      store.cases.setDocumentFields(id, { caseUid: document.id ?? row.caseUid, studyDate: document.study?.date ?? row.studyDate, documentExtra: JSON.stringify(extra) });
      const age = document.patient?.age;
      store.cases.setAge(id, age ?? row.dicomAge, age !== undefined ? 'case-file' : (row.dicomAgeSource ?? 'unknown'));
      const sex = document.patient?.sex;
      store.cases.setSex(id, sex ?? row.dicomSex, sex !== undefined ? 'case-file' : row.dicomSex ? 'dicom' : 'unknown');
      store.cases.setAnatomy(id, anatomy);

      store.findings.deleteAll(id);
      document.findings.forEach((finding, index) => store.findings.insert(id, findingValues(finding), index, at));
      store.cases.deleteLevels(id);
      for (const l of reading.levels ?? []) {
        if (!l.normal && !l.position) continue;
        store.cases.insertLevel(id, { level: l.level, normal: l.normal ? 1 : 0, position: l.position ? JSON.stringify(l.position) : null, placedBy: l.position ? (l.placedBy ?? 'user') : null });
      }
      store.clinical.put(id, JSON.stringify(document.clinical ?? {}), at);
      for (const o of reading.labelOverrides ?? []) {
        const finding = store.findings.byUid(id, o.findingId)!;
        store.findings.setOverride(finding.id, { label: o.label, reason: o.reason, author: o.author ?? user, createdAt: o.at ?? at, computedLabel: o.computedLabel, ruleset: o.ruleset });
      }
      const revision = store.cases.bumpRevision(id, at);
      store.audit.append({
        at, user, caseRef: id, revision, action: 'case.import', target: null,
        detail: JSON.stringify({ replaced: existing !== undefined, findings: document.findings.length }),
      });
      const saved = store.cases.byStudy(studyInstanceUID);
      if (!saved) throw caseNotFound();
      return readCaseView(store, saved);
    })
    .immediate();
}
