import { describe, expect, it } from 'vitest';
import { denyPermissions } from '../../../../../main/app/security/permissions.ts';
import { FakeSession } from '../fake-electron.ts';

function guarded(): FakeSession {
  const session = new FakeSession();
  denyPermissions(session.asSession());
  return session;
}

const DENIED = ['media', 'geolocation', 'notifications', 'openExternal', 'hid', 'serial', 'usb', 'clipboard-read', 'fileSystem', 'display-capture', 'unknown'];

describe('denyPermissions', () => {
  it('starts unanswered on a bare session (so the test can tell)', async () => {
    const session = new FakeSession();
    expect(await session.request('media', 'app://spinecorrelate/')).toBe('unanswered');
    expect(session.check('media', 'app://spinecorrelate')).toBe('unanswered');
  });

  it.each(DENIED)('denies a request for %s, even from the app itself', async (permission) => {
    const session = guarded();
    expect(await session.request(permission, 'app://spinecorrelate/')).toBe(false);
    expect(await session.request(permission, 'https://example.com/')).toBe(false);
  });

  it.each(DENIED)('answers a check for %s with no', (permission) => {
    const session = guarded();
    expect(session.check(permission, 'app://spinecorrelate')).toBe(false);
  });

  it('lets only the app origin write text to the clipboard', async () => {
    const session = guarded();
    expect(await session.request('clipboard-sanitized-write', 'app://spinecorrelate/')).toBe(true);
    expect(session.check('clipboard-sanitized-write', 'app://spinecorrelate')).toBe(true);
    expect(await session.request('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(session.check('clipboard-sanitized-write', 'file://')).toBe(false);
    expect(session.check('clipboard-sanitized-write', '')).toBe(false);
  });

  it('denies device (HID, USB, serial) access', () => {
    const handler = guarded().devicePermissionHandler;
    expect(handler).not.toBeNull();
    expect(handler!({ deviceType: 'usb', origin: 'app://spinecorrelate', device: {} as never })).toBe(false);
  });
});
