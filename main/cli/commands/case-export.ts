import { parseArgs } from 'node:util';
import { exportCase } from '../../services/cases/case-json.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { createLogger } from '../../services/log.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { outputFile } from '../paths.ts';
import { oneLineRefusal, writeFileAtomically } from './case-files.ts';

export const caseExportCommand: Command = {
  name: 'case export',
  usage: 'case export <studyInstanceUID> [--out FILE]',
  summary: 'a case as case format v1 JSON (stdout by default)',
  async run(args, context) {
    const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError('name the StudyInstanceUID of one study');
    const out = values.out === undefined ? undefined : outputFile(values.out, 'output file');
    const services = createServices({ dataDir: context.dataDir, transport: 'preview', log: createLogger((line) => context.stderr.write(`${line}\n`)) });
    try {
      const { text } = exportCase(services, positionals[0]!);
      if (out) writeFileAtomically(out, text);
      else context.stdout.write(text);
      return EXIT.ok;
    } catch (error) {
      const refused = oneLineRefusal(error, this.name, context);
      if (refused === null) throw error;
      return refused;
    } finally {
      await closeServices(services);
    }
  },
};
