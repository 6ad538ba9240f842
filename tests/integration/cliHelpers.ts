/**
 * Runs the ward-conduct command as users run it: `node bin/ward-conduct.js` against the bundle in out/cli
 * (built once per test run by tests/integration/setup/buildCli.ts), from a folder outside the project, so a
 * bundling hazard (__dirname, import.meta.url, a resource found only from the project folder) fails here.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliBin = path.join(repoRoot, 'bin', 'ward-conduct.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}, cwd: string = os.tmpdir()): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, WARD_CONDUCT_DATA: undefined, NODE_OPTIONS: undefined, ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, [cliBin, ...args], { cwd, env: childEnv, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
