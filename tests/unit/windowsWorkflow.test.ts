/** The networked machine's pipeline: build the Windows installer and portable exe, upload them, smoke-test the packaged app. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync('.github/workflows/windows-build.yml', 'utf8')) as { on: unknown; jobs: Record<string, { 'runs-on': string; steps: Step[] }> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const builder = parse(readFileSync('electron-builder.yml', 'utf8')) as { nsis: { artifactName: string }; portable: { artifactName: string } };

describe('the Windows build workflow', () => {
  const job = workflow.jobs['build-windows']!;
  const runs = job.steps.map((step) => step.run ?? '');

  it('runs on windows-latest: npm ci, npm run dist:win, then the packaged app smoke test, in that order', () => {
    expect(job['runs-on']).toBe('windows-latest');
    const order = ['npm ci', 'npm run dist:win', 'npm run test:electron'].map((command) => runs.findIndex((run) => run.trim() === command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('uploads the NSIS installer and the portable exe under the names electron-builder gives them', () => {
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    const paths = upload?.with?.path ?? '';
    expect(builder.nsis.artifactName).toMatch(/-Setup-/);
    expect(builder.portable.artifactName).toMatch(/-Portable-/);
    expect(paths).toContain('-Setup-');
    expect(paths).toContain('-Portable-');
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });

  it('smoke-tests the unpacked packaged exe, and npm test never runs that test', () => {
    const smoke = job.steps.find((step) => step.run?.trim() === 'npm run test:electron');
    expect(smoke?.env?.WARD_ELECTRON_EXE).toBe('release/win-unpacked/Ward Conduct.exe');
    expect(pkg.scripts['test:electron']).toBe('vitest run --project electron');
    expect(pkg.scripts.test).not.toContain('electron');
  });
});
