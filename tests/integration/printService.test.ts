import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { PRINT_FOLDER, PRINT_KEEP_MS, printFileName } from '../../electron/services/printService';
import { Session } from '../../electron/services/session';
import { fixedClock, tempFolder } from './helpers';

// A small but real PDF header and body; the viewer gets exactly these bytes.
const PDF_BYTES = Buffer.concat([Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1'), Buffer.from([0, 1, 2, 250, 251, 252]), Buffer.from('\n%%EOF\n')]);
const FILE = { fileName: 'bang-niem-yet-nam-khong-2019-a2-nha-in.pdf', dataBase64: PDF_BYTES.toString('base64') };
const silent = () => undefined;

const sessions: Session[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** The app's session on the folder, opened: print copies are written through its store. */
async function sessionWith(folder: string, openPath?: (file: string) => Promise<string>) {
  const clock = fixedClock('2026-03-16T09:00:00+07:00');
  const session = new Session(folder, { app: 'test', now: clock.now, openPath });
  await session.open();
  sessions.push(session);
  return { clock, handlers: createHandlers(session) };
}

describe('"In…" opens the PDF in the computer\'s PDF viewer', () => {
  it('writes the exact bytes to <data>/tmp-print and asks the viewer to open that file', async () => {
    const folder = await tempFolder('print');
    const opened: string[] = [];
    const { handlers } = await sessionWith(folder, async (file) => {
      opened.push(file);
      return '';
    });
    const result = await dispatch(handlers, 'openForPrinting', FILE, silent);
    const file = path.join(folder, PRINT_FOLDER, FILE.fileName);
    expect(result).toEqual({ ok: true, data: { file } });
    expect(opened).toEqual([file]);
    expect(Buffer.compare(await fs.readFile(file), PDF_BYTES)).toBe(0);
  });

  it('removes copies older than an hour, keeps newer ones (a viewer may still show them)', async () => {
    const folder = await tempFolder('print');
    const { clock, handlers } = await sessionWith(folder, async () => '');
    const printFolder = path.join(folder, PRINT_FOLDER);
    await fs.mkdir(printFolder, { recursive: true });
    const old = path.join(printFolder, 'cam-ket-cu.pdf');
    const recent = path.join(printFolder, 'bien-ban-vua-in.pdf');
    await fs.writeFile(old, PDF_BYTES);
    await fs.writeFile(recent, PDF_BYTES);
    const now = clock.now().getTime();
    await fs.utimes(old, new Date(now - PRINT_KEEP_MS - 60_000), new Date(now - PRINT_KEEP_MS - 60_000));
    await fs.utimes(recent, new Date(now - 60_000), new Date(now - 60_000));
    expect((await dispatch(handlers, 'openForPrinting', FILE, silent)).ok).toBe(true);
    expect((await fs.readdir(printFolder)).sort()).toEqual(['bang-niem-yet-nam-khong-2019-a2-nha-in.pdf', 'bien-ban-vua-in.pdf']);
  });

  it('is refused in the CLI (no viewer to open) with a Vietnamese message, and writes nothing', async () => {
    const folder = await tempFolder('print');
    const { handlers } = await sessionWith(folder);
    const result = await dispatch(handlers, 'openForPrinting', FILE, silent);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FORBIDDEN');
    expect(result.error.message).toContain('chỉ dùng được trong ứng dụng Ward Conduct');
    await expect(fs.stat(path.join(folder, PRINT_FOLDER))).rejects.toThrow();
  });

  it('refuses bytes that are not a PDF and names that are not .pdf, without opening anything', async () => {
    const folder = await tempFolder('print');
    const opened: string[] = [];
    const { handlers } = await sessionWith(folder, async (file) => {
      opened.push(file);
      return '';
    });
    const notPdf = await dispatch(handlers, 'openForPrinting', { fileName: 'x.pdf', dataBase64: Buffer.from('MZ\u0090 not a pdf').toString('base64') }, silent);
    expect(notPdf).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Tệp cần in không phải là tệp PDF.' } });
    const exe = await dispatch(handlers, 'openForPrinting', { fileName: 'bien-ban.exe', dataBase64: FILE.dataBase64 }, silent);
    expect(exe).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Chỉ in được tệp PDF.' } });
    expect(opened).toEqual([]);
  });

  it('tells the person where the file is when the viewer cannot open it', async () => {
    const folder = await tempFolder('print');
    const { handlers } = await sessionWith(folder, async () => 'No application is associated with the specified file');
    const result = await dispatch(handlers, 'openForPrinting', FILE, silent);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).toContain(path.join(folder, PRINT_FOLDER, FILE.fileName));
  });

  it('keeps the copy inside tmp-print whatever the name says', () => {
    expect(printFileName('..\\..\\Windows\\system32\\evil.pdf')).toBe('evil.pdf');
    expect(printFileName('../../etc/cam-ket.PDF')).toBe('cam-ket.pdf');
    expect(printFileName('Biên bản: tháng 3?.pdf')).toBe('Biên bản- tháng 3-.pdf');
    expect(printFileName('.pdf')).toBe('ban-in.pdf');
  });
});
