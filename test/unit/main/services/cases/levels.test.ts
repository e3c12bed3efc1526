import { describe, expect, it } from 'vitest';
import { addFinding } from '../../../../../main/services/cases/findings.ts';
import { markLevelNormal, setAnatomy, setLevels } from '../../../../../main/services/cases/levels.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

function opened() {
  const s = services();
  openCase(s, STUDY);
  return s;
}

const position = (z: number) => ({ patientPoint: [0, -20, z] as [number, number, number], seriesInstanceUID: '1.2.3', sopInstanceUID: '1.2.3.9', imagePoint: [256, 100 + z] as [number, number] });

describe('levels', () => {
  it('stores label positions for the viewer and keeps normal marks when they move', () => {
    const s = opened();
    markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L3-L4', normal: true });
    const view = setLevels(s, {
      studyInstanceUID: STUDY,
      levels: [
        { level: 'L5-S1', position: position(0), placedBy: 'user' },
        { level: 'L4-L5', position: position(35), placedBy: 'proposed' },
      ],
    });
    expect(view.levels.find((l) => l.level === 'L5-S1')).toEqual({ level: 'L5-S1', normal: false, position: position(0), placedBy: 'user' });
    expect(view.levels.find((l) => l.level === 'L3-L4')).toMatchObject({ normal: true, position: null });
    const moved = setLevels(s, { studyInstanceUID: STUDY, levels: [{ level: 'L3-L4', position: position(70), placedBy: 'user' }] });
    expect(moved.levels.find((l) => l.level === 'L5-S1')!.position).toBeNull();
    expect(moved.levels.find((l) => l.level === 'L3-L4')).toMatchObject({ normal: true, placedBy: 'user' });
    expect(() => setLevels(s, { studyInstanceUID: STUDY, levels: [{ level: 'L4-L5', position: position(1), placedBy: 'user' }, { level: 'L4-L5', position: position(2), placedBy: 'user' }] })).toThrow(/twice/);
  });

  it('unmarks a level, and marking it twice changes nothing', () => {
    const s = opened();
    expect(markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L2-L3', normal: true }).revision).toBe(1);
    expect(markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L2-L3', normal: true }).revision).toBe(1);
    const view = markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L2-L3', normal: false });
    expect(view.revision).toBe(2);
    expect(view.levels.every((l) => !l.normal)).toBe(true);
  });

  it('a sixth lumbar vertebra renames the lowest disc, moving what was recorded there', () => {
    const s = opened();
    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L5-S1', type: 'modic', modicType: '1' } });
    setLevels(s, { studyInstanceUID: STUDY, levels: [{ level: 'L5-S1', position: position(0), placedBy: 'user' }] });
    const six = setAnatomy(s, { studyInstanceUID: STUDY, anatomy: 'sixth-lumbar' });
    expect(six.anatomy).toBe('sixth-lumbar');
    expect(six.levels.map((l) => l.level)).toEqual(['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-L6', 'L6-S1']);
    expect(six.document.findings[0]!.level).toBe('L6-S1');
    expect(six.levels.find((l) => l.level === 'L6-S1')!.position).toEqual(position(0));
    expect(() => addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L5-S1', type: 'modic' } })).toThrow(/L6-S1/);

    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L5-L6', type: 'modic' } });
    expect(() => setAnatomy(s, { studyInstanceUID: STUDY, anatomy: 'standard' })).toThrow(/L5-L6/);
    expect(openCase(s, STUDY).anatomy).toBe('sixth-lumbar');
  });

  it('going back to five lumbar vertebrae renames L6-S1 to L5-S1; a sacralised L5 keeps the names', () => {
    const s = opened();
    setAnatomy(s, { studyInstanceUID: STUDY, anatomy: 'sixth-lumbar' });
    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L6-S1', type: 'modic' } });
    const back = setAnatomy(s, { studyInstanceUID: STUDY, anatomy: 'sacralised-l5' });
    expect(back.document.findings[0]!.level).toBe('L5-S1');
    expect(back.levels.map((l) => l.level).at(-1)).toBe('L5-S1');
    expect(setAnatomy(s, { studyInstanceUID: STUDY, anatomy: 'standard' }).document.findings[0]!.level).toBe('L5-S1');
  });
});
