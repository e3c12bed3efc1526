#!/usr/bin/env node
// The `spinecorrelate` command. The sources are TypeScript run directly by Node's type stripping,
// so this needs Node 24 — the one npm scripts and `npx` use from this project's node_modules.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    `spinecorrelate needs Node 24 or later (this is Node ${process.versions.node}).\n` +
      'From the project folder run it as `npx spinecorrelate …`, which uses the Node 24 installed by `npm install`.\n',
  );
  process.exit(1);
}
const { runCli } = await import('../main/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: Boolean(process.stderr.isTTY),
});
