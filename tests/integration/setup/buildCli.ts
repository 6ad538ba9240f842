/**
 * Integration tests run the built CLI (bin/ → out/cli). `npm test` builds before vitest; this builds the
 * CLI bundle again (esbuild, about a second) so a run of one test file never tests a stale bundle.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'pipe', timeout: 120_000 });
}
