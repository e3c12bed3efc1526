import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../handlers.ts';
import type { Services } from '../services/context.ts';
import { instanceFileForServing } from '../services/dicom/instance-file.ts';
import { mimeTypeOf, resolveStaticFile } from '../services/static-files.ts';
import { SECURITY_HEADERS } from '../services/web-security.ts';
import { AppError, failure } from '../../shared/ipc/result.ts';

const TOKEN_COOKIE = 'spinecorrelate_token';
const MAX_RPC_BODY_BYTES = 32 * 1024 * 1024;

export interface PreviewServerOptions {
  services: Services;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token for tests; a random one otherwise. */
  token?: string;
}

export interface PreviewServer {
  /** The address to open, token included; the token moves to a cookie on first load. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The loopback transport: the built renderer, `POST /rpc/<channel>` over the same handler table
 * as Electron's IPC, and `GET /image/<instanceId>` for pixel data. Bound to 127.0.0.1 only and
 * guarded by a per-run token (like a notebook server) plus Host and Origin checks against DNS
 * rebinding and cross-site requests.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  server.on('request', (req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      options.services.log.error('preview-request-failed', error);
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Something went wrong inside SpineCorrelate.'));
      else res.destroy();
    });
  });

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 421, 'Unknown host');
    const url = new URL(req.url ?? '/', origin);

    if (req.method === 'GET' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token'), token)) return sendText(res, 401, 'Wrong or expired link: open the address printed by `spinecorrelate serve`.');
      url.searchParams.delete('token');
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.writeHead(303, { Location: url.pathname + url.search });
      res.end();
      return;
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
      if (!isAuthorized(req, token)) return sendJson(res, 401, failure('unauthorized', 'This browser tab is not authorised: open the address printed by `spinecorrelate serve`.'));
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://localhost:${port}`) {
        return sendJson(res, 403, failure('unauthorized', 'Cross-origin requests are refused.'));
      }
      const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      const body = await readBody(req, MAX_RPC_BODY_BYTES);
      if (body === null) return sendJson(res, 413, failure('invalid-request', 'The request is too large.'));
      let payload: unknown;
      try {
        payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, failure('invalid-request', 'The request was not valid JSON.'));
      }
      const result = await dispatch(options.services, channel, payload);
      return sendJson(res, 200, result);
    }

    if (url.pathname.startsWith('/image/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
      if (!isAuthorized(req, token)) return sendText(res, 401, 'Not authorised');
      const id = Number(url.pathname.slice('/image/'.length));
      if (!Number.isSafeInteger(id) || id <= 0) return sendText(res, 400, 'Bad instance id');
      return serveInstance(res, req.method === 'HEAD', id);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) return sendText(res, 404, 'Not found');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeOf(file),
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }

  function serveInstance(res: http.ServerResponse, headOnly: boolean, id: number): void {
    let file;
    try {
      file = instanceFileForServing(options.services.db, id);
    } catch (error) {
      if (error instanceof AppError) return sendText(res, error.code === 'not-found' ? 404 : 410, error.message);
      throw error;
    }
    res.writeHead(200, {
      'Content-Type': 'application/dicom',
      'Content-Length': String(file.size),
      'Cache-Control': 'private, no-store',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    });
    if (headOnly) return void res.end();
    fs.createReadStream(file.path).on('error', () => res.destroy()).pipe(res);
  }

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isAuthorized(req: http.IncomingMessage, token: string): boolean {
  const bearer = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  if (tokenMatches(bearer, token)) return true;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === TOKEN_COOKIE)?.[1];
  return tokenMatches(cookie, token);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}
