import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { respondToAppRequest, type AppProtocolDeps } from '../../../../../main/app/protocol/respond.ts';
import { openMemoryDatabase } from '../../../../../main/services/store/database.ts';
import { CONTENT_SECURITY_POLICY } from '../../../../../main/services/web-security.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

/** A built renderer in a temp folder, with a secret file beside it that must stay unreachable. */
function deps(): AppProtocolDeps {
  const base = tempDir();
  const rendererDir = path.join(base, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>SpineCorrelate</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'codec.wasm'), Buffer.from([0, 97, 115, 109]));
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the root');
  return { rendererDir, db: openMemoryDatabase() };
}

describe('respondToAppRequest', () => {
  it('serves index.html at the root with the CSP and security headers', async () => {
    const response = await respondToAppRequest('GET', 'app://spinecorrelate/', deps());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>SpineCorrelate</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('streams assets with their MIME type, WebAssembly included', async () => {
    const d = deps();
    const script = await respondToAppRequest('GET', 'app://spinecorrelate/assets/app.js', d);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const wasm = await respondToAppRequest('GET', 'app://spinecorrelate/assets/codec.wasm', d);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers HEAD without a body', async () => {
    const response = await respondToAppRequest('HEAD', 'app://spinecorrelate/assets/app.js', deps());
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });

  it('falls back to index.html for extension-less routes of the single-page app', async () => {
    const response = await respondToAppRequest('GET', 'app://spinecorrelate/studies/3', deps());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('SpineCorrelate');
  });

  it.each([
    'app://spinecorrelate/%2e%2e/secret.txt',
    'app://spinecorrelate/..%2fsecret.txt',
    'app://spinecorrelate/assets/..%2f..%2fsecret.txt',
    'app://spinecorrelate/assets%5c..%5c..%5csecret.txt',
    'app://spinecorrelate/index.html%00.js',
    'app://spinecorrelate/missing.js',
  ])('refuses %s', async (url) => {
    const response = await respondToAppRequest('GET', url, deps());
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('never treats an encoded absolute path as one', async () => {
    const response = await respondToAppRequest('GET', 'app://spinecorrelate/%2Fetc%2Fpasswd', deps());
    expect(await response.text()).not.toMatch(/root:/);
  });

  it('serves only its own host', async () => {
    expect((await respondToAppRequest('GET', 'app://evil/', deps())).status).toBe(404);
    expect((await respondToAppRequest('GET', 'app://spinecorrelate:81/', deps())).status).toBe(404);
    expect((await respondToAppRequest('GET', 'not a url', deps())).status).toBe(400);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await respondToAppRequest('POST', 'app://spinecorrelate/', deps())).status).toBe(405);
    expect((await respondToAppRequest('PUT', 'app://spinecorrelate/image/1', deps())).status).toBe(405);
  });

  it.each(['0', '-1', '1.5', 'abc', '9007199254740993', '..%2f..%2fsecret.txt'])('refuses the instance id %s', async (id) => {
    const response = await respondToAppRequest('GET', `app://spinecorrelate/image/${id}`, deps());
    expect(response.status).toBe(400);
  });

  it('turns a typed refusal from the instance lookup into a plain answer, not a crash', async () => {
    const response = await respondToAppRequest('GET', 'app://spinecorrelate/image/42', deps());
    expect([404, 410]).toContain(response.status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
