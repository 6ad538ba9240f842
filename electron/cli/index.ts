/** Entry of the ward-conduct command (run by tsx in development, bundled to out/cli/ward-conduct.mjs). */
import { runCli } from './run';
import { readSecretFromTerminal } from './secretPrompt';

// `ward-conduct staff list | head -1`: once the reader has gone, the rest of the output is dropped
// quietly (the command's work is already committed), not a crash on EPIPE.
let isStdoutGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  isStdoutGone = true;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => {
    if (!isStdoutGone) process.stdout.write(`${text}\n`);
  },
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  now: () => new Date(),
  readSecret: readSecretFromTerminal,
});
