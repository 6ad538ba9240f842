/**
 * The ND 30 serif: Times New Roman when the PC has its four TTF files (C:\Windows\Fonts on
 * Windows), otherwise the shipped Liberation Serif, whose advance widths are Times New Roman's, so
 * lines break where Word breaks them. Extra folders may be given in WARD_CONDUCT_FONT_DIRS.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const TIMES_FILES = { normal: 'times.ttf', bold: 'timesbd.ttf', italics: 'timesi.ttf', bolditalics: 'timesbi.ttf' } as const;
const LIBERATION = {
  normal: 'LiberationSerif/LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif/LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif/LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif/LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFiles = Record<keyof typeof TIMES_FILES, string>;

/** The folders where an installed Times New Roman may be. */
export function systemFontDirs(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string[] {
  const extra = (env.WARD_CONDUCT_FONT_DIRS ?? '').split(path.delimiter).filter(Boolean);
  const windows = platform === 'win32' ? [path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts'), ...(env.LOCALAPPDATA ? [path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [])] : [];
  return [...extra, ...windows];
}

/** Times New Roman's four files in one of the folders, or null. */
export function findTimesNewRoman(dirs: string[]): FontFiles | null {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
    const found = Object.entries(TIMES_FILES).map(([style, file]) => [style, lower.get(file)] as const);
    if (found.every(([, name]) => name)) return Object.fromEntries(found.map(([style, name]) => [style, path.join(dir, name!)])) as FontFiles;
  }
  return null;
}

/** Files of the ND 30 family: absolute Times New Roman paths, or Liberation Serif paths relative to the fonts folder. */
export function nd30FontFiles(dirs: string[] = systemFontDirs()): FontFiles {
  return findTimesNewRoman(dirs) ?? { ...LIBERATION };
}

/** Whether the ND 30 documents will print in Times New Roman itself. */
export function hasTimesNewRoman(dirs: string[] = systemFontDirs()): boolean {
  return findTimesNewRoman(dirs) !== null;
}
