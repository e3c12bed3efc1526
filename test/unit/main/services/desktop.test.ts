import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/handlers.ts';
import type { DesktopPort, Services } from '../../../../main/services/context.ts';
import { testServices } from '../../../helpers/services.ts';

function services(desktop?: DesktopPort): Services {
  return testServices({ transport: desktop ? 'electron' : 'preview', version: '1.0.0', desktop });
}

describe('desktop.chooseImportPaths', () => {
  it('answers unavailable where there is no desktop (the browser preview)', async () => {
    expect(await dispatch(services(), 'desktop.chooseImportPaths', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('returns what the native picker chose, asking for what the page wanted', async () => {
    const asked: string[] = [];
    const desktop: DesktopPort = {
      async chooseImportPaths(select) {
        asked.push(select);
        return select === 'files' ? ['/media/cdrom/DICOMDIR'] : [];
      },
      chooseExportFolder: async () => null,
    };
    expect(await dispatch(services(desktop), 'desktop.chooseImportPaths', { select: 'files' })).toEqual({ ok: true, value: { paths: ['/media/cdrom/DICOMDIR'] } });
    expect(await dispatch(services(desktop), 'desktop.chooseImportPaths', {})).toEqual({ ok: true, value: { paths: [] } });
    expect(asked).toEqual(['files', 'any']);
  });

  it('refuses an unknown selection before the picker opens', async () => {
    let opened = false;
    const desktop: DesktopPort = {
      async chooseImportPaths() {
        opened = true;
        return [];
      },
      chooseExportFolder: async () => null,
    };
    expect(await dispatch(services(desktop), 'desktop.chooseImportPaths', { select: 'everything' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(opened).toBe(false);
  });
});

describe('desktop.chooseExportFolder', () => {
  it('answers unavailable in the browser preview, and the chosen folder (or null) in the desktop app', async () => {
    expect(await dispatch(services(), 'desktop.chooseExportFolder', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    let answer: string | null = '/research/export-1';
    const desktop: DesktopPort = { chooseImportPaths: async () => [], chooseExportFolder: async () => answer };
    expect(await dispatch(services(desktop), 'desktop.chooseExportFolder', {})).toEqual({ ok: true, value: { path: '/research/export-1' } });
    answer = null;
    expect(await dispatch(services(desktop), 'desktop.chooseExportFolder', {})).toEqual({ ok: true, value: { path: null } });
  });
});
