// The Electron main process: bundled by scripts/build.ts into dist/main/app.mjs (package.json
// "main"). Everything with logic lives in small modules beside this one and is unit-tested
// without Electron; this file only wires them to Electron's objects, in the order Electron needs.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result.ts';
import type { Services } from '../services/context.ts';
import { closeServices, createServices } from '../services/create-services.ts';
import { createLogger, describeErrorSafely } from '../services/log.ts';
import { PRODUCT_NAME, rendererBuildDir } from '../services/paths.ts';
import { APP_ENTRY_URL } from './app-origin.ts';
import { createDesktopPort } from './desktop.ts';
import { registerRpc } from './ipc.ts';
import { dataDirFromArgv } from './launch-options.ts';
import { applicationMenuTemplate } from './menu.ts';
import { blockFileScheme, handleAppScheme, registerAppSchemePrivileges } from './protocol/register.ts';
import { applySecurityRules } from './security/index.ts';
import { mainWindowOptions } from './window-options.ts';

const PRELOAD_PATH = path.join(import.meta.dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

function start(): void {
  app.setName(PRODUCT_NAME);
  let dataDir: string;
  try {
    dataDir = dataDirFromArgv(process.argv);
  } catch (error) {
    return failToStart(error);
  }
  // Before the lock: Electron keys the single-instance lock on the user-data folder, so a second
  // launch on the same data focuses the open window while another --data-dir may run beside it.
  app.setPath('userData', dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  registerAppSchemePrivileges(protocol);
  app.on('web-contents-created', (_event, contents) => applySecurityRules(contents, (url) => shell.openExternal(url)));
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutDown);
  process.once('SIGINT', () => app.quit());
  process.once('SIGTERM', () => app.quit());

  app
    .whenReady()
    .then(() => onReady(dataDir))
    .catch(failToStart);
}

function onReady(dataDir: string): void {
  const log = createLogger(logWriter(dataDir, !app.isPackaged));
  services = createServices({ dataDir, transport: 'electron', log, desktop: createDesktopPort(dialog, () => mainWindow) });
  log.info('app-start', { version: services.version, packaged: app.isPackaged });

  const { protocol: sessionProtocol } = session.defaultSession;
  handleAppScheme(sessionProtocol, { rendererDir: rendererBuildDir, db: services.db });
  blockFileScheme(sessionProtocol);
  session.defaultSession.setSpellCheckerEnabled(false);
  registerRpc(ipcMain, services);
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, packaged: app.isPackaged })));

  const window = new BrowserWindow(mainWindowOptions({ preloadPath: PRELOAD_PATH, packaged: app.isPackaged }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  window.webContents.once('did-fail-load', (_event, errorCode) => {
    log.warn('window-load-failed', { errorCode });
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => log.warn('renderer-gone', { reason: details.reason, exitCode: details.exitCode }));
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log.error('window-load-failed', error));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Closes the database once, whichever way the app is leaving. */
function shutDown(): void {
  if (!services) return;
  services.log.info('app-quit');
  closeServices(services);
  services = null;
}

/**
 * The log goes to <data>/logs/main.log (and to stderr in development); it holds events and
 * counts, never patient data.
 */
function logWriter(dataDir: string, toConsole: boolean): (line: string) => void {
  const file = path.join(dataDir, 'logs', 'main.log');
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    // Logging is best effort: a read-only data folder fails visibly at the database instead.
  }
  return (line) => {
    if (toConsole) process.stderr.write(`${line}\n`);
    try {
      fs.appendFileSync(file, `${line}\n`);
    } catch {
      // A full or read-only disk must not take the app down with it.
    }
  };
}

/** A start-up failure is shown in words (e.g. a database from a newer version), never as a stack. */
function failToStart(error: unknown): void {
  const message = error instanceof AppError ? error.message : `SpineCorrelate could not start (${describeErrorSafely(error)}).`;
  dialog.showErrorBox(`${PRODUCT_NAME} cannot start`, message);
  if (services) shutDown();
  app.exit(1);
}

start();
