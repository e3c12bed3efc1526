/**
 * The one origin the renderer runs on under Electron: a privileged custom scheme served by
 * main/app/protocol. Navigation, IPC senders and permission checks are all judged against it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'spinecorrelate';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * True for `app://spinecorrelate/...` and nothing else: no other host, no port, no credentials.
 * Compares the parsed parts, not `URL.origin`, which Node reports as "null" for custom schemes.
 */
export function isAppUrl(candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
