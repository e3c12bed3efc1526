// Run by the import bench in a fresh Node process: one import as `spinecorrelate import` runs it
// (on this thread, nothing started or optimised before), timed from start to end. Prints
// {"seconds": …, "instances": …}. Usage: node import-cold-run.ts <dataDir> <path>…
import { performance } from 'node:perf_hooks';
import { createImportJobs } from '../../../main/services/dicom/import-jobs.ts';
import { silentLogger } from '../../../main/services/log.ts';
import { openDatabase } from '../../../main/services/store/database.ts';

const [dataDir, ...paths] = process.argv.slice(2);
if (!dataDir || paths.length === 0) throw new Error('usage: import-cold-run.ts <dataDir> <path>…');
openDatabase(dataDir).close();
const jobs = createImportJobs({ dataDir, log: silentLogger, thread: 'here' });
const started = performance.now();
const result = await jobs.finished(jobs.start(paths));
const seconds = (performance.now() - started) / 1000;
await jobs.close();
process.stdout.write(`${JSON.stringify({ seconds, instances: result.instances, state: result.state, rejected: result.rejectedCount })}\n`);
