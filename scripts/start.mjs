#!/usr/bin/env node
/**
 * `npm start`: the desktop app (electron-vite preview) when Electron's binary is installed; otherwise one
 * line saying why, then the same app served to this computer's browser (`ward-conduct serve`). Options
 * after `--` go to serve (e.g. `npm start -- --data D:\\du-lieu --no-open`).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronDir, isBinaryInstalled } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  // Ctrl+C reaches the child through the terminal; pass on a stop from elsewhere too.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.once('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}

const electronPresent = !process.env.WARD_CONDUCT_NO_ELECTRON && isBinaryInstalled(electronDir(root));
if (electronPresent) {
  run(npm, ['exec', '--', 'electron-vite', 'preview']);
} else {
  process.stdout.write(
    'Máy này không có chương trình Electron (chưa tải được), nên Ward Conduct mở trong trình duyệt. / ' +
      "Electron's binary is not installed here, so Ward Conduct is served to this computer's browser instead.\n",
  );
  if (!process.env.WARD_CONDUCT_SKIP_BUILD) {
    const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  run(process.execPath, [path.join(root, 'bin', 'ward-conduct.js'), 'serve', ...args]);
}
