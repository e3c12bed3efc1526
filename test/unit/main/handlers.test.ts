import { describe, expect, it } from 'vitest';
import { dispatch, handlers } from '../../../main/handlers.ts';
import { channelNames } from '../../../shared/ipc/contract.ts';
import { testServices } from '../../helpers/services.ts';

const services = () => testServices({ version: '9.9.9' });

describe('dispatch', () => {
  it('has a handler for every channel of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('answers an unknown channel with a typed error', async () => {
    expect(await dispatch(services(), 'fs.readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Unknown request.' },
    });
    expect(await dispatch(services(), '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses a malformed payload before any service runs, naming the field', async () => {
    const result = await dispatch(services(), 'import.start', { paths: 'not-a-list' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.issues?.[0]?.path).toBe('paths');
    expect(await dispatch(services(), 'app.info', { extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(services(), 'app.info', null)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('returns the handler value in an ok envelope', async () => {
    expect(await dispatch(services(), 'app.info', {})).toEqual({ ok: true, value: { version: '9.9.9', transport: 'preview', demoAvailable: false } });
  });
});
