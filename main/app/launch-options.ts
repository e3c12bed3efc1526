import path from 'node:path';
import { AppError } from '../../shared/ipc/result.ts';
import { defaultDataDir } from '../services/paths.ts';

/**
 * The data folder the app opens, from its own command line: `--data-dir DIR` or
 * `--data-dir=DIR`, else $SPINECORRELATE_DATA, else the platform's user-data folder — the same
 * rule as the `spinecorrelate` command, so both see the same database.
 */
export function dataDirFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === '--data-dir') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--data-dir=')) value = arg.slice('--data-dir='.length);
    else continue;
    if (value === '' || value.startsWith('--')) throw new AppError('invalid-input', '--data-dir needs a folder, for example --data-dir=/path/to/folder');
    return path.resolve(value);
  }
  return defaultDataDir(env, platform);
}
