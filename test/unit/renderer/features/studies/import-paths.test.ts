import { describe, expect, it } from 'vitest';
import { isFullPath, parseImportText, refusedPath } from '../../../../../renderer/features/studies/import-paths.ts';

describe('the import field’s text', () => {
  it('is one path per line, blank lines and surrounding spaces dropped, other separators kept in the name', () => {
    expect(parseImportText('  /data/a  \r\n\n/data/b;c:d\n', 'posix')).toEqual({ ok: true, paths: ['/data/a', '/data/b;c:d'] });
  });

  it('refuses a relative path, naming it and showing a full one', () => {
    expect(parseImportText('/data/a\nstudies/b', 'posix')).toEqual({ ok: false, message: '“studies/b” is not a full path: use a full path such as /home/…' });
    expect(parseImportText('~/studies', 'posix').ok).toBe(false);
    expect(parseImportText('studies', 'windows')).toEqual({ ok: false, message: '“studies” is not a full path: use a full path such as C:\\Users\\…' });
  });

  it('takes drive and network paths on Windows', () => {
    expect(isFullPath('C:\\Scans', 'windows')).toBe(true);
    expect(isFullPath('\\\\server\\share\\scans', 'windows')).toBe(true);
    expect(isFullPath('\\Scans', 'windows')).toBe(false);
  });

  it('asks for a path when there is none', () => {
    expect(parseImportText(' \n ', 'posix').ok).toBe(false);
  });

  it('finds the path a refusal is about', () => {
    expect(refusedPath(['/a', '/b'], [{ path: 'paths[1]' }])).toBe('/b');
    expect(refusedPath(['/a'], undefined)).toBeNull();
  });
});
