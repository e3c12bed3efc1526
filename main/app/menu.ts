import type { MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../services/paths.ts';

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu. Reload and DevTools exist only in development builds. */
export function applicationMenuTemplate(options: { platform: NodeJS.Platform; packaged: boolean }): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [
        { role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { role: 'forceReload', accelerator: 'CmdOrCtrl+Shift+R' },
        { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
        separator,
      ];
  return [
    ...(isMac
      ? [
          {
            label: PRODUCT_NAME,
            submenu: [{ role: 'about' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit', accelerator: 'Cmd+Q' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: '&File', submenu: [isMac ? { role: 'close', accelerator: 'Cmd+W' } : { role: 'quit', accelerator: 'Ctrl+Q' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        separator,
        { role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...development,
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        separator,
        { role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
      ],
    },
    { label: '&Window', submenu: [{ role: 'minimize', accelerator: 'CmdOrCtrl+M' }, ...(isMac ? [{ role: 'zoom' } as const] : [])] },
    { label: '&Help', submenu: [{ role: 'about', label: `About ${PRODUCT_NAME}` }] },
  ];
}
