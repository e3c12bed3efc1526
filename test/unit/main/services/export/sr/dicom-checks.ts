// Runs dciodvfy (dicom3tools) and dsrdump / dcmdump (DCMTK) on an SR and collects what they say.
// The tools are required: CI installs them (.ci/run), and a missing tool fails the test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function run(command: string, args: string[]): { status: number; out: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 2 ** 20 });
  if (result.error) throw new Error(`${command} could not run (install dcmtk and dicom3tools): ${result.error.message}`);
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

export interface SrChecks {
  /** dciodvfy's output lines that are errors. */
  iodErrors: string[];
  /** dciodvfy's warnings, for a look when something changes. */
  iodWarnings: string[];
  /** dsrdump's exit status and its E: lines. */
  dsrdumpStatus: number;
  dsrdumpErrors: string[];
  /** dsrdump +Pl (long values in full) output. */
  tree: string;
  /** dcmdump output. */
  dump: string;
}

export function checkSr(bytes: Uint8Array): SrChecks {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-sr-'));
  const file = path.join(dir, 'report-sr.dcm');
  try {
    fs.writeFileSync(file, bytes);
    const iod = run('dciodvfy', [file]);
    const dsr = run('dsrdump', ['+Pl', '+Pu', file]);
    const dump = run('dcmdump', [file]);
    const lines = iod.out.split('\n');
    return {
      iodErrors: lines.filter((line) => /^Error/.test(line)),
      iodWarnings: lines.filter((line) => /^Warning/.test(line)),
      dsrdumpStatus: dsr.status,
      dsrdumpErrors: dsr.out.split('\n').filter((line) => /^E:/.test(line)),
      tree: dsr.out,
      dump: dump.out,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
