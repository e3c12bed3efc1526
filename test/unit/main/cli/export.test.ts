import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index.ts';
import { scanForLeaks } from '../../../helpers/leak-scan.ts';
import { createExportWorld, type ExportWorld } from '../services/export/support/export-world.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}

let world: ExportWorld;
let outRoot: string;
beforeAll(async () => {
  world = await createExportWorld();
  outRoot = path.join(world.dataDir, '..', 'cli-exports');
  fs.mkdirSync(outRoot);
});
afterAll(async () => world.close());

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(['--data-dir', world.dataDir, 'export', ...args], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('spinecorrelate export', () => {
  it('exports with --json: one JSON document on stdout, nothing identifying in the folder', async () => {
    const out = path.join(outRoot, 'all');
    const run = await cli('--out', out, '--format', 'csv,jsonl', '--format', 'images', '--json');
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document).toMatchObject({ state: 'done', outDir: out, manifestPath: path.join(out, 'manifest.json'), counts: { cases: 5, findings: 30, images: 10 } });
    expect(fs.readdirSync(out).sort()).toEqual(['cases-rsna.csv', 'cases.jsonl', 'findings.csv', 'images', 'manifest.json']);
    expect(scanForLeaks(out, world.identifiers, world.identifierBytes)).toEqual([]);
  });

  it('applies the filters: finding type and level on the same finding, sex, age, red flags', async () => {
    const count = async (name: string, ...filters: string[]) => {
      const run = await cli('--out', path.join(outRoot, name), '--json', ...filters);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout).counts.cases as number;
    };
    expect(await count('herniated', '--type', 'disc-herniation', '--level', 'L4-L5')).toBe(5);
    expect(await count('none', '--type', 'disc-herniation', '--level', 'L5-S1')).toBe(0);
    expect(await count('women', '--sex', 'F')).toBe(3);
    expect(await count('flags', '--red-flags', 'present')).toBe(1);
    expect(await count('old', '--min-age', '70')).toBe(1);
    expect(await count('drafts', '--status', 'draft')).toBe(4);
    expect(await count('final', '--status', 'final')).toBe(1);
  });

  it('refuses wrong usage with exit 1 and names the field', async () => {
    const run = await cli('--out', path.join(outRoot, 'bad'), '--level', 'L9-L10');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/filter\.levels/);
    expect((await cli('--format', 'csv')).code).toBe(1);
    expect(fs.existsSync(path.join(outRoot, 'bad'))).toBe(false);
  });

  it('refuses a destination that is not empty with exit 2, leaving it as it was', async () => {
    const out = path.join(outRoot, 'occupied');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'keep.txt'), 'mine');
    const run = await cli('--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not empty/);
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
    expect(fs.readdirSync(outRoot).filter((name) => name.includes('partial'))).toEqual([]);
  });
});
