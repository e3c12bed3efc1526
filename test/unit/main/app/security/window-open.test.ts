import { describe, expect, it } from 'vitest';
import { isAllowedExternalLink } from '../../../../../main/app/security/external-links.ts';
import { denyNewWindows } from '../../../../../main/app/security/window-open.ts';
import { FakeWebContents } from '../fake-electron.ts';

function guarded(): { contents: FakeWebContents; opened: string[] } {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  denyNewWindows(contents.asWebContents(), async (url) => {
    opened.push(url);
  });
  return { contents, opened };
}

describe('denyNewWindows', () => {
  it.each(['app://spinecorrelate/', 'https://example.com/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)'])(
    'denies window.open(%s) and opens nothing',
    (url) => {
      const { contents, opened } = guarded();
      expect(contents.windowOpen(url)).toEqual({ action: 'deny' });
      expect(opened).toEqual([]);
    },
  );

  it('sends an allow-listed https link to the system browser, still without a window', () => {
    const { contents, opened } = guarded();
    expect(contents.windowOpen('https://doi.org/10.1056/NEJM199407143310201')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://doi.org/10.1056/NEJM199407143310201']);
  });

  it('survives a failing system browser', async () => {
    const contents = new FakeWebContents();
    denyNewWindows(contents.asWebContents(), () => Promise.reject(new Error('no browser')));
    expect(contents.windowOpen('https://pubmed.ncbi.nlm.nih.gov/8208267/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
  });
});

describe('isAllowedExternalLink', () => {
  it('accepts only the fixed https origins', () => {
    expect(isAllowedExternalLink('https://doi.org/10.1/x')).toBe(true);
    expect(isAllowedExternalLink('https://pubmed.ncbi.nlm.nih.gov/8208267/')).toBe(true);
    expect(isAllowedExternalLink('http://doi.org/10.1/x')).toBe(false);
    expect(isAllowedExternalLink('https://doi.org.evil.com/')).toBe(false);
    expect(isAllowedExternalLink('https://evil.com/?https://doi.org')).toBe(false);
    expect(isAllowedExternalLink('https://user@doi.org/')).toBe(false);
    expect(isAllowedExternalLink('https://doi.org:8443/')).toBe(false);
    expect(isAllowedExternalLink('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isAllowedExternalLink('garbage')).toBe(false);
  });
});
