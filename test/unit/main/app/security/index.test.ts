import { describe, expect, it } from 'vitest';
import { applySecurityRules } from '../../../../../main/app/security/index.ts';
import { FakeWebContents } from '../fake-electron.ts';

describe('applySecurityRules', () => {
  it('puts every rule on a new web contents and its session', async () => {
    const contents = new FakeWebContents();
    applySecurityRules(contents.asWebContents(), async () => undefined);
    expect(contents.willNavigate('file:///etc/passwd')).toBe(true);
    expect(contents.willRedirect('https://example.com/')).toBe(true);
    expect(contents.willFrameNavigate('https://example.com/', false)).toBe(true);
    expect(contents.windowOpen('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.willAttachWebview('https://example.com/')).toBe(true);
    expect(await contents.session.request('media', 'app://spinecorrelate/')).toBe(false);
    expect(contents.session.check('media', 'app://spinecorrelate')).toBe(false);
  });
});
