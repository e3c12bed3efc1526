import type { Command } from '../command.ts';
import { caseExportCommand } from './case-export.ts';
import { caseImportCommand } from './case-import.ts';
import { correlateCommand } from './correlate.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { reportCommand } from './report.ts';
import { serveCommand } from './serve.ts';
import { studiesCommand } from './studies.ts';

/** Every command of ../shared/spec/cli.md that exists so far, in the order `--help` lists them. */
export const commands: Command[] = [importCommand, studiesCommand, serveCommand, caseExportCommand, caseImportCommand, correlateCommand, reportCommand, exportCommand];
