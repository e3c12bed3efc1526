import { describe, expect, it } from 'vitest';
import { caseStore } from '../../../../../main/services/cases/case-store.ts';
import {
  addFinding, copyFinding, removeFinding, reorderFindings, setFindingAnchor, updateFinding,
} from '../../../../../main/services/cases/findings.ts';
import { markLevelNormal } from '../../../../../main/services/cases/levels.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import type { Finding } from '../../../../../shared/domain/findings.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

const extrusion: Finding = {
  id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular',
  rootCompromise: { root: 'L5', grade: 'compression' },
};
const modic: Finding = { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' };

function opened() {
  const s = services();
  openCase(s, STUDY);
  return s;
}

const auditActions = (s: ReturnType<typeof services>) => caseStore(s.db).audit.ofCase(1).map((a) => `${a.revision}:${a.action}:${a.target ?? ''}`);

describe('findings', () => {
  it('adds findings, each change its own revision with its audit row', () => {
    const s = opened();
    const first = addFinding(s, { studyInstanceUID: STUDY, finding: extrusion });
    expect(first.revision).toBe(1);
    const second = addFinding(s, { studyInstanceUID: STUDY, finding: modic });
    expect(second.revision).toBe(2);
    expect(second.document.findings).toEqual([extrusion, modic]);
    expect(auditActions(s)).toEqual(['0:case.create:', '1:finding.add:f1', '2:finding.add:f2']);
    const audit = caseStore(s.db).audit.ofCase(1)[1]!;
    expect(audit.user).not.toBe('');
    expect(JSON.parse(audit.detail!)).toEqual({ finding: extrusion });
  });

  it('refuses a duplicate id and a level the anatomy lacks, changing nothing', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: extrusion });
    expect(() => addFinding(s, { studyInstanceUID: STUDY, finding: { ...modic, id: 'f1' } })).toThrow(/already in the case/);
    expect(() => addFinding(s, { studyInstanceUID: STUDY, finding: { ...modic, level: 'L5-L6' } })).toThrow(/sixth lumbar vertebra/);
    const view = openCase(s, STUDY);
    expect(view.revision).toBe(1);
    expect(view.document.findings).toEqual([extrusion]);
    expect(auditActions(s)).toHaveLength(2);
  });

  it('inserts at a position, so that undoing a removal puts the finding back where it was', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: extrusion });
    addFinding(s, { studyInstanceUID: STUDY, finding: modic });
    removeFinding(s, { studyInstanceUID: STUDY, findingId: 'f1' });
    const view = addFinding(s, { studyInstanceUID: STUDY, finding: extrusion, index: 0 });
    expect(view.document.findings.map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('replaces a finding on update, keeping unknown fields, and records before and after', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: { ...extrusion, vendorScore: 7 } as Finding });
    const changed = { ...extrusion, morphology: 'protrusion', note: 'small' } as Finding;
    const view = updateFinding(s, { studyInstanceUID: STUDY, finding: changed });
    expect(view.document.findings).toEqual([changed]);
    const audit = caseStore(s.db).audit.ofCase(1).at(-1)!;
    expect(audit.action).toBe('finding.update');
    expect(JSON.parse(audit.detail!).before).toMatchObject({ morphology: 'extrusion', vendorScore: 7 });
    expect(() => updateFinding(s, { studyInstanceUID: STUDY, finding: { ...modic, id: 'f9' } })).toThrow(/no longer in the case/);
  });

  it('copies a finding to another level: the derived root follows the level, the anchor stays behind', () => {
    const s = opened();
    const anchored = { ...extrusion, anchor: { sopInstanceUID: '1.2.3.4', imagePoint: [10, 20] } } as Finding;
    addFinding(s, { studyInstanceUID: STUDY, finding: anchored });
    const view = copyFinding(s, { studyInstanceUID: STUDY, findingId: 'f1', level: 'L5-S1' });
    expect(view.document.findings[1]).toEqual({ ...extrusion, id: 'f2', level: 'L5-S1', rootCompromise: { root: 'S1', grade: 'compression' } });
    // A root typed in by hand stays as typed.
    updateFinding(s, { studyInstanceUID: STUDY, finding: { ...extrusion, rootCompromise: { root: 'L4', grade: 'contact' } } });
    const hand = copyFinding(s, { studyInstanceUID: STUDY, findingId: 'f1', level: 'L3-L4', newId: 'copy' });
    expect(hand.document.findings.find((f) => f.id === 'copy')).toMatchObject({ level: 'L3-L4', rootCompromise: { root: 'L4' } });
  });

  it('refuses to copy a vertebral finding to a disc level, naming the field', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L4', type: 'schmorl-node' } });
    let error: unknown;
    try {
      copyFinding(s, { studyInstanceUID: STUDY, findingId: 'f1', level: 'L4-L5' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'level' }] });
    expect(openCase(s, STUDY).document.findings).toHaveLength(1);
  });

  it('reorders findings, refusing a list that is not every finding once', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: extrusion });
    addFinding(s, { studyInstanceUID: STUDY, finding: modic });
    expect(reorderFindings(s, { studyInstanceUID: STUDY, findingIds: ['f2', 'f1'] }).document.findings.map((f) => f.id)).toEqual(['f2', 'f1']);
    expect(() => reorderFindings(s, { studyInstanceUID: STUDY, findingIds: ['f2'] })).toThrow(/every finding/);
    expect(() => reorderFindings(s, { studyInstanceUID: STUDY, findingIds: ['f2', 'f2'] })).toThrow(/every finding/);
    expect(reorderFindings(s, { studyInstanceUID: STUDY, findingIds: ['f2', 'f1'] }).revision).toBe(3);
  });

  it('anchors a finding on an image and takes the anchor away', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: extrusion });
    const anchor = { seriesInstanceUID: '1.2.3', sopInstanceUID: '1.2.3.4', frame: 0, imagePoint: [120.5, 200] as [number, number], patientPoint: [1, 2, 3] as [number, number, number] };
    expect(setFindingAnchor(s, { studyInstanceUID: STUDY, findingId: 'f1', anchor }).document.findings[0]!.anchor).toEqual(anchor);
    expect(caseStore(s.db).findings.anchoredOn('1.2.3.4').map((f) => f.findingUid)).toEqual(['f1']);
    expect(setFindingAnchor(s, { studyInstanceUID: STUDY, findingId: 'f1', anchor: null }).document.findings[0]!.anchor).toBeUndefined();
  });

  it('a level marked normal loses the mark when a finding is added to it, and cannot be marked while it has findings', () => {
    const s = opened();
    expect(markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L4-L5', normal: true }).levels.find((l) => l.level === 'L4-L5')!.normal).toBe(true);
    const view = addFinding(s, { studyInstanceUID: STUDY, finding: extrusion });
    expect(view.levels.find((l) => l.level === 'L4-L5')!.normal).toBe(false);
    expect(() => markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L4-L5', normal: true })).toThrow(/has findings/);
    // A vertebral finding shows under the disc below its vertebra.
    markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L3-L4', normal: true });
    const withNode = addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'n1', level: 'L3', type: 'schmorl-node' } });
    expect(withNode.levels.find((l) => l.level === 'L3-L4')!.normal).toBe(false);
  });

  it('refuses changes to a case that was never opened', () => {
    const s = services();
    expect(() => addFinding(s, { studyInstanceUID: STUDY, finding: extrusion })).toThrow(/open it for reading first/);
  });
});
