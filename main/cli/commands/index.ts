import type { Command } from '../command.ts';
<<<<<<< HEAD
import { importCommand } from './import.ts';
=======
import { correlateCommand } from './correlate.ts';
>>>>>>> clinical
import { serveCommand } from './serve.ts';
import { studiesCommand } from './studies.ts';

/** Every command of ../shared/spec/cli.md that exists so far, in the order `--help` lists them. */
<<<<<<< HEAD
export const commands: Command[] = [importCommand, studiesCommand, serveCommand];
=======
export const commands: Command[] = [serveCommand, correlateCommand];
>>>>>>> clinical
