import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoStudy, type DemoStudy } from '../../fixtures/phantom/write-demo.ts';
import { test } from './app.ts';

/**
 * The demo study written once for the calling spec file into a fresh temporary folder, removed
 * after its last test. `folder()` is that folder, for other files a test writes beside it.
 */
export function demoStudyPerFile(label: string): { demo(): DemoStudy; folder(): string } {
  let root: string | null = null;
  let study: DemoStudy | null = null;
  test.beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), `spinecorrelate-e2e-${label}-`));
    study = writeDemoStudy(root);
  });
  test.afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });
  const ready = <T,>(value: T | null): T => {
    if (value === null) throw new Error('the demo study is written in beforeAll: use it inside a test');
    return value;
  };
  return { demo: () => ready(study), folder: () => ready(root) };
}
