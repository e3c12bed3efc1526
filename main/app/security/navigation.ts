import type { WebContents } from 'electron';
import { isAppUrl } from '../app-origin.ts';

interface NavigationAttempt {
  url: string;
  preventDefault(): void;
}

/**
 * Every frame stays on app://spinecorrelate/: navigations, redirects and subframe navigations
 * to anything else (file:, http(s):, data:, javascript:, another host) are cancelled. External
 * links open through the window-open rule, never by navigating the app away.
 */
export function restrictNavigation(contents: Pick<WebContents, 'on'>): void {
  const stayOnAppOrigin = (attempt: NavigationAttempt): void => {
    if (!isAppUrl(attempt.url)) attempt.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
}
