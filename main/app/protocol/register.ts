import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME } from '../app-origin.ts';
import { respondToAppRequest, type AppProtocolDeps } from './respond.ts';

/**
 * The privileges of `app:`, registered before the app is ready. Standard so relative URLs and
 * storage work; secure so the page is a secure context (module workers, WebAssembly); fetch and
 * CORS support because Vite's module scripts and Cornerstone's image loader fetch from it;
 * stream for large instance files. CSP is NOT bypassed: every response carries ours.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
};

export function registerAppSchemePrivileges(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves `app://spinecorrelate/` from the request→response function in respond.ts. */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, deps: AppProtocolDeps): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request.method, request.url, deps));
}

/**
 * Nothing in the app loads over `file:`; refusing every such request means a stray link, a
 * dropped file or an injected URL can never read the disk through the page.
 */
export function blockFileScheme(protocol: Pick<Protocol, 'handle'>): void {
  protocol.handle('file', () => new Response('Blocked', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
}
