import { describe, expect, it } from 'vitest';
import { axialLevelOf, describeAxialLevel } from '../../../../renderer/viewer/levels/axial-level.ts';
import { labelledDiscs, lumbosacralDisc, relabelForAnatomy, type LevelMark } from '../../../../renderer/viewer/levels/level-marks.ts';
import { SPINE } from '../../../fixtures/phantom/geometry.ts';
import { seriesPlanes } from './phantom-planes.ts';

const mark = (level: LevelMark['level'], z: number, placedBy: LevelMark['placedBy'] = 'proposed'): LevelMark => ({ level, position: { patientPoint: [0, 0, z] }, placedBy });
const phantomMarks = (): LevelMark[] =>
  SPINE.discs.filter((d) => d.level !== 'S1-S2').map((d) => ({ level: d.level as LevelMark['level'], position: { patientPoint: [...d.center] }, placedBy: 'user' }));

describe('level names and transitional anatomy', () => {
  it('labels T12-L1 down to L5-S1, or to L6-S1 with a sixth lumbar vertebra', () => {
    expect(labelledDiscs('standard')).toEqual(['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']);
    expect(labelledDiscs('sacralised-l5')).toEqual(labelledDiscs('standard'));
    expect(lumbosacralDisc('sixth-lumbar')).toBe('L6-S1');
  });

  it('renames the same discs counting up from the sacrum when the count shifts, and back', () => {
    const marks = [mark('L3-L4', 0), mark('L4-L5', -35), mark('L5-S1', -70, 'user')];
    const six = relabelForAnatomy(marks, 'standard', 'sixth-lumbar');
    expect(six.map((m) => [m.level, m.position.patientPoint[2], m.placedBy])).toEqual([
      ['L4-L5', 0, 'proposed'],
      ['L5-L6', -35, 'proposed'],
      ['L6-S1', -70, 'user'],
    ]);
    expect(relabelForAnatomy(six, 'sixth-lumbar', 'standard')).toEqual(marks);
    expect(relabelForAnatomy(marks, 'standard', 'sacralised-l5')).toEqual(marks);
  });

  it('drops a disc that has no name left when the count shrinks', () => {
    const six = labelledDiscs('sixth-lumbar').map((level, i) => mark(level, -35 * i));
    const five = relabelForAnatomy(six, 'sixth-lumbar', 'standard');
    expect(five.map((m) => m.level)).toEqual(labelledDiscs('standard'));
    expect(five[0]!.position.patientPoint[2]).toBe(-35);
  });
});

describe('the level an axial slice cuts', () => {
  const axial = seriesPlanes('axT2');
  const at = (z: number) => ({ ...axial[0]!, origin: [axial[0]!.origin[0], axial[0]!.origin[1], z] as const });
  const discZ = (level: string) => SPINE.discs.find((d) => d.level === level)!.center[2];

  it('names the disc a slice passes through', () => {
    expect(axialLevelOf(at(discZ('L4-L5') + 1), phantomMarks())).toEqual({ kind: 'disc', level: 'L4-L5' });
    expect(describeAxialLevel({ kind: 'disc', level: 'L4-L5' })).toBe('L4–L5 disc');
  });

  it('says between which discs a slice through a vertebral body lies', () => {
    const z = (discZ('L3-L4') + discZ('L4-L5')) / 2;
    expect(axialLevelOf(at(z), phantomMarks())).toEqual({ kind: 'between', above: 'L3-L4', below: 'L4-L5' });
    expect(describeAxialLevel(axialLevelOf(at(z), phantomMarks()))).toBe('between L3–L4 and L4–L5');
  });

  it('says a slice is above or below every labelled disc, or that nothing is labelled', () => {
    expect(axialLevelOf(at(discZ('T12-L1') + 20), phantomMarks())).toEqual({ kind: 'above', level: 'T12-L1' });
    expect(axialLevelOf(at(discZ('L5-S1') - 20), phantomMarks())).toEqual({ kind: 'below', level: 'L5-S1' });
    expect(axialLevelOf(at(0), [])).toEqual({ kind: 'unlabelled' });
  });

  it('judges an angled slice by its own plane', () => {
    // Tilted 14.5° like the L5-S1 disc and passing through its centre: still that disc, though its
    // z differs from the centre's away from the midline.
    const tilt = (14.5 * Math.PI) / 180;
    const centre = SPINE.discs.find((d) => d.level === 'L5-S1')!.center;
    const plane = { ...axial[0]!, rowDirection: [1, 0, 0] as const, columnDirection: [0, Math.cos(tilt), Math.sin(tilt)] as const, normal: [0, -Math.sin(tilt), Math.cos(tilt)] as const, origin: [centre[0] - 100, centre[1] - 100 * Math.cos(tilt), centre[2] - 100 * Math.sin(tilt)] as const };
    expect(axialLevelOf(plane, phantomMarks())).toEqual({ kind: 'disc', level: 'L5-S1' });
  });
});
