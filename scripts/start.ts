// `npm start`: check that Electron can run here, build, then launch the app. Where the Electron
// runtime is missing or broken (no internet for its download, no display), say so in two lines
// and point at the browser preview, exiting non-zero without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { displayProblem, electronPackageDir, explainUnavailable, findElectron, rootProblem } from './electron-binary.ts';

const root = path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  process.stderr.write(message);
  process.exit(1);
}

const electron = findElectron(electronPackageDir());
if (!electron.ok) fail(explainUnavailable(electron.reason));
const appArgs = process.argv.slice(2);
const environmentProblem = displayProblem() ?? rootProblem(process.getuid?.(), process.platform, appArgs);
if (environmentProblem) fail(explainUnavailable(environmentProblem));

const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { stdio: 'inherit', cwd: root });
if (built.status !== 0) fail('npm start: the build failed (see above).\n');

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// Electron reads package.json "main" (dist/main/app.mjs) from the app folder given first.
const child = spawn(electron.executable, [root, ...appArgs], { stdio: 'inherit', env, cwd: root });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(explainUnavailable(`The Electron binary could not be started (${(error as NodeJS.ErrnoException).code ?? error.name}).`)));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
