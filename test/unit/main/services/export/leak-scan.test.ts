import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJobsOf } from '../../../../../main/services/export/export-jobs.ts';
import type { ExportProgress } from '../../../../../shared/ipc/channels/export.ts';
import { exportRequestSchema, type ExportRequest } from '../../../../../shared/ipc/channels/export.ts';
import { hasTool, runTool } from '../../../../fixtures/external-tool.ts';
import { scanForLeaks } from '../../../../helpers/leak-scan.ts';
import { createExportWorld, type ExportWorld } from './support/export-world.ts';

let world: ExportWorld;
let outRoot: string;
beforeAll(async () => {
  world = await createExportWorld();
  outRoot = path.join(world.dataDir, '..', 'exports');
  fs.mkdirSync(outRoot);
});
afterAll(async () => (process.env.KEEP_EXPORT_WORLD ? undefined : world.close()));

async function exportTo(name: string, request: Partial<ExportRequest> = {}): Promise<ExportProgress> {
  const jobs = exportJobsOf(world.services);
  const parsed = exportRequestSchema.parse({ formats: ['csv', 'jsonl', 'sr', 'images'], outDir: path.join(outRoot, name), ...request });
  const progress = await jobs.finished(jobs.start(parsed));
  if (progress.state !== 'done') throw new Error(`export ${progress.state}: ${progress.message ?? ''}`);
  return progress;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('research export: nothing identifying leaves, in any format', () => {
  it('finds no identifier in any output byte or file name (dates shifted)', async () => {
    const progress = await exportTo('shifted');
    expect(progress.result?.counts).toMatchObject({ cases: 5, findings: 30, images: 10, structuredReports: 5, skippedSecondaryCapture: 5 });
    expect(scanForLeaks(path.join(outRoot, 'shifted'), world.identifiers, world.identifierBytes)).toEqual([]);
  });

  it('finds no identifier with dates removed, nor with burned-in images included at the user’s request', async () => {
    await exportTo('removed', { dates: 'remove', includeBurnedIn: true });
    expect(scanForLeaks(path.join(outRoot, 'removed'), world.identifiers, world.identifierBytes)).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(outRoot, 'removed', 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ images: 15, skippedSecondaryCapture: 0 });
  });

  it('the scan itself finds what is there: an export with notes carries the notes it was asked for', async () => {
    await exportTo('notes', { formats: ['csv', 'jsonl'], includeNotes: true });
    const leaks = scanForLeaks(path.join(outRoot, 'notes'), world.identifiers);
    expect(leaks.map((l) => l.file)).toEqual(expect.arrayContaining(['cases.jsonl', 'findings.csv']));
  });

  it('writes a manifest of every file with its checksum, the filters, options, ruleset and who exported', async () => {
    const dir = path.join(outRoot, 'shifted');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'spinecorrelate.export-manifest/1', project: 'default', formats: ['csv', 'jsonl', 'sr', 'images'], options: { dates: 'shift', includeNotes: false } });
    expect(manifest.ruleset).toMatch(/@/);
    expect(typeof manifest.exportedBy).toBe('string');
    const listed = manifest.files.map((f: { path: string }) => f.path).sort();
    const actual = filesUnder(dir).map((f) => path.relative(dir, f).split(path.sep).join('/')).filter((f) => f !== 'manifest.json').sort();
    expect(listed).toEqual(actual);
    const { createHash } = await import('node:crypto');
    for (const file of manifest.files as { path: string; sha256: string }[]) {
      expect(createHash('sha256').update(fs.readFileSync(path.join(dir, file.path))).digest('hex')).toBe(file.sha256);
    }
  });

  it('gives the same pseudonyms, dates and UIDs when exported again into the same project, and others in another project', async () => {
    await exportTo('again');
    await exportTo('other-project', { project: 'another study' });
    const read = (name: string, file: string) => fs.readFileSync(path.join(outRoot, name, file), 'utf8');
    expect(read('again', 'findings.csv')).toBe(read('shifted', 'findings.csv'));
    expect(read('again', 'cases.jsonl')).toBe(read('shifted', 'cases.jsonl'));
    const pseudonyms = (name: string) => [...read(name, 'cases-rsna.csv').matchAll(/C-[0-9A-Z]{10}/g)].map((m) => m[0]).sort();
    expect(pseudonyms('other-project')).toHaveLength(5);
    expect(pseudonyms('other-project')).not.toEqual(pseudonyms('shifted'));
    const images = (name: string) => filesUnder(path.join(outRoot, name, 'images')).map((f) => path.relative(path.join(outRoot, name), f)).sort();
    expect(images('again')).toEqual(images('shifted'));
  });

  it('writes CSV that Python’s csv module reads back, field for field', async () => {
    const python = spawnSync('python3', ['-c', [
      'import csv, json, sys',
      'out = {}',
      'for name in sys.argv[1:]:',
      '    with open(name, newline="", encoding="utf-8") as f:',
      '        out[name] = list(csv.reader(f, strict=True))',
      'print(json.dumps(out))',
    ].join('\n'), path.join(outRoot, 'notes', 'findings.csv'), path.join(outRoot, 'shifted', 'cases-rsna.csv')], { encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
    const parsed = JSON.parse(python.stdout) as Record<string, string[][]>;
    const findings = parsed[path.join(outRoot, 'notes', 'findings.csv')]!;
    expect(findings[0]).toContain('attributes');
    expect(findings.slice(1).every((row) => row.length === findings[0]!.length)).toBe(true);
    const herniation = findings.find((row) => row.includes('disc-herniation'))!;
    expect(JSON.parse(herniation[findings[0]!.indexOf('attributes')]!)).toMatchObject({ morphology: 'extrusion', rootCompromise: { root: 'L5', grade: 'compression' } });
    expect(herniation[findings[0]!.indexOf('note')]).toContain('Wolverhollow');
    const rsna = parsed[path.join(outRoot, 'shifted', 'cases-rsna.csv')]!;
    expect(rsna[0]).toHaveLength(27);
    const row = rsna[1]!;
    const cell = (column: string) => row[rsna[0]!.indexOf(column)];
    expect(['Moderate', 'Severe']).toContain(cell('spinal_canal_stenosis_l4_l5'));
    expect(cell('right_neural_foraminal_narrowing_l5_s1')).toBe('Severe');
    expect(cell('left_subarticular_stenosis_l3_l4')).toBe('Moderate');
    expect(cell('right_subarticular_stenosis_l3_l4')).toBe('Moderate');
    expect(cell('spinal_canal_stenosis_l1_l2')).toBe(''); // a draft: not assessed
  });

  it('keeps anchors pointing at the exported images: the same UID map for JSON, SR and images', async () => {
    const dir = path.join(outRoot, 'shifted');
    const lines = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    // The signed case comes from its snapshot, with the ruleset it was signed with.
    expect(lines.filter((line) => line.status === 'final')).toHaveLength(1);
    expect(lines.every((line) => typeof line.correlation.ruleset === 'string')).toBe(true);
    const first = lines[0];
    expect(first.format).toBe('spinecorrelate.case/1');
    expect(first.correlation.format).toBe('spinecorrelate.correlation/1');
    expect(first.study?.studyInstanceUID).toBeUndefined();
    const anchor = first.findings.find((f: { id: string }) => f.id === 'f1').anchor;
    const exported = filesUnder(path.join(dir, 'images')).map((f) => fs.readFileSync(f).toString('latin1'));
    expect(exported.some((bytes) => bytes.includes(anchor.sopInstanceUID))).toBe(true);
    const srs = filesUnder(path.join(dir, 'sr')).map((f) => fs.readFileSync(f).toString('latin1'));
    expect(srs.some((bytes) => bytes.includes(anchor.sopInstanceUID))).toBe(true);
  });

  it.skipIf(!hasTool('dciodvfy') || !hasTool('dcmdump'))('writes SRs and images that dcmdump reads and dciodvfy finds no error in', () => {
    const dir = path.join(outRoot, 'shifted');
    for (const file of [...filesUnder(path.join(dir, 'sr')), ...filesUnder(path.join(dir, 'images')).slice(0, 4)]) {
      const dump = runTool('dcmdump', ['-q', '+P', '0012,0062', '+P', '0012,0064', file]);
      expect(dump.status, file).toBe(0);
      expect(dump.stdout).toContain('[YES]');
      const check = runTool('dciodvfy', [file]);
      expect(`${check.stdout}\n${check.stderr}`.split('\n').filter((line) => /^Error/.test(line)), file).toEqual([]);
    }
  });
});
