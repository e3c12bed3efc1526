import { type Clinical, clinicalSchema } from '../../../shared/domain/clinical.ts';
import { AppError, zodIssues } from '../../../shared/ipc/result.ts';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { ClinicalChanges } from '../../../shared/ipc/channels/cases.ts';
import type { Services } from '../context.ts';
import { changeCase } from './change.ts';

export interface ClinicalUpdate {
  /** The whole clinical picture after the changes, validated. */
  next: Clinical;
  /** The fields that changed, as they were and as they are now (null: not recorded). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Applies a partial update to a clinical picture: given fields replaced, null fields cleared, the
 * rest untouched. Null when nothing changes; refused when a value is out of range. The case and a
 * physician's review-scoped update both go through it.
 */
export function applyClinicalChanges(current: Record<string, unknown>, changes: ClinicalChanges): ClinicalUpdate | null {
  const next: Record<string, unknown> = { ...current };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (JSON.stringify(current[field] ?? null) === JSON.stringify(value)) continue;
    before[field] = current[field] ?? null;
    after[field] = value;
    if (value === null) delete next[field];
    else next[field] = value;
  }
  if (Object.keys(after).length === 0) return null;
  const parsed = clinicalSchema.safeParse(next);
  if (!parsed.success) throw new AppError('invalid-input', 'The clinical picture was not saved: a value is out of range.', zodIssues(parsed.error));
  return { next: parsed.data, before, after };
}

/** A partial update of the clinical picture: given fields replaced, null fields cleared, the rest untouched. */
export function updateClinical(services: Services, request: { studyInstanceUID: string; changes: ClinicalChanges }): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow, at }) => {
    const update = applyClinicalChanges(JSON.parse(store.clinical.get(caseRow.id)) as Record<string, unknown>, request.changes);
    if (!update) return null;
    store.clinical.put(caseRow.id, JSON.stringify(update.next), at);
    return { action: 'clinical.update', target: Object.keys(update.after).join(','), detail: { before: update.before, after: update.after } };
  });
}

/** Corrects age or sex; null goes back to the DICOM header's value. */
export function setPatient(
  services: Services,
  request: { studyInstanceUID: string; age?: number | null | undefined; sex?: 'F' | 'M' | 'O' | 'U' | null | undefined },
): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow }) => {
    const before = { age: caseRow.age, ageSource: caseRow.ageSource, sex: caseRow.sex, sexSource: caseRow.sexSource };
    if (request.age !== undefined) {
      if (request.age === null) store.cases.setAge(caseRow.id, caseRow.dicomAge, caseRow.dicomAgeSource ?? 'unknown');
      else store.cases.setAge(caseRow.id, request.age, 'corrected');
    }
    if (request.sex !== undefined) {
      if (request.sex === null) store.cases.setSex(caseRow.id, caseRow.dicomSex, caseRow.dicomSex ? 'dicom' : 'unknown');
      else store.cases.setSex(caseRow.id, request.sex, 'corrected');
    }
    const row = store.cases.byStudy(caseRow.studyInstanceUID)!;
    const after = { age: row.age, ageSource: row.ageSource, sex: row.sex, sexSource: row.sexSource };
    if (JSON.stringify(before) === JSON.stringify(after)) return null;
    return { action: 'patient.correct', detail: { before, after } };
  });
}
