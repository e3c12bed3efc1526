import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../../main/app/menu.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function roles(template: MenuItemConstructorOptions[]): string[] {
  return items(template).flatMap((item) => (item.role ? [item.role] : []));
}

describe('applicationMenuTemplate', () => {
  it('offers reload and DevTools only in development', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(roles(applicationMenuTemplate({ platform, packaged: true }))).not.toEqual(expect.arrayContaining(['toggleDevTools']));
      expect(roles(applicationMenuTemplate({ platform, packaged: true }))).not.toContain('reload');
      expect(roles(applicationMenuTemplate({ platform, packaged: false }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    }
  });

  it('gives quit, editing and zoom their keyboard accelerators', () => {
    const linux = items(applicationMenuTemplate({ platform: 'linux', packaged: true }));
    const accelerator = (role: string) => linux.find((item) => item.role === role)?.accelerator;
    expect(accelerator('quit')).toBe('Ctrl+Q');
    expect(accelerator('copy')).toBe('CmdOrCtrl+C');
    expect(accelerator('paste')).toBe('CmdOrCtrl+V');
    expect(accelerator('undo')).toBe('CmdOrCtrl+Z');
    expect(accelerator('zoomIn')).toBe('CmdOrCtrl+Plus');
    expect(accelerator('togglefullscreen')).toBe('F11');
  });

  it('puts the app menu first on macOS only', () => {
    expect(applicationMenuTemplate({ platform: 'darwin', packaged: true })[0]!.label).toBe('SpineCorrelate');
    expect(applicationMenuTemplate({ platform: 'linux', packaged: true })[0]!.label).toBe('&File');
  });
});
