import type { Level } from '../../../shared/domain/levels.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { listLevelOf, type Anatomy, type CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { LevelPlacement } from '../../../shared/ipc/channels/cases.ts';
import type { Services } from '../context.ts';
import { changeCase } from './change.ts';
import { refuseLevelOutsideAnatomy } from './findings.ts';

export function markLevelNormal(services: Services, request: { studyInstanceUID: string; level: Level; normal: boolean }): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow }) => {
    const current = store.cases.levels(caseRow.id).find((row) => row.level === request.level)?.normal === 1;
    if (current === request.normal) return null;
    if (request.normal) {
      refuseLevelOutsideAnatomy(caseRow.anatomy, request.level);
      const withFindings = store.findings.list(caseRow.id).some((f) => listLevelOf(f.level as Level, caseRow.anatomy) === request.level);
      if (withFindings) throw new AppError('conflict', `${request.level} has findings: remove them before marking it normal.`);
    }
    store.cases.setNormal(caseRow.id, request.level, request.normal);
    return { action: request.normal ? 'level.normal' : 'level.not-normal', target: request.level };
  });
}

/** The viewer's level labels: every position at once. */
export function setLevels(services: Services, request: { studyInstanceUID: string; levels: LevelPlacement[] }): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow }) => {
    const seen = new Set<string>();
    for (const placement of request.levels) {
      if (seen.has(placement.level)) throw new AppError('invalid-input', `${placement.level} is placed twice.`);
      seen.add(placement.level);
      refuseLevelOutsideAnatomy(caseRow.anatomy, placement.level);
    }
    const before = store.cases.levels(caseRow.id).filter((row) => row.position !== null).map((row) => ({ level: row.level, position: JSON.parse(row.position!) as unknown, placedBy: row.placedBy }));
    store.cases.replacePositions(
      caseRow.id,
      request.levels.map((p) => ({ level: p.level, position: JSON.stringify(p.position), placedBy: p.placedBy })),
    );
    return { action: 'levels.set', detail: { before, after: request.levels } };
  });
}

const SIXTH_LUMBAR_ONLY: readonly Level[] = ['L5-L6', 'L6'];

/**
 * Transitional anatomy. With a sixth lumbar vertebra the lowest disc is L6-S1: what was recorded
 * at L5-S1 moves with it (findings, its normal mark, its label position), and L5-L6 appears above.
 * Going back refuses while anything is recorded at L5-L6 or L6.
 */
export function setAnatomy(services: Services, request: { studyInstanceUID: string; anatomy: Anatomy }): CaseView {
  return changeCase(services, request.studyInstanceUID, ({ store, caseRow, at }) => {
    const from = caseRow.anatomy;
    const to = request.anatomy;
    if (from === to) return null;
    const id = caseRow.id;
    if (to === 'sixth-lumbar') {
      store.findings.renameLevel(id, 'L5-S1', 'L6-S1', at);
      store.cases.renameLevel(id, 'L5-S1', 'L6-S1');
    } else if (from === 'sixth-lumbar') {
      const blocking = store.findings.list(id).filter((f) => SIXTH_LUMBAR_ONLY.includes(f.level as Level));
      if (blocking.length > 0) {
        throw new AppError('conflict', `Findings are recorded at ${[...new Set(blocking.map((f) => f.level))].join(' and ')}: move or remove them first.`);
      }
      store.cases.deleteLevel(id, 'L5-L6');
      store.cases.deleteLevel(id, 'L6');
      store.findings.renameLevel(id, 'L6-S1', 'L5-S1', at);
      store.cases.renameLevel(id, 'L6-S1', 'L5-S1');
    }
    store.cases.setAnatomy(id, to);
    return { action: 'case.anatomy', detail: { before: from, after: to } };
  });
}
