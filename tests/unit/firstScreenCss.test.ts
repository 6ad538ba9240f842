/**
 * The first screen's antd styles computed at build time (renderer/app/firstScreen.css) are what antd and
 * the app's theme give today. A stale file still looks right (the page computes what it does not find),
 * but the first screen would be slow again without anyone noticing: this test is the notice.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CSS = path.join(ROOT, 'renderer', 'app', 'firstScreen.css');

describe('first screen styles', () => {
  it('lists the shell and Tổng quan components in its cache map, with production style names', () => {
    const css = readFileSync(CSS, 'utf8');
    const map = /\.data-ant-cssinjs-cache-path\{content:"([^"]*)"/.exec(css)?.[1] ?? '';
    const components = map.split(';').map((entry) => entry.split('|')[1]);
    for (const component of ['Layout-Sider', 'Menu-Menu', 'Card-Card', 'List-List', 'Badge-Badge', 'Button-Button', 'Typography-Typography']) expect(components).toContain(component);
    expect(css).not.toContain('dev-only');
  });

  it('is what the generator writes from the installed antd and the app theme', () => {
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/antd-first-screen-css.mjs', '--check'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'pipe', timeout: 120_000 });
    expect(run).not.toThrow();
  }, 150_000);
});
