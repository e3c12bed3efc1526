import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';
import { TINY_STUDY_UID, writeTinyStudy } from '../services/cases/support/tiny-study.ts';

const tempDir = useTempDir();

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}

async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(['--data-dir', dataDir, ...args], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A data folder with the tiny study imported through the real importer. */
async function withImportedStudy(): Promise<string> {
  const dataDir = tempDir();
  const dicomDir = tempDir();
  writeTinyStudy(dicomDir);
  const imported = await cli(dataDir, 'import', dicomDir);
  expect(imported.code, imported.stderr).toBe(0);
  return dataDir;
}

const caseFile = {
  format: 'spinecorrelate.case/1',
  study: { studyInstanceUID: TINY_STUDY_UID, date: '2026-01-31' },
  patient: { age: 38, sex: 'M' },
  clinical: { legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], startBack: { total: 5, distress: 2 }, trialArm: 'B' },
  findings: [
    { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' } },
    { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1', vendor: { score: 3 } },
  ],
  sourceSystem: 'PACS-7',
};

function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('spinecorrelate case import / case export', () => {
  it('imports a case for an imported study and exports it again, unknown fields kept', async () => {
    const dataDir = await withImportedStudy();
    const file = writeJson(tempDir(), 'case.json', caseFile);
    const imported = await cli(dataDir, 'case', 'import', file);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe('Case imported (revision 1): 2 findings.\n');

    const exported = await cli(dataDir, 'case', 'export', TINY_STUDY_UID);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.stdout);
    const { reading, id, ...rest } = json;
    expect(rest).toEqual(caseFile);
    expect(typeof id).toBe('string');
    expect(reading).toMatchObject({ anatomy: 'standard', status: 'draft', levels: [], labelOverrides: [] });
  });

  it('writes the export to a file with --out, and nothing on stdout', async () => {
    const dataDir = await withImportedStudy();
    await cli(dataDir, 'case', 'import', writeJson(tempDir(), 'case.json', caseFile));
    const out = path.join(tempDir(), 'exported.json');
    const result = await cli(dataDir, 'case', 'export', TINY_STUDY_UID, '--out', out);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).findings).toHaveLength(2);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['exported.json']);
  });

  it('refuses invalid JSON with exit 2 and one line naming the field path and accepted values, changing nothing', async () => {
    const dataDir = await withImportedStudy();
    await cli(dataDir, 'case', 'import', writeJson(tempDir(), 'case.json', caseFile));
    const bad = { ...caseFile, findings: [{ ...caseFile.findings[0], zone: 'lateral' }, { ...caseFile.findings[1], modicType: '4' }] };
    const result = await cli(dataDir, 'case', 'import', writeJson(tempDir(), 'bad.json', bad));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'spinecorrelate case import: The case was not imported: findings[0].zone: must be one of central, paracentral, subarticular, foraminal, extraforaminal (and 1 more)\n',
    );
    const syntax = await cli(dataDir, 'case', 'import', writeJson(tempDir(), 'broken.json', '{"format": "spinecorrelate.case/1",'));
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^spinecorrelate case import: The case was not imported: \(root\): is not valid JSON.*\n$/);
    const after = JSON.parse((await cli(dataDir, 'case', 'export', TINY_STUDY_UID)).stdout);
    expect(after.findings[0].zone).toBe('subarticular');
    expect(after.findings).toHaveLength(2);
  });

  it('refuses a case for an unknown study with exit 2, creating no case', async () => {
    const dataDir = await withImportedStudy();
    const result = await cli(dataDir, 'case', 'import', writeJson(tempDir(), 'case.json', { ...caseFile, study: { studyInstanceUID: '1.2.3.4.5' } }));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('spinecorrelate case import: That study is not imported: import its DICOM files first.\n');
    const exported = await cli(dataDir, 'case', 'export', '1.2.3.4.5');
    expect(exported).toMatchObject({ code: 2, stdout: '', stderr: 'spinecorrelate case export: This study has no case yet.\n' });
  });

  it('refuses a missing file with exit 2 and wrong usage with exit 1', async () => {
    const dataDir = tempDir();
    const missing = await cli(dataDir, 'case', 'import', path.join(tempDir(), 'nope.json'));
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'spinecorrelate case import: the case file does not exist\n' });
    expect((await cli(dataDir, 'case', 'import')).code).toBe(1);
    expect((await cli(dataDir, 'case', 'export')).code).toBe(1);
    expect((await cli(dataDir, 'case', 'export', TINY_STUDY_UID, '--format', 'x')).code).toBe(1);
  });
});
