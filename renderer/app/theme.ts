/**
 * The app's antd theme (Providers), shared with the build's first-screen styles (scripts/antd-first-screen-css.mjs).
 *
 * antd derives its whole token set (every colour palette, sizes, fonts) from the theme's few seed values
 * when the page first draws — some tens of milliseconds of the first render on an office PC. The build
 * derives it once with antd's own default algorithm (renderer/app/themeTokens.json, written by the same
 * script, checked by tests/unit/firstScreenCss.test.ts); the page uses that result when the seed is the
 * one it was derived from, and antd's algorithm for any other seed (a nested theme, a newer antd).
 */
import { theme, type ThemeConfig } from 'antd';
import BUILT from './themeTokens.json';

/** The seed values the app sets; antd's defaults for the rest. */
export const APP_SEED = {
  fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  fontSize: 15,
};

type Algorithm = NonNullable<Extract<ThemeConfig['algorithm'], (...args: never[]) => unknown>>;
type Seed = Parameters<Algorithm>[0];

/** True when `seed` has exactly the values the built tokens were derived from. */
export function isBuiltSeed(seed: Seed, built: Record<string, unknown> = BUILT.seed): boolean {
  const keys = Object.keys(built);
  if (Object.keys(seed).length !== keys.length) return false;
  const values = seed as unknown as Record<string, unknown>;
  return keys.every((key) => values[key] === built[key]);
}

/** antd's default algorithm, answered from the build's result for the app's own seed. */
export const builtAlgorithm: Algorithm = (seed, map) => {
  if (map === undefined && isBuiltSeed(seed)) return { ...(BUILT.map as unknown as ReturnType<Algorithm>) };
  return theme.defaultAlgorithm(seed);
};

export const APP_THEME: ThemeConfig = {
  token: APP_SEED,
  algorithm: builtAlgorithm,
};
