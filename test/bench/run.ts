// `npm run bench`: runs every bench and prints one JSON document on stdout (progress on stderr).
// Never a pass/fail: these are the figures the performance targets are read from.
// `npm run bench -- <name>…` runs only the named benches (including the on-request ones, such as
// `viewer-scroll`).
import os from 'node:os';
import { benches, onRequestBenches } from './benches/index.ts';

const only = process.argv.slice(2);
const selected = only.length > 0 ? [...benches, ...onRequestBenches].filter((b) => only.includes(b.name)) : benches;
const results: Record<string, unknown> = {
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};
for (const bench of selected) {
  process.stderr.write(`bench: ${bench.name}…\n`);
  try {
    results[bench.name] = await bench.run();
  } catch (error) {
    results[bench.name] = { error: error instanceof Error ? error.message : String(error) };
  }
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
