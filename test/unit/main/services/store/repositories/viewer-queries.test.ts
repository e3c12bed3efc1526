import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../../main/handlers.ts';
import { openDatabase, openMemoryDatabase, type Db } from '../../../../../../main/services/store/database.ts';
import { seriesImages, SERIES_IMAGE_QUERIES } from '../../../../../../main/services/store/repositories/series-images.ts';
import { listStudies } from '../../../../../../main/services/store/repositories/study-list.ts';
import { saveViewerLayout, VIEWER_LAYOUT_QUERIES, viewerLayoutOf } from '../../../../../../main/services/store/repositories/viewer-layouts.ts';
import type { ViewerLayout } from '../../../../../../shared/ipc/channels/viewer.ts';
import { testServices } from '../../../../../helpers/services.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';
import { demoStudy, importHere } from '../../dicom/import-helpers.ts';

const tempDir = useTempDir();

function plan(db: Db, sql: string, ...params: unknown[]): string {
  return db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => (row as { detail: string }).detail)
    .join('\n');
}

describe('viewer.series: a series for the viewer', () => {
  it('lists the images of each demo series in spatial order with their geometry, whatever the file names and instance numbers', async () => {
    const demo = demoStudy();
    const db = openDatabase(tempDir());
    await importHere(db, [demo.studyDir]);
    const study = listStudies(db)[0]!.studies[0]!;
    for (const summary of study.series) {
      const series = seriesImages(db, summary.id);
      const expected = demo.manifest.series.find((s) => s.seriesInstanceUid === series.seriesInstanceUID)!;
      expect(series.images.map((i) => i.sopInstanceUID)).toEqual(expected.instances.map((i) => i.sopInstanceUid));
      expect(series.frameOfReferenceUID).toBe(demo.manifest.study.frameOfReferenceUid);
      expect(series.plane).toBe(expected.plane);
      const first = series.images[0]!;
      expect(first.imagePosition).toEqual(expected.instances[0]!.imagePositionPatient);
      expect(first.imageOrientation).toEqual(expected.imageOrientationPatient);
      expect(first.pixelSpacing).toEqual([expected.pixelSpacing, expected.pixelSpacing]);
      expect([first.rows, first.columns, first.frames]).toEqual([expected.rows, expected.columns, 1]);
      expect([first.windowCenter, first.windowWidth]).toEqual([expected.windowCenter, expected.windowWidth]);
    }
    db.close();
  });

  it('answers an unknown series with a not-found error in words', async () => {
    const result = await dispatch(testServices(), 'viewer.series', { seriesId: 12345 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/series/) } });
  });

  it('reads a series in slice order from the index, without sorting', () => {
    const db = openMemoryDatabase();
    const lines = plan(db, SERIES_IMAGE_QUERIES.images, 1, 'image');
    expect(lines).toMatch(/SEARCH instances USING INDEX instances_in_slice_order \(series_ref=\?\)/);
    expect(lines).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, SERIES_IMAGE_QUERIES.series, 1)).toMatch(/USING INTEGER PRIMARY KEY/);
  });
});

describe('viewer.layout: the layout remembered per study', () => {
  const layout: ViewerLayout = { grid: '2x2', viewports: ['1.2.3.1', null, '1.2.3.4', '1.2.3.1'] };

  it('saves, replaces and reads back a layout through the contract', async () => {
    const services = testServices();
    expect(await dispatch(services, 'viewer.layout', { studyInstanceUID: '1.2.3' })).toEqual({ ok: true, value: null });
    expect(await dispatch(services, 'viewer.saveLayout', { studyInstanceUID: '1.2.3', layout })).toEqual({ ok: true, value: { saved: true } });
    const next: ViewerLayout = { grid: '1x1', viewports: ['9.9', null, null, null] };
    await dispatch(services, 'viewer.saveLayout', { studyInstanceUID: '1.2.3', layout: next });
    expect(await dispatch(services, 'viewer.layout', { studyInstanceUID: '1.2.3' })).toEqual({ ok: true, value: next });
    expect(await dispatch(services, 'viewer.layout', { studyInstanceUID: '4.5.6' })).toEqual({ ok: true, value: null });
  });

  it('refuses a layout that is not one of the grids or has the wrong number of slots', async () => {
    const services = testServices();
    expect(await dispatch(services, 'viewer.saveLayout', { studyInstanceUID: '1', layout: { grid: '3x3', viewports: [null, null, null, null] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch(services, 'viewer.saveLayout', { studyInstanceUID: '1', layout: { grid: '1x1', viewports: [null] } })).toMatchObject({ ok: false });
  });

  it('treats a stored layout that no longer parses as none', () => {
    const db = openMemoryDatabase();
    db.prepare("INSERT INTO viewer_layouts VALUES ('1', '{\"grid\":\"5x5\"}', 'now'), ('2', 'not json', 'now')").run();
    expect(viewerLayoutOf(db, '1')).toBeNull();
    expect(viewerLayoutOf(db, '2')).toBeNull();
    saveViewerLayout(db, '1', layout);
    expect(viewerLayoutOf(db, '1')).toEqual(layout);
    expect(plan(db, VIEWER_LAYOUT_QUERIES.get, '1')).toMatch(/USING INDEX sqlite_autoindex_viewer_layouts_1/);
  });
});
