// The demo phantom's image planes as the viewer sees them (from the index's columns), and its
// midline sagittal slices rendered in memory, for the viewer's pure geometry and level logic.
import { planeOf, type ImagePlane } from '../../../../renderer/viewer/geometry/image-plane.ts';
import type { ImagePlane as PhantomPlane } from '../../../fixtures/phantom/render-slice.ts';
import { renderSlice } from '../../../fixtures/phantom/render-slice.ts';
import { DEMO_SERIES, type DemoSeriesKey } from '../../../fixtures/phantom/series-plan.ts';

export function viewerPlane(p: PhantomPlane): ImagePlane {
  const plane = planeOf({
    imagePosition: [...p.origin],
    imageOrientation: [...p.rowDirection, ...p.columnDirection],
    pixelSpacing: [p.spacing, p.spacing],
    rows: p.rows,
    columns: p.columns,
  });
  if (!plane) throw new Error('degenerate phantom plane');
  return plane;
}

export function seriesPlanes(key: DemoSeriesKey): ImagePlane[] {
  return DEMO_SERIES.find((s) => s.key === key)!.planes.map(viewerPlane);
}

/** The midline slice (x = 0) of a sagittal series, rendered. */
export function midlineSagittal(key: 'sagT1' | 'sagT2'): { plane: ImagePlane; pixels: Uint16Array } {
  const series = DEMO_SERIES.find((s) => s.key === key)!;
  const index = series.planes.findIndex((p) => Math.abs(p.origin[0]) < 1e-6);
  const phantomPlane = series.planes[index]!;
  return { plane: viewerPlane(phantomPlane), pixels: renderSlice(phantomPlane, series.weighting, 1234) };
}
