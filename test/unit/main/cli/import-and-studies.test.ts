import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index.ts';
import { rejectReasons } from '../../../../main/services/dicom/reject-reason.ts';
import type { DemoStudy } from '../../../fixtures/phantom/write-demo.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';
import { demoStudy } from '../services/dicom/import-helpers.ts';

const tempDir = useTempDir();
let demo: DemoStudy;

beforeAll(() => {
  demo = demoStudy();
}, 120_000);

function sink(): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

async function cli(args: string[], interactive = false) {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(args, { stdout, stderr, interactive }, {});
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('spinecorrelate import', () => {
  it('prints exactly one JSON document with the counts and the rejected files, and exits 0 despite them', async () => {
    const dataDir = tempDir();
    const extra = tempDir();
    const notes = path.join(extra, 'notes.txt');
    fs.writeFileSync(notes, 'not an image');
    const run = await cli(['--data-dir', dataDir, 'import', demo.studyDir, notes, '--json']);
    expect(run.code).toBe(0);
    const total = demo.manifest.series.reduce((n, s) => n + s.instances.length, 0);
    expect(JSON.parse(run.stdout)).toEqual({
      state: 'done',
      filesFound: total + 1,
      studies: 1,
      series: 3,
      instances: total,
      unchanged: 0,
      rejected: [{ path: notes, reason: rejectReasons.notDicom }],
    });
  });

  it('says what it did in words, and a second import changes nothing', async () => {
    const dataDir = tempDir();
    const first = await cli(['--data-dir', dataDir, 'import', demo.studyDir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^\d+ instances imported, 0 unchanged, in 3 series of 1 study\.\n$/);
    const again = await cli(['--data-dir', dataDir, 'import', demo.studyDir, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ instances: 0, studies: 1, series: 3, rejected: [] });
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const quiet = await cli(['--data-dir', tempDir(), 'import', demo.studyDir, '--json']);
    expect(quiet.stderr).toBe('');
    const terminal = await cli(['--data-dir', tempDir(), 'import', demo.studyDir, '--json'], true);
    expect(JSON.parse(terminal.stdout).state).toBe('done');
    expect(terminal.stderr).toMatch(/\r\[[#.]+\] \d+\/\d+ /);
  });

  it('exits 2 for a missing path and 1 without any', async () => {
    const missing = await cli(['--data-dir', tempDir(), 'import', path.join(tempDir(), 'nothing-here')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('spinecorrelate import: the path to import does not exist\n');
    expect(missing.stdout).toBe('');
    expect((await cli(['--data-dir', tempDir(), 'import'])).code).toBe(1);
  });
});

describe('spinecorrelate studies', () => {
  it('lists patients, studies and classified series as JSON and as text', async () => {
    const dataDir = tempDir();
    await cli(['--data-dir', dataDir, 'import', demo.studyDir]);
    const json = await cli(['--data-dir', dataDir, 'studies', '--json']);
    expect(json.code).toBe(0);
    const { patients } = JSON.parse(json.stdout) as { patients: { studies: { series: { plane: string; weighting: string }[] }[] }[] };
    expect(patients[0]!.studies[0]!.series.map((s) => `${s.plane} ${s.weighting}`)).toEqual(['sagittal T1', 'sagittal T2', 'axial T2']);

    const text = await cli(['--data-dir', dataDir, 'studies']);
    expect(text.stdout).toContain('#2 SAG T1 TSE — sagittal, T1, 15 slices, 4 mm apart, 256×256');
    expect(text.stdout).toMatch(/#4 AX T2 TSE — axial, T2, 29 slices/);
  });

  it('says how to start when nothing is imported', async () => {
    const run = await cli(['--data-dir', tempDir(), 'studies']);
    expect(run).toEqual({ code: 0, stdout: 'No studies imported yet: spinecorrelate import <folder>\n', stderr: '' });
  });
});
