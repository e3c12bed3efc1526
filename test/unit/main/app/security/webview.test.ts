import { describe, expect, it } from 'vitest';
import { preventWebviews } from '../../../../../main/app/security/webview.ts';
import { FakeWebContents } from '../fake-electron.ts';

describe('preventWebviews', () => {
  it('refuses to attach any <webview>', () => {
    const contents = new FakeWebContents();
    expect(contents.willAttachWebview('https://example.com/')).toBe(false);
    preventWebviews(contents.asWebContents());
    expect(contents.willAttachWebview('https://example.com/')).toBe(true);
    expect(contents.willAttachWebview('app://spinecorrelate/')).toBe(true);
  });
});
