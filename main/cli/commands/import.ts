import { parseArgs } from 'node:util';
import type { ImportProgress, RejectedFile } from '../../../shared/ipc/channels/studies.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { createLogger } from '../../services/log.ts';
import { EXIT, UsageError, type CliContext, type Command } from '../command.ts';
import { inputFileOrFolder } from '../paths.ts';
import { progressBar } from '../progress-bar.ts';

const POLL_MS = 100;

export const importCommand: Command = {
  name: 'import',
  usage: 'import <path...> [--json]',
  summary: 'index DICOM files, folders, DICOMDIR media',
  details: [
    '',
    'Paths may be relative to the current folder. Files that are not DICOM are listed as not imported,',
    'with their reasons; that is normal output (exit 0), not a failure.',
    '',
    '--json   one JSON document on stdout: { state, filesFound, studies, series, instances, unchanged,',
    '         rejected: [ { path, reason } ] }; progress goes to stderr',
  ],
  async run(args, context) {
    const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
    const paths = positionals.map((given, i) => inputFileOrFolder(given, positionals.length === 1 ? 'path to import' : `path ${i + 1} of ${positionals.length} to import`));

    const services = createServices({
      dataDir: context.dataDir,
      transport: 'preview',
      log: createLogger((line) => context.stderr.write(`${line}\n`)),
      importThread: 'here',
    });
    try {
      const jobId = services.imports.start(paths);
      const interrupt = () => services.imports.cancel(jobId);
      process.once('SIGINT', interrupt);
      let final: ImportProgress;
      try {
        final = await follow(services.imports.progress.bind(services.imports), services.imports.finished(jobId), jobId, context);
      } finally {
        process.off('SIGINT', interrupt);
      }
      report(final, services.imports.rejected(jobId, 0, final.rejectedCount).files, values.json === true, context);
      if (final.state === 'done') return EXIT.ok;
      context.stderr.write(
        final.state === 'cancelled'
          ? 'spinecorrelate import: interrupted; the files imported before that are kept, nothing is half-written.\n'
          : `spinecorrelate import: ${final.message ?? 'the import failed'}\n`,
      );
      return EXIT.failed;
    } finally {
      await closeServices(services);
    }
  },
};

/** Shows progress on stderr until the job ends. */
async function follow(progress: (jobId: string) => ImportProgress, finished: Promise<ImportProgress>, jobId: string, context: CliContext): Promise<ImportProgress> {
  const bar = progressBar(context.stderr, context.interactive);
  const draw = () => {
    const p = progress(jobId);
    if (p.state === 'scanning') bar.update(0, p.filesFound, 'looking for files…');
    else bar.update(p.filesProcessed, p.filesFound, `files, ${p.rejectedCount} not imported`);
  };
  draw();
  const timer = setInterval(draw, POLL_MS);
  try {
    return await finished;
  } finally {
    clearInterval(timer);
    bar.end();
  }
}

function report(p: ImportProgress, rejected: RejectedFile[], json: boolean, context: CliContext): void {
  if (json) {
    const document = {
      state: p.state,
      filesFound: p.filesFound,
      studies: p.studies,
      series: p.series,
      instances: p.instances,
      unchanged: p.unchanged,
      rejected,
    };
    context.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const lines = [
    `${p.instances} ${plural(p.instances, 'instance')} imported, ${p.unchanged} unchanged, in ${p.series} ${plural(p.series, 'series', 'series')} of ${p.studies} ${plural(p.studies, 'study', 'studies')}.`,
  ];
  if (rejected.length > 0) {
    lines.push(`${rejected.length} ${plural(rejected.length, 'file was', 'files were')} not imported:`);
    for (const r of rejected) lines.push(`  ${r.path}: ${r.reason}`);
  }
  context.stdout.write(`${lines.join('\n')}\n`);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
