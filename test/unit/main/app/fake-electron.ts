// Fakes of the few Electron objects the security rules and the IPC adapter act on. Plain
// EventEmitters that emit events with the same arguments Electron 45 passes; the rules under
// test are the real ones. (Electron itself cannot load in a unit test: see toolchain.md.)
import { EventEmitter } from 'node:events';
import type { HandlerDetails, Session, WebContents, WebFrameMain, WindowOpenHandlerResponse } from 'electron';

export interface FakeEvent {
  url: string;
  isMainFrame: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function fakeEvent(url: string, isMainFrame: boolean): FakeEvent {
  return {
    url,
    isMainFrame,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0];

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  devicePermissionHandler: DevicePermissionHandler = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }

  /** What a page asking for `permission` would get; 'unanswered' when no handler is set. */
  request(permission: string, requestingUrl: string): Promise<boolean | 'unanswered'> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve('unanswered');
    return new Promise((resolve) => {
      handler(null as unknown as WebContents, permission as never, resolve, { isMainFrame: true, requestingUrl });
    });
  }

  check(permission: string, requestingOrigin: string): boolean | 'unanswered' {
    const handler = this.permissionCheckHandler;
    if (!handler) return 'unanswered';
    return handler(null, permission as never, requestingOrigin, { isMainFrame: true, requestingUrl: requestingOrigin });
  }

  asSession(): Session {
    return this as unknown as Session;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Emits 'will-navigate' as Electron does; true when a listener cancelled it. */
  willNavigate(url: string): boolean {
    const event = fakeEvent(url, true);
    this.emit('will-navigate', event, url, false, true, 1, 1);
    return event.defaultPrevented;
  }

  willRedirect(url: string): boolean {
    const event = fakeEvent(url, true);
    this.emit('will-redirect', event, url, false, true, 1, 1);
    return event.defaultPrevented;
  }

  willFrameNavigate(url: string, isMainFrame: boolean): boolean {
    const event = fakeEvent(url, isMainFrame);
    this.emit('will-frame-navigate', event);
    return event.defaultPrevented;
  }

  willAttachWebview(src: string): boolean {
    const event = fakeEvent(src, false);
    this.emit('will-attach-webview', event, {}, { src });
    return event.defaultPrevented;
  }

  /** What `window.open(url)` would get; 'unanswered' when no handler is set (Electron would allow). */
  windowOpen(url: string): WindowOpenHandlerResponse | 'unanswered' {
    if (!this.windowOpenHandler) return 'unanswered';
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'no-referrer' } });
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

/** A frame as `event.senderFrame` presents it: its URL and its parent (null for a main frame). */
export function fakeFrame(url: string, parent: WebFrameMain | null = null): WebFrameMain {
  return { url, parent } as unknown as WebFrameMain;
}
