/**
 * A backup file with no line breaks (crafted, or cut from something else) is refused after a bounded
 * amount of unpacking, not read quadratically: opening `info` with one in the backups folder used to take minutes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BackupInvalidError, MANIFEST_MAX_BYTES, listBackups, readBackup, readBackupManifest, type ManifestReadStats } from '../../electron/store/backups';
import { fixedClock, openStore, tempFolder } from './helpers';

/** 3 MB of gzip that unpacks to about 3 GB of one line: many copies of one gzip member (the format allows it). */
function singleLineBomb(): Buffer {
  const member = gzipSync(Buffer.concat([Buffer.from('{"format":"ward-conduct-backup","x":"'), Buffer.alloc(1024 * 1024 - 40, 'a')]), { level: 9 });
  const copies = Math.ceil((3 * 1024 * 1024) / member.length);
  return Buffer.concat(Array.from({ length: copies }, () => member));
}

describe('a backup without line breaks', () => {
  it('is refused after unpacking at most the manifest limit, and is left out of the list', async () => {
    const folder = await tempFolder('nonl');
    const store = await openStore(folder, fixedClock('2026-03-02T02:00:00.000Z'));
    const file = path.join(store.paths.backups, 'backup-2026-03-01T02-00-00-000Z-daily.wcbak');
    const bomb = singleLineBomb();
    expect(bomb.length).toBeGreaterThan(3 * 1024 * 1024);
    await fs.writeFile(file, bomb);

    const stats: ManifestReadStats = { inflatedBytes: 0 };
    await expect(readBackupManifest(file, stats)).rejects.toBeInstanceOf(BackupInvalidError);
    // Work done is bounded by the limit (plus the one piece that crossed it), whatever the file unpacks to.
    expect(stats.inflatedBytes).toBeGreaterThan(MANIFEST_MAX_BYTES);
    expect(stats.inflatedBytes).toBeLessThanOrEqual(MANIFEST_MAX_BYTES + 1024 * 1024);
    expect(await listBackups(store.paths.backups)).toEqual([]);
    // Reading it whole (restore) stops at the line limit too, with the same plain refusal.
    await expect(readBackup(file)).rejects.toThrow('Tệp sao lưu bị hỏng hoặc không đúng định dạng');
  });

  it('a short file of one line without an ending line break is still a backup (older writers ended that way)', async () => {
    const folder = await tempFolder('nonl');
    const file = path.join(folder, 'mot-dong.wcbak');
    const manifest = { format: 'ward-conduct-backup', formatVersion: 2, createdAt: '2026-03-02T02:00:00.000Z', reason: 'manual', schemaVersion: 2, wardName: 'Phường Hoàn Kiếm', counts: {}, files: [] };
    await fs.writeFile(file, gzipSync(JSON.stringify(manifest)));
    const stats: ManifestReadStats = { inflatedBytes: 0 };
    expect((await readBackupManifest(file, stats)).wardName).toBe('Phường Hoàn Kiếm');
    expect(stats.inflatedBytes).toBe(Buffer.byteLength(JSON.stringify(manifest)));
  });
});
