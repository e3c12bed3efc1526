import fs from 'node:fs';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Db } from '../../services/store/database.ts';
import { instanceFileForServing } from '../../services/dicom/instance-file.ts';
import { mimeTypeOf, resolveStaticFile } from '../../services/static-files.ts';
import { SECURITY_HEADERS } from '../../services/web-security.ts';
import { APP_HOST, APP_SCHEME } from '../app-origin.ts';

export interface AppProtocolDeps {
  /** The built renderer: the only folder the scheme serves files from. */
  rendererDir: string;
  db: Db;
}

const IMAGE_PREFIX = '/image/';

/**
 * Answers one request on `app://spinecorrelate/`: the built renderer from a fixed root, and
 * `GET /image/<instanceId>` streaming an imported instance's file. The renderer only ever names
 * an instance id; no path from the page reaches the file system. Plain function over the Fetch
 * API's Request/Response, so it runs the same under Electron's `protocol.handle` and in tests.
 */
export async function respondToAppRequest(method: string, rawUrl: string, deps: AppProtocolDeps): Promise<Response> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return text(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return text(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method not allowed');
  const headOnly = method === 'HEAD';

  if (url.pathname.startsWith(IMAGE_PREFIX)) {
    const id = Number(url.pathname.slice(IMAGE_PREFIX.length));
    if (!Number.isSafeInteger(id) || id <= 0) return text(400, 'Bad instance id');
    return serveInstance(deps.db, id, headOnly);
  }

  // resolveStaticFile wants the raw (still percent-encoded) path: it decodes once and refuses
  // anything that would leave the root.
  const file = resolveStaticFile(deps.rendererDir, url.pathname);
  if (!file) return text(404, 'Not found');
  return fileResponse(file, headOnly, {
    ...SECURITY_HEADERS,
    'Content-Type': mimeTypeOf(file),
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
}

function serveInstance(db: Db, id: number, headOnly: boolean): Response {
  let file;
  try {
    file = instanceFileForServing(db, id);
  } catch (error) {
    if (error instanceof AppError) return text(error.code === 'not-found' ? 404 : 410, error.message);
    throw error;
  }
  return fileResponse(file.path, headOnly, {
    'Content-Type': 'application/dicom',
    'Content-Length': String(file.size),
    'Cache-Control': 'private, no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
  });
}

function fileResponse(file: string, headOnly: boolean, headers: Record<string, string>): Response {
  if (headOnly) return new Response(null, { status: 200, headers });
  const stream = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(stream, { status: 200, headers });
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}
