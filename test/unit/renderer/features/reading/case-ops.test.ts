import { describe, expect, it } from 'vitest';
import { applyLocally, callFor, inverseOf, type CaseOp } from '../../../../../renderer/features/reading/case-ops.ts';
import type { CaseView } from '../../../../../shared/ipc/channels/case-view.ts';

const base: CaseView = {
  studyInstanceUID: '1.2.3',
  revision: 4,
  status: 'draft',
  author: 'dr',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  anatomy: 'standard',
  patient: { age: 38, ageSource: 'dicom-birth-date', dicomAge: 38, dicomAgeSource: 'dicom-birth-date', sex: 'M', sexSource: 'dicom', dicomSex: 'M' },
  levels: ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'].map((level) => ({ level: level as 'L4-L5', normal: level === 'L3-L4', position: null, placedBy: null })),
  overrides: [{ findingId: 'f2', label: 'probably-incidental', reason: 'old', author: 'dr', at: 'x', computedLabel: 'possibly-contributory', ruleset: 'r@1' }],
  document: {
    format: 'spinecorrelate.case/1',
    study: { studyInstanceUID: '1.2.3' },
    patient: { age: 38, sex: 'M' },
    clinical: { durationWeeks: 4, notes: 'n' },
    findings: [
      { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', zone: 'subarticular', rootCompromise: { root: 'L5' } },
      { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' },
    ],
  },
};

const OPS: CaseOp[] = [
  { kind: 'addFinding', finding: { id: 'f3', level: 'L3-L4', type: 'disc-bulge' }, index: 1 },
  { kind: 'updateFinding', finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'right' } },
  { kind: 'removeFinding', findingId: 'f1' },
  { kind: 'copyFinding', findingId: 'f1', level: 'L5-S1', newId: 'f3' },
  { kind: 'reorderFindings', findingIds: ['f2', 'f1'] },
  { kind: 'setFindingAnchor', findingId: 'f2', anchor: { sopInstanceUID: '9.9', imagePoint: [1, 2] } },
  { kind: 'markLevelNormal', level: 'L2-L3', normal: true },
  { kind: 'updateClinical', changes: { durationWeeks: 10, axialPain: true, notes: null } },
  { kind: 'setPatient', age: 41, sex: 'F' },
  { kind: 'setOverride', findingId: 'f1', label: 'urgent-red-flag', reason: 'CES' },
  { kind: 'setOverride', findingId: 'f2', label: 'likely-pain-generator', reason: 'new' },
  { kind: 'clearOverride', findingId: 'f2' },
];

/** What undo must restore: the document, the overrides and the normal marks. */
const essentials = (view: CaseView) => ({ document: view.document, overrides: view.overrides.map(({ findingId, label, reason }) => ({ findingId, label, reason })), normal: view.levels.filter((l) => l.normal).map((l) => l.level) });

describe('edits on screen', () => {
  it.each(OPS.map((op) => [op.kind, op] as const))('%s, then its inverse, gives back the case', (_kind, op) => {
    const after = applyLocally(base, op, 'dr');
    expect(after).not.toBeNull();
    expect(essentials(after!)).not.toEqual(essentials(base));
    const inverse = inverseOf(base, op)!;
    expect(essentials(applyLocally(after!, inverse, 'dr')!)).toEqual(essentials(base));
  });

  it('puts a removed finding back where it was, and a copy carries the root of its new level', () => {
    expect(inverseOf(base, { kind: 'removeFinding', findingId: 'f1' })).toEqual({ kind: 'addFinding', finding: base.document.findings[0], index: 0 });
    const copied = applyLocally(base, { kind: 'copyFinding', findingId: 'f1', level: 'L5-S1', newId: 'f3' }, 'dr')!;
    expect(copied.document.findings[2]).toMatchObject({ id: 'f3', level: 'L5-S1', rootCompromise: { root: 'S1' } });
  });

  it('adding a finding takes the normal mark off its level', () => {
    const view = applyLocally(base, { kind: 'addFinding', finding: { id: 'f3', level: 'L3', type: 'schmorl-node' } }, 'dr')!;
    expect(view.levels.find((l) => l.level === 'L3-L4')!.normal).toBe(false);
  });

  it('waits for the answer when only the main side can say (the anatomy renames levels)', () => {
    expect(applyLocally(base, { kind: 'setAnatomy', anatomy: 'sixth-lumbar' }, 'dr')).toBeNull();
    expect(inverseOf(base, { kind: 'setAnatomy', anatomy: 'sixth-lumbar' })).toEqual({ kind: 'setAnatomy', anatomy: 'standard' });
  });

  it('saves each edit through its own channel', () => {
    expect(callFor({ kind: 'markLevelNormal', level: 'L2-L3', normal: true }, '1.2.3')).toEqual({ channel: 'case.markLevelNormal', request: { studyInstanceUID: '1.2.3', level: 'L2-L3', normal: true } });
    expect(callFor({ kind: 'setPatient', age: null }, '1.2.3')).toEqual({ channel: 'case.setPatient', request: { studyInstanceUID: '1.2.3', age: null } });
  });
});
