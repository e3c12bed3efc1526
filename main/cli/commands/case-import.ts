import { parseArgs } from 'node:util';
import { importCase } from '../../services/cases/case-json.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { createLogger } from '../../services/log.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { oneLineRefusal, readCaseText } from './case-files.ts';

export const caseImportCommand: Command = {
  name: 'case import',
  usage: 'case import <case.json>',
  summary: 'create or replace the case of the study it names',
  async run(args, context) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    if (positionals.length !== 1) throw new UsageError('name one case file');
    const text = readCaseText(positionals[0]!);
    const services = createServices({ dataDir: context.dataDir, transport: 'preview', log: createLogger((line) => context.stderr.write(`${line}\n`)) });
    try {
      const view = importCase(services, { text });
      const n = view.document.findings.length;
      context.stdout.write(`Case imported (revision ${view.revision}): ${n} ${n === 1 ? 'finding' : 'findings'}.\n`);
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
