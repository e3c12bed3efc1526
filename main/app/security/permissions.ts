import type { Session } from 'electron';
import { isAppUrl } from '../app-origin.ts';

/**
 * Deny by default. The one exception: the app's own page may write plain text to the clipboard
 * (copying a drafted report), which Chromium routes through the permission handlers.
 */
export const PERMISSIONS_FOR_APP_ORIGIN: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return PERMISSIONS_FOR_APP_ORIGIN.has(permission) && isAppUrl(requestingUrl);
}

/** Answers permission requests and checks (camera, notifications, HID, USB, serial…) with no. */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
