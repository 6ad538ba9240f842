/**
 * `info` and Tổng quan count the records of older years' files without opening them: only the records
 * not deleted, whatever Vietnamese text they hold, and again when the file has changed.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLiveInFile, type LiveCounts } from '../../electron/store/liveCount';
import { decryptBytes, encryptBytes } from '../../electron/store/encryption/envelope';

const plain = (file: string) => fs.readFile(file);

const violation = (id: string, deletedAt: string | null) => ({ id, description: 'Đi làm muộn, không đeo thẻ — “nhắc nhở”', deletedAt, history: [] });

describe('counting the live records of a year still on disk', () => {
  it('counts the records not deleted, and counts again after the file changed', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-live-count-'));
    const file = path.join(folder, 'violations-2019.json');
    const counts: LiveCounts = new Map();
    await fs.writeFile(file, JSON.stringify({ records: [violation('a', null), violation('b', '2020-01-02T00:00:00.000Z'), violation('c', null)] }));
    expect(await countLiveInFile(file, counts, plain)).toBe(2);
    await fs.writeFile(file, JSON.stringify({ records: [violation('a', null), violation('b', null), violation('c', null), violation('d', null)] }));
    expect(await countLiveInFile(file, counts, plain)).toBe(4);
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('counts a sealed file of an encrypted folder through the reader that opens it', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-live-count-sealed-'));
    const file = path.join(folder, 'violations-2019.json');
    const key = Buffer.alloc(32, 7);
    await fs.writeFile(file, encryptBytes(key, Buffer.from(JSON.stringify({ records: [violation('a', null), violation('b', null), violation('c', '2020-01-02T00:00:00.000Z')] }))));
    // The sealed bytes hold no marker: counting them unopened gives 0.
    expect(await countLiveInFile(file, new Map(), plain)).toBe(0);
    expect(await countLiveInFile(file, new Map(), async (f) => decryptBytes(key, await fs.readFile(f)))).toBe(2);
    await fs.rm(folder, { recursive: true, force: true });
  });
});
