/** Entry of the ward-conduct command (run by tsx in development, bundled to out/cli/ward-conduct.mjs). */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  now: () => new Date(),
});
