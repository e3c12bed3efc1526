import type { WebContents } from 'electron';
import { isAllowedExternalLink, type OpenExternal } from './external-links.ts';

/**
 * The app never opens a second window. A link to an allow-listed https address (a cited paper)
 * goes to the system browser; every other `window.open` / `target=_blank` is dropped.
 */
export function denyNewWindows(contents: Pick<WebContents, 'setWindowOpenHandler'>, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}
