import { describe, expect, it } from 'vitest';
import { restrictNavigation } from '../../../../../main/app/security/navigation.ts';
import { FakeWebContents } from '../fake-electron.ts';

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  restrictNavigation(contents.asWebContents());
  return contents;
}

const FOREIGN = [
  'file:///etc/passwd',
  'file:///home/someone/study/IM0001',
  'https://example.com/',
  'http://127.0.0.1:8080/',
  'app://elsewhere/',
  'app://spinecorrelate:81/',
  'app://user:pass@spinecorrelate/',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'about:blank',
  'not a url',
];

describe('restrictNavigation', () => {
  it('lets the app move within its own origin', () => {
    const contents = guarded();
    expect(contents.willNavigate('app://spinecorrelate/')).toBe(false);
    expect(contents.willNavigate('app://spinecorrelate/studies?x=1')).toBe(false);
    expect(contents.willRedirect('app://spinecorrelate/index.html')).toBe(false);
    expect(contents.willFrameNavigate('app://spinecorrelate/', false)).toBe(false);
  });

  it.each(FOREIGN)('cancels navigating the main frame to %s', (url) => {
    expect(guarded().willNavigate(url)).toBe(true);
  });

  it.each(FOREIGN)('cancels a redirect to %s', (url) => {
    expect(guarded().willRedirect(url)).toBe(true);
  });

  it.each(FOREIGN)('cancels a frame (main or sub) navigating to %s', (url) => {
    const contents = guarded();
    expect(contents.willFrameNavigate(url, false)).toBe(true);
    expect(contents.willFrameNavigate(url, true)).toBe(true);
  });

  it('does nothing until applied (the fake itself cancels nothing)', () => {
    expect(new FakeWebContents().willNavigate('file:///etc/passwd')).toBe(false);
  });
});
