import { describe, expect, it } from 'vitest';
import { imageToPatient, patientToImage } from '../../../../renderer/viewer/geometry/image-plane.ts';
import { distance } from '../../../../renderer/viewer/geometry/vec3.ts';
import { proposeDiscLevels } from '../../../../renderer/viewer/levels/propose-levels.ts';
import { SPINE } from '../../../fixtures/phantom/geometry.ts';
import { midlineSagittal } from './phantom-planes.ts';

const discCentre = (level: string) => SPINE.discs.find((d) => d.level === level)!.center;

describe('proposing disc levels from one marked disc', () => {
  for (const key of ['sagT2', 'sagT1'] as const) {
    it(`finds every lumbar disc of the phantom on the ${key} midline within 3 mm, from L5-S1 marked 3 mm off its centre`, () => {
      const image = midlineSagittal(key);
      const centre = patientToImage(image.plane, discCentre('L5-S1'));
      const marked: [number, number] = [centre[0] + 2 / image.plane.columnSpacing, centre[1] - 2 / image.plane.rowSpacing];
      const proposals = proposeDiscLevels(image, { level: 'L5-S1', imagePoint: marked }, 'standard');
      expect(proposals.map((p) => p.level)).toEqual(['L4-L5', 'L3-L4', 'L2-L3', 'L1-L2', 'T12-L1']);
      for (const p of proposals) {
        const error = distance(imageToPatient(image.plane, p.imagePoint), discCentre(p.level));
        expect({ level: p.level, within3mm: error <= 3, fromImage: p.fromImage }).toEqual({ level: p.level, within3mm: true, fromImage: true });
      }
    });
  }

  it('does better than the typical spacing alone (which misses the phantom discs by more)', () => {
    const image = midlineSagittal('sagT2');
    const marked = patientToImage(image.plane, discCentre('L5-S1'));
    const proposals = proposeDiscLevels({ ...image, pixels: new Uint16Array(image.pixels.length) }, { level: 'L5-S1', imagePoint: marked }, 'standard');
    expect(proposals.every((p) => !p.fromImage)).toBe(true);
    const worst = Math.max(...proposals.map((p) => distance(imageToPatient(image.plane, p.imagePoint), discCentre(p.level))));
    expect(worst).toBeGreaterThan(5);
  });

  it('proposes the discs above and below a disc marked in the middle', () => {
    const image = midlineSagittal('sagT2');
    const marked = patientToImage(image.plane, discCentre('L3-L4'));
    const proposals = proposeDiscLevels(image, { level: 'L3-L4', imagePoint: marked }, 'standard');
    expect(proposals.map((p) => p.level).sort()).toEqual(['L1-L2', 'L2-L3', 'L4-L5', 'L5-S1', 'T12-L1']);
    for (const p of proposals) expect(distance(imageToPatient(image.plane, p.imagePoint), discCentre(p.level))).toBeLessThanOrEqual(3);
  });

  it('names the discs for six lumbar vertebrae when the case says so', () => {
    const image = midlineSagittal('sagT2');
    const marked = patientToImage(image.plane, discCentre('L5-S1'));
    const proposals = proposeDiscLevels(image, { level: 'L6-S1', imagePoint: marked }, 'sixth-lumbar');
    expect(proposals.map((p) => p.level)).toEqual(['L5-L6', 'L4-L5', 'L3-L4', 'L2-L3', 'L1-L2', 'T12-L1']);
  });

  it('stops at the edge of the image', () => {
    const image = midlineSagittal('sagT2');
    const nearTop: [number, number] = [128, 30];
    const proposals = proposeDiscLevels(image, { level: 'L5-S1', imagePoint: nearTop }, 'standard');
    expect(proposals.length).toBeLessThan(2);
  });
});
