/**
 * Where the program's own files (fonts, rule sets, icons) are, wherever the code runs:
 * - the packaged app: <resources>/<sub> (electron-builder `extraResources`, see electron-builder.yml);
 * - the built CLI and app (out/cli, out/main) and the sources under tsx/vitest: the project's
 *   resources/<sub>, found by walking up from this module's own file — never from the current
 *   folder, so `ward-conduct` works from any folder the clerk runs it in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The subfolders the bundles read at run time; each is an `extraResources` entry of the installer. */
export const RUNTIME_RESOURCES = ['fonts', 'rules'] as const;
export type RuntimeResource = (typeof RUNTIME_RESOURCES)[number];

/** This module's folder, in an ES module bundle, a CommonJS bundle or the sources. */
function moduleDir(): string | null {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

/** Candidate folders in order: override, packaged app, the project's resources/ above this file. */
export function resourceCandidates(sub: RuntimeResource, env: NodeJS.ProcessEnv = process.env, start: string | null = moduleDir()): string[] {
  const candidates: string[] = [];
  if (env.WARD_CONDUCT_RESOURCES) candidates.push(path.join(env.WARD_CONDUCT_RESOURCES, sub));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(path.join(packaged, sub));
  for (let dir = start, depth = 0; dir && depth < 6; depth += 1) {
    candidates.push(path.join(dir, 'resources', sub));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return candidates;
}

/** The first candidate that exists; the nearest project folder as a last resort (its error names it). */
export function resourcesDir(sub: RuntimeResource, env: NodeJS.ProcessEnv = process.env): string {
  const candidates = resourceCandidates(sub, env);
  return candidates.find((dir) => existsSync(dir)) ?? candidates[candidates.length - 1] ?? path.resolve('resources', sub);
}

/**
 * The built renderer (out/renderer) for the browser door: found above this module's file, from the CLI
 * bundle (out/cli) or the sources; never the renderer's sources, which a browser cannot run.
 */
export function rendererDir(start: string | null = moduleDir()): string | null {
  for (let dir = start, depth = 0; dir && depth < 6; depth += 1) {
    const nested = path.join(dir, 'out', 'renderer');
    if (existsSync(path.join(nested, 'index.html'))) return nested;
    if (path.basename(dir) === 'out' && existsSync(path.join(dir, 'renderer', 'index.html'))) return path.join(dir, 'renderer');
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
