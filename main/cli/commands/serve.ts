import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPreviewServer } from '../../preview/server.ts';
import { closeServices, createServices } from '../../services/create-services.ts';
import { createLogger } from '../../services/log.ts';
import { appRoot, demoStudyDir, rendererBuildDir } from '../../services/paths.ts';
import type * as DemoWriter from '../../../test/fixtures/phantom/write-demo.ts';
import { EXIT, UsageError, type Command } from '../command.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N]',
  summary: 'the app in a browser: loopback only, prints the URL with its token',
  async run(args, context) {
    const { values } = parseArgs({ args, options: { port: { type: 'string' } }, strict: true });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not '${values.port}'`);

    await ensureRendererBuilt(context.stderr);
    await ensureDemoStudy();
    const services = createServices({ dataDir: context.dataDir, transport: 'preview', log: createLogger() });
    const server = await startPreviewServer({ services, rendererDir: rendererBuildDir, port });
    context.stdout.write(`SpineCorrelate is running on this computer only. Open:\n\n  ${server.url}\n\nPress Ctrl+C to stop.\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await closeServices(services);
    return EXIT.ok;
  },
};

/**
 * From a checkout (`npx spinecorrelate serve` right after `npm install`) the demo study has not
 * been generated yet; write it as the full build would. The generator is the fixtures' own.
 */
async function ensureDemoStudy(): Promise<void> {
  if (fs.existsSync(demoStudyDir)) return;
  const generator = path.join(appRoot, 'test', 'fixtures', 'phantom', 'write-demo.ts');
  if (!fs.existsSync(generator)) return;
  const { ensureDemoStudy: write } = (await import(generator)) as typeof DemoWriter;
  write(path.dirname(demoStudyDir));
}

/** From a checkout the renderer may not be built yet; build it once rather than fail. */
async function ensureRendererBuilt(stderr: NodeJS.WritableStream): Promise<void> {
  if (fs.existsSync(path.join(rendererBuildDir, 'index.html'))) return;
  stderr.write('Building the user interface (first run only)…\n');
  const { build } = await import('vite');
  await build({ configFile: path.join(appRoot, 'vite.config.ts'), logLevel: 'warn' });
}
