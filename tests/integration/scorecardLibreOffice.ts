/** Runs LibreOffice headless on an .xlsx with "always recalculate on load", exporting every sheet to CSV. */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile (parallel runs must not share one) that recalculates xlsx formulas on load. */
async function profile(): Promise<string> {
  const dir = path.join(os.tmpdir(), `lo-profile-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(path.join(dir, 'user'), { recursive: true });
  await fs.writeFile(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return dir;
}

export async function convertWithLibreOffice(file: string, target: string, outDir: string): Promise<{ stderr: string }> {
  const dir = await profile();
  try {
    const { stderr } = await run('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', '--convert-to', target, '--outdir', outDir, file], { timeout: 90_000 });
    return { stderr };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Every sheet as rows of cells: { sheet name → string[][] }. */
export async function recalculatedSheets(file: string): Promise<Map<string, string[][]>> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-csv-'));
  try {
    await convertWithLibreOffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', outDir);
    const stem = path.basename(file, '.xlsx');
    const sheets = new Map<string, string[][]>();
    for (const name of await fs.readdir(outDir)) {
      if (!name.startsWith(`${stem}-`)) continue;
      sheets.set(name.slice(stem.length + 1, -4), parseCsv(await fs.readFile(path.join(outDir, name), 'utf8')));
    }
    return sheets;
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [row, cell] = [[...row, cell], ''];
    else if (ch === '\n') [rows[rows.length], row, cell] = [[...row, cell], [], ''];
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
