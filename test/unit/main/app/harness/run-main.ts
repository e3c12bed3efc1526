// Runs the real Electron entry bundle under plain Node with 'electron' resolved to
// fake-electron-main.ts, drives it through start-up and shutdown, and prints what happened as
// JSON. Usage: node run-main.ts <app.mjs> <repo root> <data dir>
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as FakeElectron from './fake-electron-main.ts';

const [bundle, repoRoot, dataDir] = process.argv.slice(2) as [string, string, string];
const fakeUrl = new URL('./fake-electron-main.ts', import.meta.url).href;
const repoUrl = pathToFileURL(path.join(repoRoot, 'package.json')).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: fakeUrl, shortCircuit: true };
    // The bundle sits in a temp folder; its one real dependency comes from the repository.
    if (specifier === 'better-sqlite3') return nextResolve(specifier, { ...context, parentURL: repoUrl });
    return nextResolve(specifier, context);
  },
});

const fake = (await import(fakeUrl)) as typeof FakeElectron;
process.argv.push(`--data-dir=${dataDir}`);
await import(pathToFileURL(bundle).href);

const contents = Object.assign(new EventEmitter(), {
  setWindowOpenHandler: () => fake.calls.push('contents.setWindowOpenHandler'),
  session: {
    setPermissionRequestHandler: () => fake.calls.push('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: () => fake.calls.push('session.setPermissionCheckHandler'),
    setDevicePermissionHandler: () => fake.calls.push('session.setDevicePermissionHandler'),
  },
});
fake.app.emit('web-contents-created', {}, contents);

fake.app.fireReady();
// main.ts subscribed to whenReady() first, so its start-up has run once this resolves.
await fake.app.whenReady();
await new Promise((resolve) => setImmediate(resolve));

const appHandler = fake.protocolHandlers.get('app');
const page = appHandler ? await appHandler(new Request('app://spinecorrelate/')) : null;
const fileHandler = fake.protocolHandlers.get('file');
const fileAnswer = fileHandler ? await fileHandler(new Request('file:///etc/passwd')) : null;
const rpc = fake.ipcHandlers.get('spine:rpc');
const appFrame = { url: 'app://spinecorrelate/', parent: null };
const appInfo = rpc ? await rpc({ senderFrame: appFrame }, 'app.info', {}) : null;
const foreignCall = rpc ? await rpc({ senderFrame: { url: 'https://example.com/', parent: null } }, 'app.info', {}) : null;
const window = fake.windows[0];
const preload = (window?.options.webPreferences as { preload?: string } | undefined)?.preload;
const walFile = path.join(dataDir, 'spinecorrelate.sqlite-wal');
const walBeforeQuit = fs.existsSync(walFile);
fake.app.emit('will-quit');

process.stdout.write(
  JSON.stringify({
    calls: fake.calls,
    errorBoxes: fake.errorBoxes,
    navigationListeners: ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview'].map((name) => contents.listenerCount(name)),
    page: page && { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() },
    fileStatus: fileAnswer?.status ?? null,
    appInfo,
    foreignCall,
    windowOptions: window?.options ?? null,
    preloadExists: typeof preload === 'string' && fs.existsSync(preload),
    loadedUrl: window?.loadedUrl ?? null,
    walBeforeQuit,
    walAfterQuit: fs.existsSync(walFile),
    logExists: fs.existsSync(path.join(dataDir, 'logs', 'main.log')),
  }),
);
