// A stand-in for the 'electron' module in the main process, for running the real bundled entry
// (dist/main/app.mjs) under plain Node: it records what the entry asks of Electron, in order, and
// lets the harness fire 'ready' and 'will-quit'. Only the calls main.ts makes are implemented.
import { EventEmitter } from 'node:events';

export const calls: string[] = [];

type Handler = (request: Request) => Response | Promise<Response>;
type IpcListener = (event: unknown, ...args: unknown[]) => unknown;

export const protocolHandlers = new Map<string, Handler>();
export const ipcHandlers = new Map<string, IpcListener>();
export const windows: FakeBrowserWindow[] = [];
export const errorBoxes: string[] = [];

let markReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

class FakeApp extends EventEmitter {
  isPackaged = false;
  exitCode: number | null = null;
  quitRequested = false;
  setName(name: string) {
    calls.push(`app.setName ${name}`);
  }
  setPath(name: string, value: string) {
    calls.push(`app.setPath ${name} ${value}`);
  }
  requestSingleInstanceLock() {
    calls.push('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return ready;
  }
  quit() {
    this.quitRequested = true;
    calls.push('app.quit');
  }
  exit(code: number) {
    this.exitCode = code;
    calls.push(`app.exit ${code}`);
  }
  /** What Electron does when it is ready. */
  fireReady() {
    calls.push('ready');
    markReady();
  }
}

export const app = new FakeApp();

const fakeProtocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    calls.push(`protocol.registerSchemesAsPrivileged ${JSON.stringify(schemes)}`);
  },
  handle(scheme: string, handler: Handler) {
    calls.push(`protocol.handle ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
};
export const protocol = fakeProtocol;

export const session = {
  defaultSession: {
    protocol: fakeProtocol,
    setSpellCheckerEnabled(enabled: boolean) {
      calls.push(`session.setSpellCheckerEnabled ${enabled}`);
    },
  },
};

export const ipcMain = {
  handle(channel: string, listener: IpcListener) {
    calls.push(`ipcMain.handle ${channel}`);
    ipcHandlers.set(channel, listener);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown[]) => template,
  setApplicationMenu(template: unknown[]) {
    calls.push(`Menu.setApplicationMenu ${template.length}`);
  },
};

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new EventEmitter();
  loadedUrl: string | null = null;
  readonly options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    calls.push('new BrowserWindow');
    windows.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    calls.push(`loadURL ${url}`);
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {}
}
export const BrowserWindow = FakeBrowserWindow;

export const dialog = {
  showErrorBox(title: string, message: string) {
    errorBoxes.push(`${title}: ${message}`);
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};

export const shell = {
  openExternal: async (url: string) => {
    calls.push(`shell.openExternal ${url}`);
  },
};
