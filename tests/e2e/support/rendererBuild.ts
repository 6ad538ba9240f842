/** Builds the renderer (npx electron-vite build) when out/renderer is missing or older than its sources. */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, RENDERER_OUT } from './projectRoot';

const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

async function newestMtime(target: string): Promise<number> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of await fs.readdir(target)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  return newest;
}

export async function isRendererBuildCurrent(): Promise<boolean> {
  const built = await fs.stat(path.join(RENDERER_OUT, 'index.html')).catch(() => null);
  if (!built) return false;
  const assets = await fs.readdir(path.join(RENDERER_OUT, 'assets')).catch(() => []);
  if (!assets.some((name) => name.endsWith('.js'))) return false;
  let sources = 0;
  for (const source of SOURCES) sources = Math.max(sources, await newestMtime(path.join(PROJECT_ROOT, source)));
  return built.mtimeMs >= sources;
}

export async function ensureRendererBuilt(): Promise<void> {
  if (await isRendererBuildCurrent()) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, stdio: 'pipe', timeout: 170_000 });
  // electron-vite may keep index.html's old mtime when its content is unchanged: mark the build as fresh.
  const now = new Date();
  await fs.utimes(path.join(RENDERER_OUT, 'index.html'), now, now);
}
