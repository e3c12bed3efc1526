import type { WebContents } from 'electron';
import type { OpenExternal } from './external-links.ts';
import { restrictNavigation } from './navigation.ts';
import { denyPermissions } from './permissions.ts';
import { preventWebviews } from './webview.ts';
import { denyNewWindows } from './window-open.ts';

/** Every rule, applied to each web contents as it is created (app 'web-contents-created'). */
export function applySecurityRules(contents: WebContents, openExternal: OpenExternal): void {
  restrictNavigation(contents);
  denyNewWindows(contents, openExternal);
  preventWebviews(contents);
  denyPermissions(contents.session);
}
