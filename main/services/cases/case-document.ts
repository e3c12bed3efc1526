import { CASE_FORMAT, type Case } from '../../../shared/domain/case.ts';
import type { Clinical } from '../../../shared/domain/clinical.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import { compareLevels, type Level } from '../../../shared/domain/levels.ts';
import {
  levelListFor, listLevelOf, type CaseView, type LabelOverride, type LevelState,
} from '../../../shared/ipc/channels/case-view.ts';
import type { CaseRow, LevelRow } from '../store/repositories/case-repository.ts';
import type { FindingRow, FindingValues, OverrideRow } from '../store/repositories/finding-repository.ts';
import type { CaseStore } from './case-store.ts';

/**
 * Rows ↔ case format v1. The known fields of a finding have columns; everything else (typed
 * attributes, unknown fields) is kept as JSON, so what was imported comes back out unchanged.
 */

type JsonObject = Record<string, unknown>;

/** Unknown fields of an imported case file, by where they were. */
export interface DocumentExtra {
  top?: JsonObject;
  study?: JsonObject;
  patient?: JsonObject;
  reading?: JsonObject;
}

export function findingValues(finding: Finding): FindingValues {
  const { id, level, type, side, note, anchor, ...attributes } = finding;
  return {
    findingUid: id,
    level,
    type,
    side: side ?? null,
    note: note ?? null,
    attributes: JSON.stringify(attributes),
    anchor: anchor ? JSON.stringify(anchor) : null,
  };
}

export function findingFromRow(row: FindingRow): Finding {
  return {
    id: row.findingUid,
    level: row.level,
    type: row.type,
    ...(row.side !== null ? { side: row.side } : {}),
    ...(JSON.parse(row.attributes) as JsonObject),
    ...(row.note !== null ? { note: row.note } : {}),
    ...(row.anchor !== null ? { anchor: JSON.parse(row.anchor) as JsonObject } : {}),
  } as Finding;
}

function overrideFromRow(row: OverrideRow): LabelOverride {
  return {
    findingId: row.findingUid,
    label: row.label as LabelOverride['label'],
    reason: row.reason,
    author: row.author,
    at: row.createdAt,
    computedLabel: row.computedLabel as LabelOverride['computedLabel'],
    ruleset: row.ruleset,
  };
}

function levelStates(anatomy: CaseRow['anatomy'], rows: LevelRow[], findings: Finding[]): LevelState[] {
  const byLevel = new Map(rows.map((row) => [row.level, row]));
  const levels = new Set<string>([
    ...levelListFor(anatomy),
    ...rows.map((row) => row.level),
    ...findings.map((f) => listLevelOf(f.level, anatomy)),
  ]);
  return [...levels].sort(compareLevels).map((level) => {
    const row = byLevel.get(level);
    return {
      level: level as Level,
      normal: row?.normal === 1,
      position: row?.position ? (JSON.parse(row.position) as LevelState['position']) : null,
      placedBy: row?.placedBy ?? null,
    };
  });
}

export function parseExtra(text: string): DocumentExtra {
  return JSON.parse(text) as DocumentExtra;
}

function nonEmpty(object: JsonObject): boolean {
  return Object.keys(object).length > 0;
}

/** The case as case format v1: what the correlation engine reads and `case export` writes. */
export function caseDocument(row: CaseRow, findings: Finding[], clinical: Clinical): Case {
  const extra = parseExtra(row.documentExtra);
  const study: JsonObject = { ...extra.study, studyInstanceUID: row.studyInstanceUID, ...(row.studyDate ? { date: row.studyDate } : {}) };
  const patient: JsonObject = { ...extra.patient, ...(row.age !== null ? { age: row.age } : {}), ...(row.sex !== null ? { sex: row.sex } : {}) };
  return {
    format: CASE_FORMAT,
    id: row.caseUid,
    study,
    ...(nonEmpty(patient) ? { patient } : {}),
    ...(nonEmpty(clinical) ? { clinical } : {}),
    findings,
    ...extra.top,
  } as Case;
}

/** Everything the reading screen needs to render the case, read inside the caller's transaction. */
export function readCaseView(store: CaseStore, row: CaseRow): CaseView {
  const findings = store.findings.list(row.id).map(findingFromRow);
  const clinical = JSON.parse(store.clinical.get(row.id)) as Clinical;
  return {
    studyInstanceUID: row.studyInstanceUID,
    revision: row.revision,
    status: row.status,
    author: row.author,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    anatomy: row.anatomy,
    patient: {
      age: row.age,
      ageSource: row.ageSource,
      dicomAge: row.dicomAge,
      dicomAgeSource: row.dicomAgeSource,
      sex: row.sex,
      sexSource: row.sexSource,
      dicomSex: row.dicomSex,
    },
    levels: levelStates(row.anatomy, store.cases.levels(row.id), findings),
    overrides: store.findings.overrides(row.id).map(overrideFromRow),
    document: caseDocument(row, findings, clinical),
  };
}
