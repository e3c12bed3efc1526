// The real `spinecorrelate` command, spawned as a user runs it, given paths that cannot work:
// one plain line on stderr saying which argument and what is wrong (no stack, no path, since
// names of studies and cases carry patients' names), and the exit codes of ../shared/spec/cli.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from '../../../../main/services/paths.ts';
import type { DemoStudy } from '../../../fixtures/phantom/write-demo.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';
import { demoStudy } from '../services/dicom/import-helpers.ts';

const BIN = path.join(appRoot, 'bin', 'spinecorrelate.js');
const EXIT = { ok: 0, usage: 1, badInput: 2 };
const tempDir = useTempDir();
let demo: DemoStudy;

beforeAll(() => {
  demo = demoStudy();
}, 120_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spinecorrelate(args: string[], cwd = appRoot): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SPINECORRELATE_DATA: path.join(tempDir(), 'data') }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const NAMED_FOR_A_PATIENT = 'Jane Doe 1970';

/** Exit 2, nothing on stdout, and exactly the one line on stderr, with no path in it. */
function expectBadInput(run: Run, line: string): void {
  expect(run).toEqual({ code: EXIT.badInput, stdout: '', stderr: `${line}\n` });
  expect(run.stderr).not.toContain(NAMED_FOR_A_PATIENT);
}

const caseJson = JSON.stringify({ format: 'spinecorrelate.case/1', patient: { age: 40, sex: 'F' }, findings: [] });

describe('spinecorrelate given a path that does not exist', () => {
  it('says which argument for every command that reads one, and exits 2', () => {
    const missing = path.join(tempDir(), NAMED_FOR_A_PATIENT);
    expectBadInput(spinecorrelate(['import', missing]), 'spinecorrelate import: the path to import does not exist');
    expectBadInput(spinecorrelate(['import', demo.studyDir, missing]), 'spinecorrelate import: the path 2 of 2 to import does not exist');
    expectBadInput(spinecorrelate(['correlate', `${missing}.json`]), 'spinecorrelate correlate: the case file does not exist');
    expectBadInput(spinecorrelate(['case', 'import', `${missing}.json`]), 'spinecorrelate case import: the case file does not exist');
    expectBadInput(spinecorrelate(['report', `${missing}.json`]), 'spinecorrelate report: the case file does not exist');
    expectBadInput(spinecorrelate(['case', 'export', '1.2.3', '--out', path.join(missing, 'case.json')]), 'spinecorrelate case export: the output file cannot be written: its folder does not exist');
    expectBadInput(spinecorrelate(['export', '--out', path.join(missing, 'export')]), 'spinecorrelate export: the export folder cannot be written: its folder does not exist');
  });
});

describe('spinecorrelate given a folder where a file belongs, or a file where a folder does', () => {
  it('says so and exits 2', () => {
    const folder = path.join(tempDir(), NAMED_FOR_A_PATIENT);
    fs.mkdirSync(folder);
    const file = path.join(tempDir(), `${NAMED_FOR_A_PATIENT}.json`);
    fs.writeFileSync(file, caseJson);
    expectBadInput(spinecorrelate(['correlate', folder]), 'spinecorrelate correlate: the case file is a folder, not a file');
    expectBadInput(spinecorrelate(['case', 'import', folder]), 'spinecorrelate case import: the case file is a folder, not a file');
    expectBadInput(spinecorrelate(['report', folder]), 'spinecorrelate report: the case file is a folder, not a file');
    expectBadInput(spinecorrelate(['report', file, '--out', folder]), 'spinecorrelate report: the output file is a folder: name a file to write');
    expectBadInput(spinecorrelate(['case', 'export', '1.2.3', '--out', folder]), 'spinecorrelate case export: the output file is a folder: name a file to write');
    expectBadInput(spinecorrelate(['export', '--out', file]), 'spinecorrelate export: the export folder is a file, not a folder');
    expectBadInput(spinecorrelate(['--data-dir', file, 'studies']), 'spinecorrelate studies: the data folder is a file, not a folder');
    expect(spinecorrelate(['--data-dir', file, 'correlate', file, '--json']).code).toBe(EXIT.ok); // needs no data folder
  });
});

describe('spinecorrelate given something it cannot read', () => {
  it('refuses a device as a case file', () => {
    expectBadInput(spinecorrelate(['correlate', '/dev/null']), 'spinecorrelate correlate: the case file is not a regular file');
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file without read permission', () => {
    const file = path.join(tempDir(), `${NAMED_FOR_A_PATIENT}.json`);
    fs.writeFileSync(file, caseJson);
    fs.chmodSync(file, 0o000);
    expectBadInput(spinecorrelate(['correlate', file]), 'spinecorrelate correlate: the case file cannot be read (permission denied)');
  });
});

describe('spinecorrelate given relative paths', () => {
  it('takes them from the current folder, and says so when nothing is there', () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'case.json'), caseJson);
    fs.cpSync(demo.studyDir, path.join(cwd, 'study'), { recursive: true });
    const dataDir = path.join(tempDir(), 'data');

    expect(spinecorrelate(['correlate', 'case.json', '--json'], cwd).code).toBe(EXIT.ok);
    const imported = spinecorrelate(['--data-dir', dataDir, 'import', 'study', '--json'], cwd);
    expect(imported.code).toBe(EXIT.ok);
    expect(JSON.parse(imported.stdout)).toMatchObject({ series: 3, rejected: [] });

    const note = ' (a relative path is taken from the current folder)';
    expectBadInput(spinecorrelate(['correlate', 'other.json'], cwd), `spinecorrelate correlate: the case file does not exist${note}`);
    expectBadInput(spinecorrelate(['import', 'elsewhere'], cwd), `spinecorrelate import: the path to import does not exist${note}`);
  });
});

describe('spinecorrelate <command> --help and unknown options', () => {
  const usages: Record<string, string> = {
    import: 'import <path...> [--json]',
    studies: 'studies [--json]',
    serve: 'serve [--port N]',
    'case export': 'case export <studyInstanceUID> [--out FILE]',
    'case import': 'case import <case.json>',
    correlate: 'correlate <case.json> [--json] [--explain]',
    report: 'report <case.json | --study UID> [--format text|json|pdf|sr] [--out FILE]',
    export: 'export --out DIR [--format csv|jsonl|sr|images] [filters] [--json]',
  };

  it.each(Object.entries(usages))('%s --help prints its usage on stdout and exits 0', (command, usage) => {
    const run = spinecorrelate([...command.split(' '), '--help']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout.split('\n')[0]).toBe(`usage: spinecorrelate [--data-dir DIR] ${usage}`);
    expect(run.stderr).toBe('');
  });

  it('lists every command of the spec in spinecorrelate --help', () => {
    const run = spinecorrelate(['--help']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toMatch(/^usage: spinecorrelate \[--data-dir DIR\] <command> \[options\]\n/);
    for (const usage of Object.values(usages)) expect(run.stdout).toContain(`  ${usage}`);
  });

  it('names an unknown option in one line with the usage, and exits 1', () => {
    const run = spinecorrelate(['import', demo.studyDir, '--bogus']);
    expect(run).toEqual({ code: EXIT.usage, stdout: '', stderr: 'spinecorrelate import: unknown option --bogus\nusage: spinecorrelate import <path...> [--json]\n' });
    expect(spinecorrelate(['case', 'export', '1.2.3', '--fast']).stderr.split('\n')[0]).toBe('spinecorrelate case export: unknown option --fast');
    expect(spinecorrelate(['--bogus', 'studies']).stderr.split('\n')[0]).toBe('spinecorrelate: unknown option --bogus');
    expect(spinecorrelate(['--bogus', 'studies']).code).toBe(EXIT.usage);
  });
});
