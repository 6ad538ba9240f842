/**
 * The app's theme answers antd's token derivation from the build's result (renderer/app/themeTokens.json)
 * for its own seed: that result must be exactly what antd's default algorithm gives, and any other seed
 * (a nested theme) must still be derived by antd.
 */
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { APP_SEED, APP_THEME, builtAlgorithm, isBuiltSeed } from '../../renderer/app/theme';

const appSeed = { ...theme.defaultSeed, ...APP_SEED };

describe('the theme tokens derived at build time', () => {
  it('are what antd derives from the app seed (15 px Segoe UI), value for value', () => {
    expect(isBuiltSeed(appSeed)).toBe(true);
    const built = builtAlgorithm(appSeed);
    expect(built).toStrictEqual(theme.defaultAlgorithm(appSeed));
    expect(built.fontSize).toBe(15);
    expect(built.fontFamily).toBe(APP_SEED.fontFamily);
    expect(APP_THEME.algorithm).toBe(builtAlgorithm);
  });

  it('are handed out as a copy: a change by a caller does not reach the next page draw', () => {
    const first = builtAlgorithm(appSeed);
    (first as { colorPrimary: string }).colorPrimary = '#000000';
    expect(builtAlgorithm(appSeed).colorPrimary).toBe(theme.defaultAlgorithm(appSeed).colorPrimary);
  });

  it('are not used for another seed: a nested theme with other values is derived by antd', () => {
    const compact = { ...appSeed, fontSize: 13 };
    expect(isBuiltSeed(compact)).toBe(false);
    expect(builtAlgorithm(compact)).toStrictEqual(theme.defaultAlgorithm(compact));
    expect(builtAlgorithm(compact).fontSize).toBe(13);
    const extra = { ...appSeed, colorLink: '#123456' } as typeof appSeed;
    expect(isBuiltSeed(extra)).toBe(false);
    expect(builtAlgorithm(extra).colorLink).toBe('#123456');
  });
});
