import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);

function loadConfig(): Record<string, unknown> {
  return parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
}

function validator() {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  return ajv.compile(schema);
}

describe('the Windows installer configuration', () => {
  it('is valid against the schema shipped in app-builder-lib', () => {
    const validate = validator();
    const isValid = validate(loadConfig());
    expect(validate.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('would be refused if it carried an unknown option (the schema check can fail)', () => {
    const validate = validator();
    expect(validate({ ...loadConfig(), nsis: { oneClick: false, notAnOption: true } })).toBe(false);
  });

  it('builds a per-user Vietnamese NSIS installer and a portable exe with fonts, rules and the chart rasteriser as resources', () => {
    const config = loadConfig() as {
      win: { target: { target: string }[] };
      nsis: Record<string, unknown>;
      extraResources: { from: string; to: string }[];
      files: string[];
    };
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.installerLanguages).toEqual(['vi_VN']);
    expect(config.nsis.createDesktopShortcut).toBe('always');
    expect(config.nsis.createStartMenuShortcut).toBe(true);
    expect(config.extraResources.map((r) => r.from).sort()).toEqual(['node_modules/@resvg/resvg-wasm/index_bg.wasm', 'resources/fonts', 'resources/rules']);
    expect(config.extraResources.find((r) => r.from.endsWith('.wasm'))?.to).toBe('resvg.wasm');
    expect(config.files).toContain('out/**/*');
  });

  it('ships no runtime dependencies beside the bundles and pins Electron exactly', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    expect(pkg.devDependencies.electron).toBe('45.4.1');
  });
});
