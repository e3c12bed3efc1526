import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoImportPathOrNull } from '../../../main/services/dicom/demo-import.ts';
import { createImportJobs } from '../../../main/services/dicom/import-jobs.ts';
import { defaultIndexWorkerCount } from '../../../main/services/dicom/index-pool.ts';
import { silentLogger } from '../../../main/services/log.ts';
import { demoStudyDir } from '../../../main/services/paths.ts';
import { openDatabase } from '../../../main/services/store/database.ts';
import { hasBenchStudy, writeBenchStudy } from '../../fixtures/bench/write-bench.ts';
import { hasTool } from '../../fixtures/external-tool.ts';
import { ensureDemoStudy } from '../../fixtures/phantom/write-demo.ts';
import type { Bench } from '../bench.ts';

const GENERATED = path.resolve(import.meta.dirname, '../../fixtures/generated');
const BENCH_DIR = path.join(GENERATED, 'bench-2000');
const ROUNDS = 5;

/**
 * Importing the 2,000-instance, ~1 GB benchmark study into a fresh database, with the file
 * cache warm, against `dcmdump -M +sd +r` over the same files. Rounds alternate between the
 * two so that both see the same machine; the medians are the figures.
 *
 * - `importSeconds`: as in the app, whose import workers are started and primed on the demo
 *   study at launch (createServices → imports.warmUp()): from `start` to the job's end.
 * - `cliImportSeconds`: as `spinecorrelate import` runs it, in a fresh process — on its own
 *   thread, nothing started or optimised beforehand — timed from `start` to the end.
 * - `cliProcessSeconds`: the whole `spinecorrelate import --json` command, Node's start and
 *   loading the TypeScript sources included (one run, for scale).
 */
export const importBench: Bench = {
  name: 'import',
  async run() {
    if (!hasBenchStudy(BENCH_DIR)) {
      process.stderr.write('bench: writing the 2,000-instance benchmark study (about 1 GB, once)…\n');
      writeBenchStudy(BENCH_DIR);
    }
    const paths = fs
      .readdirSync(BENCH_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(BENCH_DIR, entry.name))
      .sort();
    const primeFrom = demoImportPathOrNull(demoStudyDir) ?? ensureDemoStudy(path.join(GENERATED, 'demo')).studyDir;
    const dcmdump = hasTool('dcmdump');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-bench-import-'));
    try {
      runDcmdump(paths); // warms the file cache
      const rounds = { primed: [] as number[], cold: [] as number[], dcmdump: [] as number[] };
      let instances = 0;
      for (let round = 0; round < ROUNDS; round++) {
        if (dcmdump) rounds.dcmdump.push(runDcmdump(paths));
        const primed = await timeImport(path.join(work, `primed-${round}`), paths, primeFrom);
        rounds.primed.push(primed.seconds);
        instances = primed.instances;
        rounds.cold.push(coldImport(path.join(work, `cli-${round}`), paths));
      }
      const processSeconds = timeCommand(path.join(work, 'cli-process'), paths);
      const seconds = median(rounds.primed);
      const cold = median(rounds.cold);
      const reference = dcmdump ? median(rounds.dcmdump) : null;
      return {
        instances,
        importSeconds: round3(seconds),
        instancesPerSecond: Math.round(instances / seconds),
        cliImportSeconds: round3(cold),
        cliInstancesPerSecond: Math.round(instances / cold),
        dcmdumpSeconds: reference === null ? null : round3(reference),
        ratioToDcmdump: reference === null ? null : round3(seconds / reference),
        cliRatioToDcmdump: reference === null ? null : round3(cold / reference),
        cliProcessSeconds: round3(processSeconds),
        targetRatio: 0.6,
        dcmdumpSkipped: dcmdump ? false : 'dcmdump (Debian dcmtk) is not installed',
        roundsSeconds: `app ${rounds.primed.map(round3).join(' / ')}; cli ${rounds.cold.map(round3).join(' / ')}; dcmdump ${rounds.dcmdump.map(round3).join(' / ')}`,
        indexThreads: `${1 + defaultIndexWorkerCount()} (the import worker and its index workers)`,
      };
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  },
};

/** As the app imports: in its import worker, started and primed at launch. */
async function timeImport(dataDir: string, paths: readonly string[], primeFrom: string): Promise<{ seconds: number; instances: number }> {
  openDatabase(dataDir).close(); // the app opens its database at launch
  const jobs = createImportJobs({ dataDir, log: silentLogger, primeFrom });
  try {
    await jobs.warmUp();
    const started = performance.now();
    const result = await jobs.finished(jobs.start(paths));
    const seconds = (performance.now() - started) / 1000;
    if (result.state !== 'done' || result.rejectedCount > 0) throw new Error(`the benchmark import ended ${result.state} with ${result.rejectedCount} files rejected`);
    return { seconds, instances: result.instances };
  } finally {
    await jobs.close();
  }
}

const NODE = process.execPath;
const REPO = path.resolve(import.meta.dirname, '../../..');

function coldImport(dataDir: string, paths: readonly string[]): number {
  const run = spawnSync(NODE, [path.join(import.meta.dirname, 'import-cold-run.ts'), dataDir, ...paths], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the cold import run failed: ${run.stderr.slice(0, 300)}`);
  const result = JSON.parse(run.stdout) as { seconds: number; state: string; rejected: number };
  if (result.state !== 'done' || result.rejected > 0) throw new Error(`the cold import ended ${result.state} with ${result.rejected} files rejected`);
  return result.seconds;
}

function timeCommand(dataDir: string, paths: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(NODE, [path.join(REPO, 'bin', 'spinecorrelate.js'), '--data-dir', dataDir, 'import', '--json', ...paths], { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`spinecorrelate import exited ${run.status}`);
  return (performance.now() - started) / 1000;
}

function runDcmdump(paths: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync('dcmdump', ['-M', '+sd', '+r', ...paths], { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  if (run.error) throw run.error;
  return seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
