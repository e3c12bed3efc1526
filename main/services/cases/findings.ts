import { findingCopyAt } from '../../../shared/domain/finding-roots.ts';
import { findingSchema, type Anchor, type Finding } from '../../../shared/domain/findings.ts';
import type { Level } from '../../../shared/domain/levels.ts';
import { AppError, zodIssues } from '../../../shared/ipc/result.ts';
import { levelExistsIn, listLevelOf, nextFindingId, type CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { Services } from '../context.ts';
import type { CaseRow } from '../store/repositories/case-repository.ts';
import type { FindingRow } from '../store/repositories/finding-repository.ts';
import { findingFromRow, findingValues } from './case-document.ts';
import { changeCase, type ChangeContext } from './change.ts';

export function refuseLevelOutsideAnatomy(anatomy: CaseRow['anatomy'], level: Level): void {
  if (levelExistsIn(anatomy, level)) return;
  throw new AppError(
    'invalid-input',
    anatomy === 'sixth-lumbar'
      ? 'With a sixth lumbar vertebra the lowest disc is L6-S1, not L5-S1.'
      : `${level} exists only with a sixth lumbar vertebra: set the transitional anatomy first.`,
  );
}

function findingRow(context: ChangeContext, findingId: string): FindingRow {
  const row = context.store.findings.byUid(context.caseRow.id, findingId);
  if (!row) throw new AppError('not-found', 'That finding is no longer in the case.');
  return row;
}

/** A level with findings is no longer "normal". */
function clearNormalMark(context: ChangeContext, level: Level): void {
  const listLevel = listLevelOf(level, context.caseRow.anatomy);
  for (const row of context.store.cases.levels(context.caseRow.id)) {
    if (row.normal === 1 && (row.level === level || row.level === listLevel)) context.store.cases.setNormal(context.caseRow.id, row.level, false);
  }
}

function insertFinding(context: ChangeContext, finding: Finding, index?: number): void {
  const { store, caseRow, at } = context;
  refuseLevelOutsideAnatomy(caseRow.anatomy, finding.level);
  if (store.findings.byUid(caseRow.id, finding.id)) throw new AppError('conflict', 'A finding with this id is already in the case.');
  const order = store.findings.list(caseRow.id).map((row) => row.id);
  const id = store.findings.insert(caseRow.id, findingValues(finding), order.length, at);
  order.splice(Math.min(index ?? order.length, order.length), 0, id);
  store.findings.setOrder(order);
  clearNormalMark(context, finding.level);
}

export function addFinding(services: Services, request: { studyInstanceUID: string; finding: Finding; index?: number | undefined }): CaseView {
  return changeCase(services, request.studyInstanceUID, (context) => {
    insertFinding(context, request.finding, request.index);
    return { action: 'finding.add', target: request.finding.id, detail: { finding: request.finding } };
  });
}

export function updateFinding(services: Services, request: { studyInstanceUID: string; finding: Finding }): CaseView {
  return changeCase(services, request.studyInstanceUID, (context) => {
    const row = findingRow(context, request.finding.id);
    refuseLevelOutsideAnatomy(context.caseRow.anatomy, request.finding.level);
    context.store.findings.update(row.id, findingValues(request.finding), context.at);
    if (row.level !== request.finding.level) clearNormalMark(context, request.finding.level);
    return { action: 'finding.update', target: request.finding.id, detail: { before: findingFromRow(row), after: request.finding } };
  });
}

export function removeFinding(services: Services, request: { studyInstanceUID: string; findingId: string }): CaseView {
  return changeCase(services, request.studyInstanceUID, (context) => {
    const row = findingRow(context, request.findingId);
    context.store.findings.delete(row.id);
    return { action: 'finding.remove', target: request.findingId, detail: { finding: findingFromRow(row) } };
  });
}

/** The finding at another level: same type and attributes, the derived root moved with it, no anchor. */
export function copyFinding(services: Services, request: { studyInstanceUID: string; findingId: string; level: Level; newId?: string | undefined }): CaseView {
  return changeCase(services, request.studyInstanceUID, (context) => {
    const source = findingFromRow(findingRow(context, request.findingId));
    const existing = context.store.findings.list(context.caseRow.id).map((row) => ({ id: row.findingUid }));
    const moved = findingCopyAt(source, request.level, request.newId ?? nextFindingId(existing));
    const parsed = findingSchema.safeParse(moved);
    if (!parsed.success) {
      throw new AppError('invalid-input', `A ${source.type} finding cannot be placed at ${request.level}.`, zodIssues(parsed.error));
    }
    insertFinding(context, parsed.data);
    return { action: 'finding.copy', target: parsed.data.id, detail: { from: request.findingId, finding: parsed.data } };
  });
}

export function reorderFindings(services: Services, request: { studyInstanceUID: string; findingIds: string[] }): CaseView {
  return changeCase(services, request.studyInstanceUID, (context) => {
    const rows = context.store.findings.list(context.caseRow.id);
    const byUid = new Map(rows.map((row) => [row.findingUid, row.id]));
    const unique = new Set(request.findingIds);
    if (unique.size !== request.findingIds.length || unique.size !== rows.length || request.findingIds.some((id) => !byUid.has(id))) {
      throw new AppError('conflict', 'The findings changed meanwhile: the new order must list every finding of the case once.');
    }
    const before = rows.map((row) => row.findingUid);
    if (before.every((id, index) => id === request.findingIds[index])) return null;
    context.store.findings.setOrder(request.findingIds.map((id) => byUid.get(id)!));
    return { action: 'finding.reorder', detail: { before, after: request.findingIds } };
  });
}

export function setFindingAnchor(services: Services, request: { studyInstanceUID: string; findingId: string; anchor: Anchor | null }): CaseView {
  return changeCase(services, request.studyInstanceUID, (context) => {
    const row = findingRow(context, request.findingId);
    context.store.findings.setAnchor(row.id, request.anchor ? JSON.stringify(request.anchor) : null, context.at);
    return {
      action: request.anchor ? 'finding.anchor' : 'finding.unanchor',
      target: request.findingId,
      detail: { before: row.anchor ? (JSON.parse(row.anchor) as unknown) : null, after: request.anchor },
    };
  });
}
