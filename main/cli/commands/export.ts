import { parseArgs } from 'node:util';
import { type ExportProgress, exportRequestSchema } from '../../../shared/ipc/channels/export.ts';
import { AppError, zodIssues } from '../../../shared/ipc/result.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { exportJobsOf } from '../../services/export/export-jobs.ts';
import { createLogger } from '../../services/log.ts';
import { EXIT, UsageError, type CliContext, type Command } from '../command.ts';
import { outputFolder } from '../paths.ts';
import { progressBar } from '../progress-bar.ts';

const POLL_MS = 100;

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  project: { type: 'string' },
  dates: { type: 'string' },
  'include-notes': { type: 'boolean' },
  'include-burned-in': { type: 'boolean' },
  type: { type: 'string', multiple: true },
  level: { type: 'string', multiple: true },
  label: { type: 'string', multiple: true },
  sex: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  'min-age': { type: 'string' },
  'max-age': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'red-flags': { type: 'string' },
} as const;

/** Repeated or comma-separated: `--format csv --format jsonl` or `--format csv,jsonl`. */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number of years, not '${value}'`);
  return Number(value);
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'export --out DIR [--format csv|jsonl|sr|images] [filters] [--json]',
  summary: 'de-identified research export with a manifest',
  details: [
    '',
    '--out DIR                 the folder to write (created if missing)',
    '--format csv|jsonl|sr|images   repeat or comma-separate; csv by default',
    '--project NAME            pseudonyms stay the same within a project',
    '--dates shift|remove      dates moved per patient (default), or left out with the age kept',
    '--include-notes           free-text notes (off by default)',
    '--include-burned-in       images that may have burned-in text (off by default)',
    'filters: --type T, --level L, --label L, --sex S, --status S (repeatable), --min-age N, --max-age N,',
    '         --from DATE, --to DATE, --red-flags any|present|absent',
    '--json                    one JSON document on stdout with the counts and the manifest path',
  ],
  async run(args, context) {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true });
    if (!values.out) throw new UsageError('--out names the folder to create');
    const outDir = outputFolder(values.out, 'export folder');
    const formats = list(values.format);
    const parsed = exportRequestSchema.strict().safeParse({
      outDir,
      formats: formats.length > 0 ? formats : ['csv'],
      ...(values.project !== undefined ? { project: values.project } : {}),
      ...(values.dates !== undefined ? { dates: values.dates } : {}),
      includeNotes: values['include-notes'] === true,
      includeBurnedIn: values['include-burned-in'] === true,
      filter: {
        findingTypes: list(values.type),
        levels: list(values.level),
        labels: list(values.label),
        sexes: list(values.sex),
        statuses: list(values.status),
        ...(values['min-age'] !== undefined ? { ageMin: integer(values['min-age'], '--min-age') } : {}),
        ...(values['max-age'] !== undefined ? { ageMax: integer(values['max-age'], '--max-age') } : {}),
        ...(values.from !== undefined ? { dateFrom: values.from } : {}),
        ...(values.to !== undefined ? { dateTo: values.to } : {}),
        ...(values['red-flags'] !== undefined ? { redFlags: values['red-flags'] } : {}),
      },
    });
    if (!parsed.success) {
      const issue = zodIssues(parsed.error)[0]!;
      throw new UsageError(`${issue.path}: ${issue.message}`);
    }

    const services = createServices({ dataDir: context.dataDir, transport: 'preview', log: createLogger((line) => context.stderr.write(`${line}\n`)) });
    try {
      const jobs = exportJobsOf(services);
      let jobId: string;
      try {
        jobId = jobs.start(parsed.data);
      } catch (error) {
        if (error instanceof AppError && (error.code === 'conflict' || error.code === 'not-found')) {
          context.stderr.write(`spinecorrelate export: ${error.message}\n`);
          return EXIT.badInput;
        }
        throw error;
      }
      const interrupt = () => jobs.cancel(jobId);
      process.once('SIGINT', interrupt);
      let final: ExportProgress;
      try {
        final = await follow(jobs.progress.bind(jobs), jobs.finished(jobId), jobId, context);
      } finally {
        process.off('SIGINT', interrupt);
      }
      if (final.state === 'done' && final.result) {
        if (values.json === true) context.stdout.write(`${JSON.stringify({ state: final.state, ...final.result }, null, 2)}\n`);
        else {
          const c = final.result.counts;
          const skipped = c.skippedBurnedIn + c.skippedSecondaryCapture;
          context.stdout.write(
            `${c.cases} cases, ${c.findings} findings, ${c.images} images, ${c.structuredReports} SRs exported to ${final.result.outDir}` +
              `${skipped > 0 ? ` (${skipped} images with possible burned-in text left out)` : ''}.\nManifest: ${final.result.manifestPath}\n`,
          );
        }
        return EXIT.ok;
      }
      context.stderr.write(
        final.state === 'cancelled'
          ? 'spinecorrelate export: interrupted; nothing was left in the destination.\n'
          : `spinecorrelate export: ${final.message ?? 'the export failed'}\n`,
      );
      return EXIT.failed;
    } finally {
      await closeServices(services);
    }
  },
};

async function follow(progress: (jobId: string) => ExportProgress, finished: Promise<ExportProgress>, jobId: string, context: CliContext): Promise<ExportProgress> {
  const bar = progressBar(context.stderr, context.interactive);
  const timer = setInterval(() => {
    const p = progress(jobId);
    bar.update(p.casesDone, p.casesTotal, p.state === 'selecting' ? 'selecting cases…' : `cases, ${p.counts.images} images`);
  }, POLL_MS);
  try {
    return await finished;
  } finally {
    clearInterval(timer);
    bar.end();
  }
}
