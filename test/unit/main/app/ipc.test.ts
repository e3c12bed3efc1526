import type { WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { handleRpc, isTrustedSender, registerRpc } from '../../../../main/app/ipc.ts';
import type { DesktopPort, Services } from '../../../../main/services/context.ts';
import { createLogger } from '../../../../main/services/log.ts';
import { testServices } from '../../../helpers/services.ts';
import { fakeFrame } from './fake-electron.ts';

/** Services whose desktop port records each call: the observable proof that a call was dispatched. */
function servicesRecordingCalls(): { services: Services; calls: string[]; logLines: string[] } {
  const calls: string[] = [];
  const logLines: string[] = [];
  const desktop: DesktopPort = {
    async chooseImportPaths(select) {
      calls.push(select);
      return ['/data/study'];
    },
    chooseExportFolder: async () => null,
  };
  const services: Services = testServices({ log: createLogger((line) => logLines.push(line)), transport: 'electron', version: '1.2.3', desktop });
  return { services, calls, logLines };
}

const appFrame = fakeFrame('app://spinecorrelate/');

describe('isTrustedSender', () => {
  it('trusts only the main frame of the app origin', () => {
    expect(isTrustedSender(appFrame)).toBe(true);
    expect(isTrustedSender(fakeFrame('app://spinecorrelate/studies/1'))).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(fakeFrame('app://spinecorrelate/', appFrame))).toBe(false);
    expect(isTrustedSender(fakeFrame('https://example.com/'))).toBe(false);
    expect(isTrustedSender(fakeFrame('file:///tmp/evil.html'))).toBe(false);
    expect(isTrustedSender(fakeFrame('app://evil/'))).toBe(false);
    expect(isTrustedSender({ url: '', parent: null } as unknown as WebFrameMain)).toBe(false);
  });
});

describe('handleRpc', () => {
  it('dispatches a call from the app window', async () => {
    const { services, calls } = servicesRecordingCalls();
    expect(await handleRpc(services, { senderFrame: appFrame }, 'desktop.chooseImportPaths', { select: 'folders' })).toEqual({ ok: true, value: { paths: ['/data/study'] } });
    expect(calls).toEqual(['folders']);
    expect(await handleRpc(services, { senderFrame: appFrame }, 'app.info', {})).toEqual({ ok: true, value: { version: '1.2.3', transport: 'electron', demoAvailable: false } });
  });

  it.each([
    ['a foreign origin', fakeFrame('https://example.com/')],
    ['a file: page', fakeFrame('file:///home/user/evil.html')],
    ['a subframe of the app', fakeFrame('app://spinecorrelate/', appFrame)],
    ['a frame that is gone', null],
  ])('refuses %s with a typed error and dispatches nothing', async (_name, frame) => {
    const { services, calls, logLines } = servicesRecordingCalls();
    const result = await handleRpc(services, { senderFrame: frame }, 'desktop.chooseImportPaths', { select: 'any' });
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
    expect(calls).toEqual([]);
    expect(logLines.join('\n')).toContain('ipc-sender-refused');
  });

  it('answers a non-string channel as unknown, and validates payloads through the contract', async () => {
    const { services, calls } = servicesRecordingCalls();
    expect(await handleRpc(services, { senderFrame: appFrame }, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await handleRpc(services, { senderFrame: appFrame }, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await handleRpc(services, { senderFrame: appFrame }, 'desktop.chooseImportPaths', { select: 'any', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('never logs what a refused sender asked for beyond a known channel name', async () => {
    const { services, logLines } = servicesRecordingCalls();
    await handleRpc(services, { senderFrame: null }, 'Smith^John\nfake-line', { path: '/patients/Smith' });
    expect(logLines.join('\n')).not.toContain('Smith');
    expect(logLines).toHaveLength(1);
  });
});

describe('registerRpc', () => {
  it('registers one handler on spine:rpc that goes through the sender check', async () => {
    const { services, calls } = servicesRecordingCalls();
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    registerRpc({ handle: (channel, listener) => void registered.set(channel, listener as never) }, services);
    expect([...registered.keys()]).toEqual(['spine:rpc']);
    const listener = registered.get('spine:rpc')!;
    expect(await listener({ senderFrame: fakeFrame('https://example.com/') }, 'desktop.chooseImportPaths', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await listener({ senderFrame: appFrame }, 'desktop.chooseImportPaths', {})).toMatchObject({ ok: true });
    expect(calls).toEqual(['any']);
  });
});
