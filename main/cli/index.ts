import { AppError } from '../../shared/ipc/result.ts';
import { describeErrorSafely } from '../services/log.ts';
import { defaultDataDir } from '../services/paths.ts';
import { EXIT, UsageError, type CliContext, type Command } from './command.ts';
import { commands } from './commands/index.ts';
import { BadPath, dataFolder } from './paths.ts';

function helpText(list: Command[]): string {
  const width = Math.max(...list.map((c) => c.usage.length));
  return [
    'usage: spinecorrelate [--data-dir DIR] <command> [options]',
    '',
    ...list.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'The data folder defaults to the app\'s own (or $SPINECORRELATE_DATA), so the command line and the app see the same cases.',
  ].join('\n');
}

/** `spinecorrelate <command> --help`: the command's usage, what it does, and its notes. */
function commandHelp(command: Command): string {
  return [`usage: spinecorrelate [--data-dir DIR] ${command.usage}`, '', `  ${command.summary}`, ...(command.details ?? []).map((line) => (line ? `  ${line}` : ''))].join('\n');
}

/** True when --help or -h comes before any `--` (after which everything is a positional). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** node:util parseArgs errors as one short line naming the option or argument. */
function parseErrorText(error: Error & { code: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted}`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${quoted}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && / argument missing/.test(error.message)) return `${quoted.split(' ')[0]} needs a value`;
  return error.message.split('. ')[0]!;
}

function isParseError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** Finds the command whose name matches the longest prefix of the arguments (`case export`). */
function findCommand(list: Command[], args: string[]): { command: Command; rest: string[] } | null {
  const sorted = [...list].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((word, i) => args[i] === word)) return { command, rest: args.slice(words.length) };
  }
  return null;
}

export async function runCli(argv: string[], io: Pick<CliContext, 'stdout' | 'stderr'> & { interactive?: boolean }, env = process.env): Promise<number> {
  const args = [...argv];
  let dataDir: string | undefined;
  while (args[0]?.startsWith('--')) {
    const flag = args.shift()!;
    if (flag === '--help' || flag === '-h') {
      io.stdout.write(`${helpText(commands)}\n`);
      return EXIT.ok;
    }
    if (flag === '--data-dir') dataDir = args[0]?.startsWith('-') ? undefined : args.shift();
    else if (flag.startsWith('--data-dir=')) dataDir = flag.slice('--data-dir='.length);
    else {
      io.stderr.write(`spinecorrelate: unknown option ${flag}\n${helpText(commands)}\n`);
      return EXIT.usage;
    }
    if (!dataDir) {
      io.stderr.write('spinecorrelate: --data-dir needs a folder\n');
      return EXIT.usage;
    }
  }
  if (args.length === 0 || args[0] === 'help') {
    (args.length === 0 ? io.stderr : io.stdout).write(`${helpText(commands)}\n`);
    return args.length === 0 ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(commands, args);
  if (!found) {
    io.stderr.write(`spinecorrelate: unknown command '${args[0]}'\n${helpText(commands)}\n`);
    return EXIT.usage;
  }
  if (asksForHelp(found.rest)) {
    io.stdout.write(`${commandHelp(found.command)}\n`);
    return EXIT.ok;
  }
  const givenDataDir = dataDir ?? defaultDataDir(env);
  const context: CliContext = {
    // Checked when a command first needs it: `correlate` works whatever the data folder is.
    get dataDir() {
      return dataFolder(givenDataDir);
    },
    stdout: io.stdout,
    stderr: io.stderr,
    interactive: io.interactive ?? false,
  };
  try {
    return await found.command.run(found.rest, context);
  } catch (error) {
    if (error instanceof UsageError || isParseError(error)) {
      const text = error instanceof UsageError ? error.message : parseErrorText(error);
      io.stderr.write(`spinecorrelate ${found.command.name}: ${text}\nusage: spinecorrelate ${found.command.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof BadPath) {
      io.stderr.write(`spinecorrelate ${found.command.name}: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof AppError) {
      // One line, as the spec asks: the first problem, and how many more there are.
      const [issue, ...more] = error.issues ?? [];
      const detail = issue ? `: ${issue.path}: ${issue.message}${more.length > 0 ? ` (and ${more.length} more)` : ''}` : '';
      io.stderr.write(`spinecorrelate ${found.command.name}: ${detail ? error.message.replace(/\.$/, '') : error.message}${detail}\n`);
      return error.code === 'invalid-input' || error.code === 'not-found' || error.code === 'invalid-request' ? EXIT.badInput : EXIT.failed;
    }
    io.stderr.write(`spinecorrelate ${found.command.name}: internal error (${describeErrorSafely(error)}); nothing half-written was left behind.\n`);
    return EXIT.failed;
  }
}
