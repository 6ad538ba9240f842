/**
 * Every file the bundles read at run time is where the packaged app looks for it: electron-builder copies
 * resources/<sub> to <resources>/<sub> (extraResources), and resourcesDir() looks there first.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAMILIES } from '../../electron/documents/pdf/pdfmake';
import { resourceCandidates, rendererDir, RUNTIME_RESOURCES } from '../../electron/resources/resourcesDir';

interface BuilderConfig {
  files: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('resources the packaged app reads', () => {
  it('copies each runtime resource folder to <resources>/<same name>', () => {
    for (const sub of RUNTIME_RESOURCES) {
      const entry = config.extraResources.find((e) => e.to === sub);
      expect(entry, `extraResources for ${sub}`).toBeDefined();
      expect(entry!.from).toBe(`resources/${sub}`);
      expect(entry!.filter ?? ['**/*']).toContain('**/*');
    }
    expect(config.files).toContain('out/**/*');
  });

  it('has every font file pdfmake loads, with its licence, in resources/fonts', () => {
    for (const styles of Object.values(FAMILIES)) {
      for (const file of Object.values(styles)) expect(existsSync(path.join('resources', 'fonts', file)), file).toBe(true);
    }
    for (const family of Object.keys(FAMILIES)) {
      const files = readdirSync(path.join('resources', 'fonts', family));
      expect(files.some((name) => /licen[cs]e|OFL/i.test(name)), `${family} licence`).toBe(true);
    }
  });

  it('has the shipped rule sets in resources/rules', () => {
    const sets = readdirSync(path.join('resources', 'rules')).filter((name) => /\.v\d+\.json$/.test(name));
    expect(sets).toEqual(expect.arrayContaining(['qd-522-2017.v1.json', 'qd-1665-2017.v1.json', 'nam-khong-2019.v1.json']));
  });

  it('looks in <resources>/<sub> first when packaged, then above its own file, never the current folder', () => {
    const holder = process as { resourcesPath?: string };
    const before = holder.resourcesPath;
    holder.resourcesPath = path.join(path.sep, 'Program Files', 'Ward Conduct', 'resources');
    try {
      const candidates = resourceCandidates('fonts', {}, path.join('/opt', 'app', 'out', 'cli'));
      expect(candidates[0]).toBe(path.join(holder.resourcesPath, 'fonts'));
      expect(candidates).toContain(path.join('/opt', 'app', 'resources', 'fonts'));
      expect(candidates.every((dir) => path.isAbsolute(dir))).toBe(true);
    } finally {
      holder.resourcesPath = before;
    }
  });

  it('finds the built renderer from the CLI bundle folder and from the sources, never the renderer sources', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'wc-project-'));
    try {
      for (const dir of ['out/cli', 'out/renderer', 'renderer', 'electron/resources']) mkdirSync(path.join(project, dir), { recursive: true });
      writeFileSync(path.join(project, 'renderer', 'index.html'), '<script type="module" src="./main.tsx"></script>');
      expect(rendererDir(path.join(project, 'out', 'cli'))).toBeNull();
      writeFileSync(path.join(project, 'out', 'renderer', 'index.html'), '<script src="./assets/index.js"></script>');
      expect(rendererDir(path.join(project, 'out', 'cli'))).toBe(path.join(project, 'out', 'renderer'));
      expect(rendererDir(path.join(project, 'electron', 'resources'))).toBe(path.join(project, 'out', 'renderer'));
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
