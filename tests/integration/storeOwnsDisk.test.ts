/**
 * The store is the only owner of the data folder: services write no file themselves (checked in
 * their source), and at run time every file an evidence upload, a print copy or a restore's
 * evidence puts in the folder is written through the store's disk operations (a spy disk sees it).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { readEvidence, storeEvidence } from '../../electron/services/evidenceService';
import { Session } from '../../electron/services/session';
import { realDisk, type DiskOps } from '../../electron/store/durableWrite';
import { fixedClock, tempFolder } from './helpers';

const SERVICES = path.resolve(__dirname, '../../electron/services');
/** Calls that put something on disk; services must leave them to the store. */
const WRITES = /\bfs\.(writeFile|appendFile|rm|rmdir|unlink|mkdir|rename|copyFile|cp|symlink|link|truncate|open)\b|createWriteStream|writeFileSync|\b(writeFileDurable|copyFileDurable|writeStreamDurable)\b/;

async function sources(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** The real disk, noting the final name of every file written through it. */
function spyDisk(): DiskOps & { written: string[] } {
  const written: string[] = [];
  return { ...realDisk, written, rename: async (from, to) => (written.push(to), realDisk.rename(from, to)) };
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

describe('the store owns the data folder', () => {
  it('no service writes a file itself', async () => {
    const offenders: string[] = [];
    for (const file of await sources(SERVICES)) {
      (await fs.readFile(file, 'utf8')).split('\n').forEach((line, i) => {
        if (WRITES.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*')) offenders.push(`${path.relative(SERVICES, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('evidence and print copies reach the folder only through the store\'s disk', async () => {
    const folder = await tempFolder('owns-disk');
    const clock = fixedClock('2026-03-16T09:00:00+07:00');
    const disk = spyDisk();
    const session = new Session(folder, { app: 'test', now: clock.now, disk, openPath: async () => '' });
    await session.open();
    try {
      const upload = { fileName: 'biên bản.pdf', dataBase64: PDF.toString('base64') };
      const stored = await storeEvidence(session.store, upload, '2026', 'Nguyễn Thị Hoa', clock.now());
      expect((await readEvidence(session.store, stored.file)).dataBase64).toBe(upload.dataBase64);
      const printed = await dispatch(createHandlers(session), 'openForPrinting', { fileName: 'cam-ket.pdf', dataBase64: PDF.toString('base64') }, () => undefined);
      expect(printed.ok).toBe(true);
      await session.store.idle();
      const outsideDb = (await filesUnder(folder)).filter((f) => !/[\\/](db|backups)[\\/]/.test(f) && !f.endsWith('.lock'));
      expect(outsideDb.map((f) => path.relative(folder, f).split(path.sep)[0])).toEqual(['evidence', 'tmp-print']);
      for (const file of outsideDb) expect(disk.written, file).toContain(file);
    } finally {
      await session.close();
    }
  });
});
