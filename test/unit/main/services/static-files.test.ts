import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../../main/services/static-files.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

function site(): string {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'index.html'), 'index');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'a');
  return root;
}

describe('resolveStaticFile', () => {
  it('maps URL paths to files inside the root', () => {
    const root = site();
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/a.js?v=1')).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveStaticFile(root, '/viewer/study/3')).toBe(path.join(root, 'index.html'));
  });

  it('never leaves the root, however the path is spelled', () => {
    const root = site();
    const outside = path.join(path.dirname(root), 'secret.txt');
    fs.writeFileSync(outside, 'secret');
    try {
      for (const attempt of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/a%00.js', '/%E0%A4%A']) {
        const resolved = resolveStaticFile(root, attempt);
        expect(resolved === null || resolved.startsWith(root + path.sep), attempt).toBe(true);
        expect(resolved).not.toBe(outside);
      }
    } finally {
      fs.rmSync(outside);
    }
  });

  it('answers null for a missing file with an extension', () => {
    expect(resolveStaticFile(site(), '/assets/missing.js')).toBeNull();
  });
});
