import { describe, expect, it } from 'vitest';
import { imageToPatient, patientToImage, planeOf, signedDistance } from '../../../../renderer/viewer/geometry/image-plane.ts';
import { nearestSliceThrough, sliceSpacing } from '../../../../renderer/viewer/geometry/nearest-slice.ts';
import { referenceLine } from '../../../../renderer/viewer/geometry/reference-line.ts';
import { SPINE } from '../../../fixtures/phantom/geometry.ts';
import { seriesPlanes } from './phantom-planes.ts';

const sagittal = seriesPlanes('sagT2');
const axial = seriesPlanes('axT2');
const midline = sagittal[7]!;

describe('image planes', () => {
  it('puts ImagePositionPatient at the centre of the first pixel, (0.5, 0.5), and maps points both ways', () => {
    expect(imageToPatient(midline, [0.5, 0.5])).toEqual(midline.origin);
    const p = imageToPatient(midline, [100.25, 37.5]);
    const back = patientToImage(midline, p);
    expect(back[0]).toBeCloseTo(100.25, 9);
    expect(back[1]).toBeCloseTo(37.5, 9);
    expect(signedDistance(midline, p)).toBeCloseTo(0, 9);
  });

  it('uses PixelSpacing as [between rows, between columns]', () => {
    const plane = planeOf({ imagePosition: [0, 0, 0], imageOrientation: [1, 0, 0, 0, 1, 0], pixelSpacing: [2, 0.5], rows: 10, columns: 10 })!;
    expect(imageToPatient(plane, [1.5, 1.5])).toEqual([0.5, 2, 0]);
  });

  it('refuses missing or degenerate geometry', () => {
    expect(planeOf({ imagePosition: null, imageOrientation: [1, 0, 0, 0, 1, 0], pixelSpacing: [1, 1], rows: 2, columns: 2 })).toBeNull();
    expect(planeOf({ imagePosition: [0, 0, 0], imageOrientation: [1, 0, 0, 1, 0, 0], pixelSpacing: [1, 1], rows: 2, columns: 2 })).toBeNull();
    expect(planeOf({ imagePosition: [0, 0, 0], imageOrientation: [1, 0, 0, 0, 1, 0], pixelSpacing: [0, 1], rows: 2, columns: 2 })).toBeNull();
  });
});

describe('reference lines', () => {
  it('draws an axial slice on the midline sagittal as a horizontal line at its height, as wide as both images overlap', () => {
    const slice = axial[10]!;
    const line = referenceLine(slice, midline)!;
    expect(line).not.toBeNull();
    const [a, b] = line.map((p) => patientToImage(midline, p));
    expect(a![1]).toBeCloseTo(b![1], 6);
    // Same height as the slice: patient z maps to the row.
    const z = slice.origin[2];
    expect(patientToImage(midline, [0, 0, z])[1]).toBeCloseTo(a![1], 6);
    // The axial field of view (200 mm, centred at y = 15) is narrower than the sagittal one (280 mm): the line spans y from -85 to 115.
    const ys = line.map((p) => p[1]).sort((m, n) => m - n);
    expect(ys[0]).toBeCloseTo(15 - 100, 0);
    expect(ys[1]).toBeCloseTo(15 + 100, 0);
  });

  it('moves with the slice: the next axial slice is one slice gap higher on the sagittal', () => {
    const rowOf = (i: number) => patientToImage(midline, referenceLine(axial[i]!, midline)![0])[1];
    expect((rowOf(10) - rowOf(11)) * midline.rowSpacing).toBeCloseTo(4, 6);
  });

  it('draws the sagittal slice on the axial as a vertical line at its left-right position', () => {
    const line = referenceLine(sagittal[3]!, axial[10]!)!;
    const [a, b] = line.map((p) => patientToImage(axial[10]!, p));
    expect(a![0]).toBeCloseTo(b![0], 6);
    expect(line[0][0]).toBeCloseTo(sagittal[3]!.origin[0], 6);
  });

  it('draws nothing for parallel images or images that do not meet', () => {
    expect(referenceLine(sagittal[2]!, midline)).toBeNull();
    const above = { ...axial[0]!, origin: [axial[0]!.origin[0], axial[0]!.origin[1], 500] as const };
    expect(referenceLine(above, midline)).toBeNull();
  });
});

describe('nearest slice through a point', () => {
  it('finds the axial slice through a disc centre on the sagittal image', () => {
    const disc = SPINE.discs.find((d) => d.level === 'L4-L5')!.center;
    const hit = nearestSliceThrough(disc, axial, 4)!;
    expect(hit.distanceMm).toBeLessThanOrEqual(2);
    expect(Math.abs(axial[hit.index]!.origin[2] - disc[2])).toBeLessThanOrEqual(2);
  });

  it('finds none when the point is beyond the stack or outside its images', () => {
    expect(nearestSliceThrough([0, 15, 200], axial, 4)).toBeNull();
    expect(nearestSliceThrough([0, 400, axial[5]!.origin[2]], axial, 4)).toBeNull();
  });

  it('measures the stack spacing', () => {
    expect(sliceSpacing(axial)).toBeCloseTo(4, 6);
    expect(sliceSpacing([axial[0]!])).toBeNull();
  });
});
