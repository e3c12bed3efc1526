import { describe, expect, it } from 'vitest';
import { assignSeries, hangingProtocol, resolveLayout } from '../../../../renderer/viewer/layout/hanging-protocol.ts';

type S = Parameters<typeof hangingProtocol>[0][number];
const series = (uid: string, plane: S['plane'], weighting: S['weighting'], sliceCount = 15, number: number | null = null, isImage = true): S => ({
  seriesInstanceUID: uid,
  plane,
  weighting,
  sliceCount,
  number,
  isImage,
});

describe('hanging protocol', () => {
  it('hangs sagittal T2, sagittal T1 and axial T2 side by side, whatever order the series come in', () => {
    const layout = hangingProtocol([series('ax', 'axial', 'T2'), series('t1', 'sagittal', 'T1'), series('loc', 'unknown', 'other', 3), series('t2', 'sagittal', 'T2')]);
    expect(layout).toEqual({ grid: '1x3', viewports: ['t2', 't1', 'ax', 'loc'] });
  });

  it('takes STIR when there is no sagittal T1', () => {
    expect(hangingProtocol([series('stir', 'sagittal', 'STIR'), series('t2', 'sagittal', 'T2'), series('ax', 'axial', 'T2')]).viewports.slice(0, 3)).toEqual(['t2', 'stir', 'ax']);
  });

  it('prefers the fuller series of two candidates, then the lower number', () => {
    const layout = hangingProtocol([series('short', 'axial', 'T2', 5, 3), series('full', 'axial', 'T2', 30, 7), series('t2b', 'sagittal', 'T2', 15, 9), series('t2a', 'sagittal', 'T2', 15, 2)]);
    expect(layout.viewports[0]).toBe('t2a');
    expect(layout.viewports[2]).toBe('full');
    // The second sagittal T2 fills the T1 slot rather than leaving it empty.
    expect(layout.viewports[1]).toBe('t2b');
  });

  it('shrinks the grid for studies with fewer series and never hangs a non-image series', () => {
    expect(hangingProtocol([series('sr', 'unknown', 'other', 0, 99, false), series('t2', 'sagittal', 'T2')])).toEqual({ grid: '1x1', viewports: ['t2', null, null, null] });
    expect(hangingProtocol([series('a', 'axial', 'T1'), series('b', 'coronal', 'other')]).grid).toBe('1x2');
    expect(hangingProtocol([])).toEqual({ grid: '1x1', viewports: [null, null, null, null] });
  });
});

describe('remembered layouts', () => {
  const study = [series('t2', 'sagittal', 'T2'), series('t1', 'sagittal', 'T1'), series('ax', 'axial', 'T2'), series('ax1', 'axial', 'T1')];

  it('reopens a study with the layout the reader left', () => {
    const saved = { grid: '2x2' as const, viewports: ['ax', 't2', 'ax1', 't1'] };
    expect(resolveLayout(saved, study)).toEqual(saved);
  });

  it('replaces a remembered series that is gone with the protocol choice for that slot', () => {
    expect(resolveLayout({ grid: '1x3', viewports: ['gone', 't1', 'ax', null] }, study)).toEqual({ grid: '1x3', viewports: ['t2', 't1', 'ax', 'ax1'] });
  });

  it('falls back to the protocol when nothing was saved, and drops a series into a slot', () => {
    const layout = resolveLayout(null, study);
    expect(layout.grid).toBe('1x3');
    expect(assignSeries(layout, 0, 'ax1').viewports).toEqual(['ax1', 't1', 'ax', 'ax1']);
  });
});
