import type { WebContents } from 'electron';

/** `webviewTag` is off already; refusing the attach too means no guest page ever loads. */
export function preventWebviews(contents: Pick<WebContents, 'on'>): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
