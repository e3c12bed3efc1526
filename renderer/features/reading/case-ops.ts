import type { Label } from '../../../shared/correlation/output.ts';
import { findingCopyAt } from '../../../shared/domain/finding-roots.ts';
import type { Anchor, Finding } from '../../../shared/domain/findings.ts';
import type { Level } from '../../../shared/domain/levels.ts';
import { listLevelOf, type Anatomy, type CaseView, type LabelOverride } from '../../../shared/ipc/channels/case-view.ts';
import type { ClinicalChanges, LevelPlacement } from '../../../shared/ipc/channels/cases.ts';
import type { Channel, RequestOf } from '../../../shared/ipc/contract.ts';

/**
 * Every edit the reading screen makes, as data: which channel saves it, how it changes the case
 * on screen before the answer arrives, and the edit that undoes it.
 */
export type CaseOp =
  | { kind: 'addFinding'; finding: Finding; index?: number }
  | { kind: 'updateFinding'; finding: Finding }
  | { kind: 'removeFinding'; findingId: string }
  | { kind: 'copyFinding'; findingId: string; level: Level; newId: string }
  | { kind: 'reorderFindings'; findingIds: string[] }
  | { kind: 'setFindingAnchor'; findingId: string; anchor: Anchor | null }
  | { kind: 'markLevelNormal'; level: Level; normal: boolean }
  | { kind: 'setLevels'; levels: LevelPlacement[] }
  | { kind: 'updateClinical'; changes: ClinicalChanges }
  | { kind: 'setPatient'; age?: number | null; sex?: 'F' | 'M' | 'O' | 'U' | null }
  | { kind: 'setAnatomy'; anatomy: Anatomy }
  | { kind: 'setOverride'; findingId: string; label: Label; reason: string }
  | { kind: 'clearOverride'; findingId: string }
  /** Several edits that undo together; each is saved on its own, in order. */
  | { kind: 'batch'; ops: CaseOp[] };

export type SingleOp = Exclude<CaseOp, { kind: 'batch' }>;

/** The edits to save, one call each. */
export function flatten(op: CaseOp): SingleOp[] {
  return op.kind === 'batch' ? op.ops.flatMap(flatten) : [op];
}

type ChannelCall = { [C in Channel]: { channel: C; request: RequestOf<C> } }[Channel];

export function callFor(op: SingleOp, studyInstanceUID: string): ChannelCall {
  const ref = { studyInstanceUID };
  switch (op.kind) {
    case 'addFinding':
      return { channel: 'case.addFinding', request: { ...ref, finding: op.finding, ...(op.index === undefined ? {} : { index: op.index }) } };
    case 'updateFinding':
      return { channel: 'case.updateFinding', request: { ...ref, finding: op.finding } };
    case 'removeFinding':
      return { channel: 'case.removeFinding', request: { ...ref, findingId: op.findingId } };
    case 'copyFinding':
      return { channel: 'case.copyFinding', request: { ...ref, findingId: op.findingId, level: op.level, newId: op.newId } };
    case 'reorderFindings':
      return { channel: 'case.reorderFindings', request: { ...ref, findingIds: op.findingIds } };
    case 'setFindingAnchor':
      return { channel: 'case.setFindingAnchor', request: { ...ref, findingId: op.findingId, anchor: op.anchor } };
    case 'markLevelNormal':
      return { channel: 'case.markLevelNormal', request: { ...ref, level: op.level, normal: op.normal } };
    case 'setLevels':
      return { channel: 'case.setLevels', request: { ...ref, levels: op.levels } };
    case 'updateClinical':
      return { channel: 'case.updateClinical', request: { ...ref, changes: op.changes } };
    case 'setPatient':
      return { channel: 'case.setPatient', request: { ...ref, ...(op.age === undefined ? {} : { age: op.age }), ...(op.sex === undefined ? {} : { sex: op.sex }) } };
    case 'setAnatomy':
      return { channel: 'case.setAnatomy', request: { ...ref, anatomy: op.anatomy } };
    case 'setOverride':
      return { channel: 'case.setOverride', request: { ...ref, findingId: op.findingId, label: op.label, reason: op.reason } };
    case 'clearOverride':
      return { channel: 'case.clearOverride', request: { ...ref, findingId: op.findingId } };
  }
}

function withFindings(view: CaseView, findings: Finding[]): CaseView {
  return { ...view, document: { ...view.document, findings } };
}

function clearNormal(view: CaseView, level: Level): CaseView {
  const row = listLevelOf(level, view.anatomy);
  const levels = view.levels.some((l) => l.level === row)
    ? view.levels.map((l) => (l.level === row || l.level === level ? { ...l, normal: false } : l))
    : [...view.levels, { level: row, normal: false, position: null, placedBy: null }];
  return { ...view, levels };
}

/**
 * The case as it will be once the edit is saved, shown at once so typing never waits for the
 * disk; null when only the answer can say (the anatomy renames levels).
 */
export function applyLocally(view: CaseView, op: CaseOp, user: string): CaseView | null {
  const findings = view.document.findings;
  switch (op.kind) {
    case 'batch':
      return op.ops.reduce<CaseView | null>((v, inner) => (v ? applyLocally(v, inner, user) : null), view);
    case 'addFinding': {
      const next = [...findings];
      next.splice(Math.min(op.index ?? next.length, next.length), 0, op.finding);
      return clearNormal(withFindings(view, next), op.finding.level);
    }
    case 'updateFinding': {
      const updated = withFindings(view, findings.map((f) => (f.id === op.finding.id ? op.finding : f)));
      return clearNormal(updated, op.finding.level);
    }
    case 'removeFinding':
      return { ...withFindings(view, findings.filter((f) => f.id !== op.findingId)), overrides: view.overrides.filter((o) => o.findingId !== op.findingId) };
    case 'copyFinding': {
      const source = findings.find((f) => f.id === op.findingId);
      if (!source) return null;
      return clearNormal(withFindings(view, [...findings, findingCopyAt(source, op.level, op.newId)]), op.level);
    }
    case 'reorderFindings': {
      const byId = new Map(findings.map((f) => [f.id, f]));
      return withFindings(view, op.findingIds.flatMap((id) => byId.get(id) ?? []));
    }
    case 'setFindingAnchor':
      return withFindings(
        view,
        findings.map((f) => {
          if (f.id !== op.findingId) return f;
          const { anchor: _anchor, ...rest } = f;
          return (op.anchor ? { ...rest, anchor: op.anchor } : rest) as Finding;
        }),
      );
    case 'setLevels': {
      const placed = new Map(op.levels.map((p) => [p.level, p]));
      const kept = view.levels.map((l) => ({ ...l, position: placed.get(l.level)?.position ?? null, placedBy: placed.get(l.level)?.placedBy ?? null }));
      const added = op.levels.filter((p) => !view.levels.some((l) => l.level === p.level)).map((p) => ({ level: p.level, normal: false, position: p.position, placedBy: p.placedBy }));
      return { ...view, levels: [...kept, ...added] };
    }
    case 'markLevelNormal': {
      const exists = view.levels.some((l) => l.level === op.level);
      const levels = exists
        ? view.levels.map((l) => (l.level === op.level ? { ...l, normal: op.normal } : l))
        : [...view.levels, { level: op.level, normal: op.normal, position: null, placedBy: null }];
      return { ...view, levels };
    }
    case 'updateClinical': {
      const clinical: Record<string, unknown> = { ...view.document.clinical };
      for (const [field, value] of Object.entries(op.changes)) {
        if (value === null) delete clinical[field];
        else if (value !== undefined) clinical[field] = value;
      }
      const { clinical: _old, ...rest } = view.document;
      return { ...view, document: Object.keys(clinical).length > 0 ? { ...rest, clinical } : { ...rest } } as CaseView;
    }
    case 'setPatient': {
      const patient = { ...view.patient };
      if (op.age !== undefined) {
        patient.age = op.age ?? view.patient.dicomAge;
        patient.ageSource = op.age === null ? (view.patient.dicomAgeSource ?? 'unknown') : 'corrected';
      }
      if (op.sex !== undefined) {
        patient.sex = op.sex ?? view.patient.dicomSex;
        patient.sexSource = op.sex === null ? (view.patient.dicomSex ? 'dicom' : 'unknown') : 'corrected';
      }
      const documentPatient = { ...view.document.patient, ...(patient.age !== null ? { age: patient.age } : {}), ...(patient.sex !== null ? { sex: patient.sex } : {}) };
      if (patient.age === null) delete documentPatient.age;
      if (patient.sex === null) delete documentPatient.sex;
      return { ...view, patient, document: { ...view.document, patient: documentPatient } };
    }
    case 'setAnatomy':
      return null;
    case 'setOverride': {
      const previous = view.overrides.find((o) => o.findingId === op.findingId);
      const override: LabelOverride = {
        findingId: op.findingId, label: op.label, reason: op.reason.trim(), author: user, at: new Date().toISOString(),
        computedLabel: previous?.computedLabel ?? op.label, ruleset: previous?.ruleset ?? '',
      };
      return { ...view, overrides: [...view.overrides.filter((o) => o.findingId !== op.findingId), override] };
    }
    case 'clearOverride':
      return { ...view, overrides: view.overrides.filter((o) => o.findingId !== op.findingId) };
  }
}

/** A finding put on a level marked normal takes the mark off: taking the finding back puts it on again. */
function withNormalMarkBack(view: CaseView, level: Level, undo: CaseOp): CaseOp {
  const row = listLevelOf(level, view.anatomy);
  const marked = view.levels.find((l) => l.level === row && l.normal);
  return marked ? { kind: 'batch', ops: [undo, { kind: 'markLevelNormal', level: marked.level, normal: true }] } : undo;
}

/** The edit that takes `op` back, read from the case before it was applied. */
export function inverseOf(view: CaseView, op: CaseOp): CaseOp | null {
  const findings = view.document.findings;
  switch (op.kind) {
    case 'batch': {
      const inverses: CaseOp[] = [];
      let current: CaseView | null = view;
      for (const inner of op.ops) {
        if (!current) return null;
        const inverse = inverseOf(current, inner);
        if (!inverse) return null;
        inverses.unshift(inverse);
        current = applyLocally(current, inner, '');
      }
      return { kind: 'batch', ops: inverses };
    }
    case 'addFinding':
      return withNormalMarkBack(view, op.finding.level, { kind: 'removeFinding', findingId: op.finding.id });
    case 'copyFinding':
      return withNormalMarkBack(view, op.level, { kind: 'removeFinding', findingId: op.newId });
    case 'updateFinding': {
      const before = findings.find((f) => f.id === op.finding.id);
      return before ? withNormalMarkBack(view, op.finding.level, { kind: 'updateFinding', finding: before }) : null;
    }
    case 'removeFinding': {
      const index = findings.findIndex((f) => f.id === op.findingId);
      return index < 0 ? null : { kind: 'addFinding', finding: findings[index]!, index };
    }
    case 'reorderFindings':
      return { kind: 'reorderFindings', findingIds: findings.map((f) => f.id) };
    case 'setFindingAnchor': {
      const before = findings.find((f) => f.id === op.findingId);
      return before ? { kind: 'setFindingAnchor', findingId: op.findingId, anchor: before.anchor ?? null } : null;
    }
    case 'markLevelNormal':
      return { kind: 'markLevelNormal', level: op.level, normal: !op.normal };
    case 'setLevels':
      return {
        kind: 'setLevels',
        levels: view.levels.flatMap((l) => (l.position && l.placedBy ? [{ level: l.level, position: l.position, placedBy: l.placedBy }] : [])),
      };
    case 'updateClinical': {
      const clinical = (view.document.clinical ?? {}) as Record<string, unknown>;
      const changes = Object.fromEntries(Object.keys(op.changes).map((field) => [field, clinical[field] ?? null]));
      return { kind: 'updateClinical', changes: changes as ClinicalChanges };
    }
    case 'setPatient':
      return {
        kind: 'setPatient',
        ...(op.age === undefined ? {} : { age: view.patient.ageSource === 'corrected' ? view.patient.age : null }),
        ...(op.sex === undefined ? {} : { sex: view.patient.sexSource === 'corrected' ? view.patient.sex : null }),
      };
    case 'setAnatomy':
      return { kind: 'setAnatomy', anatomy: view.anatomy };
    case 'setOverride': {
      const before = view.overrides.find((o) => o.findingId === op.findingId);
      return before ? { kind: 'setOverride', findingId: op.findingId, label: before.label, reason: before.reason } : { kind: 'clearOverride', findingId: op.findingId };
    }
    case 'clearOverride': {
      const before = view.overrides.find((o) => o.findingId === op.findingId);
      return before ? { kind: 'setOverride', findingId: op.findingId, label: before.label, reason: before.reason } : null;
    }
  }
}
