import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../../../main/preview/server.ts';
import { testServices } from '../../../helpers/services.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';

const tempDir = useTempDir();
let server: PreviewServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(): Promise<{ server: PreviewServer; rendererDir: string }> {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const services = testServices({ dataDir: tempDir(), version: '1.2.3' });
  server = await startPreviewServer({ services, rendererDir, token: 'secret-token' });
  return { server, rendererDir };
}

function rpc(s: PreviewServer, channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${s.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer secret-token', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the preview server', () => {
  it('binds to the loopback interface only', async () => {
    const { server: s } = await start();
    expect(s.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.url).toBe(`${s.origin}/?token=secret-token`);
  });

  it('answers RPC through the shared handler table', async () => {
    const { server: s } = await start();
    const response = await rpc(s, 'app.info', {});
    expect(await response.json()).toEqual({ ok: true, value: { version: '1.2.3', transport: 'preview', demoAvailable: false } });
  });

  it('refuses RPC without the token, with a wrong token, or from another origin', async () => {
    const { server: s } = await start();
    expect((await rpc(s, 'app.info', {}, { Authorization: '' })).status).toBe(401);
    expect((await rpc(s, 'app.info', {}, { Authorization: 'Bearer wrong-token!' })).status).toBe(401);
    expect((await rpc(s, 'app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('moves the token from the link into an HttpOnly cookie that then authorises requests', async () => {
    const { server: s } = await start();
    const first = await fetch(s.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await rpc(s, 'app.info', {}, { Authorization: '', Cookie: cookie.split(';')[0]! });
    expect(withCookie.status).toBe(200);
    expect((await fetch(`${s.origin}/?token=nope`, { redirect: 'manual' })).status).toBe(401);
  });

  it('gives typed errors for unknown channels, malformed JSON and bad payloads', async () => {
    const { server: s } = await start();
    expect(await (await rpc(s, 'no.such', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await (await rpc(s, 'app.info', '{not json')).json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await (await rpc(s, 'import.start', { paths: [] })).json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { server: s } = await start();
    const response = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port: s.port, path: '/', headers: { Host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0));
        req.on('error', reject);
        req.end();
      });
    });
    expect(response).toBe(421);
  });

  it('serves the renderer with the CSP, and never a file outside its folder', async () => {
    const { server: s } = await start();
    const index = await fetch(`${s.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(`${s.origin}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${s.origin}/assets/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    const dotted = await fetch(`${s.origin}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await dotted.text()).not.toContain('root:');
    expect((await fetch(`${s.origin}/studies`)).status).toBe(200); // single-page route falls back to index.html
  });

  it('serves images only by instance id and only with the token', async () => {
    const { server: s } = await start();
    expect((await fetch(`${s.origin}/image/1`)).status).toBe(401);
    const bad = await fetch(`${s.origin}/image/..%2Fetc%2Fpasswd`, { headers: { Authorization: 'Bearer secret-token' } });
    expect(bad.status).toBe(400);
  });
});
