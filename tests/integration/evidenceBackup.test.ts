import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualBackup } from '../../electron/services/backupService';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { listBackups } from '../../electron/store/backups';
import { fixedClock, tempFolder } from './helpers';
import { openWard, SMOKING, type Ward } from './violationFixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffffff7f0009fb03fd2a86e38a0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n% biên bản ghi nhận vi phạm\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'utf8');
const silent = () => undefined;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const opened: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

/** A ward with one violation holding a camera photo, and a minutes PDF added and then removed (the history still names it). */
async function wardWithEvidence(): Promise<Ward> {
  const ward = await openWard();
  opened.push(ward);
  const created = await ward.must('createViolation', {
    date: '2026-03-16', staffIds: [ward.ids.binh], ruleRefs: [SMOKING], description: 'Hút thuốc tại sảnh tiếp dân', source: 'camera',
    evidence: [{ fileName: 'anh-camera.png', dataBase64: PNG.toString('base64') }],
  });
  await ward.must('addEvidence', { violationId: created.record.id, file: { fileName: 'bien-ban.pdf', dataBase64: PDF.toString('base64') } });
  await ward.must('removeEvidence', { violationId: created.record.id, sha256: sha(PDF) });
  return ward;
}

/** The lines of a backup as written: the manifest, then one object per line. */
async function backupLines(file: string): Promise<Record<string, unknown>[]> {
  return gunzipSync(await fs.readFile(file)).toString('utf8').split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function emptyWard(label: string): Promise<{ folder: string; session: Session; call: ReturnType<typeof caller> }> {
  const folder = await tempFolder(label);
  const session = new Session(folder, { app: 'test', now: fixedClock('2026-04-01T02:00:00.000Z').now });
  opened.push(session);
  await session.open();
  return { folder, session, call: caller(session) };
}

function caller(session: Session) {
  const handlers = createHandlers(session);
  return <K extends Parameters<typeof dispatch>[1]>(name: K, input: unknown) => dispatch(handlers, name, input, silent);
}

describe('backups and the evidence files (chứng cứ)', () => {
  it('a backup written to a chosen file carries the evidence bytes, and restoring it into an empty folder brings them back', async () => {
    const ward = await wardWithEvidence();
    const out = path.join(await tempFolder('usb'), 'sao-luu-usb.wcbak');
    const info = await createManualBackup(ward.session, out);
    expect(info.evidence).toEqual({ referenced: 2, included: 2, missing: null });

    const lines = await backupLines(out);
    const carried = lines.filter((l) => typeof l.base64 === 'string');
    const expected = [PNG, PDF].map((b) => `evidence/2026/${sha(b)}.${b === PNG ? 'png' : 'pdf'}`).sort();
    expect(carried.map((l) => l.name).sort()).toEqual(expected);
    for (const line of carried) {
      const bytes = Buffer.from(line.base64 as string, 'base64');
      expect(String(line.name)).toContain(sha(bytes));
      expect(bytes.equals(await fs.readFile(path.join(ward.folder, String(line.name))))).toBe(true);
    }

    const target = await emptyWard('restore-usb');
    const preview = await target.call('previewBackup', { file: out });
    expect(preview.ok && preview.data.evidence).toEqual({ referenced: 2, included: 2, missing: 0 });
    const restored = await target.call('restoreBackup', { file: out });
    expect(restored.ok && restored.data.evidenceWritten).toBe(2);
    for (const name of expected) expect(sha(await fs.readFile(path.join(target.folder, name)))).toBe(/([0-9a-f]{64})/.exec(name)?.[1]);
    const list = await target.call('listViolations', {});
    const id = list.ok ? list.data.rows[0]?.id : undefined;
    const photo = await target.call('getEvidence', { violationId: id, sha256: sha(PNG) });
    expect(photo.ok && Buffer.from(photo.data.dataBase64, 'base64').equals(PNG)).toBe(true);

    // Restoring again writes nothing: the files are there with the right hash.
    const again = await target.call('restoreBackup', { file: out });
    expect(again.ok && again.data.evidenceWritten).toBe(0);
  });

  it('a daily backup lists the evidence hashes without copying the files, and its preview names what is missing', async () => {
    const ward = await wardWithEvidence();
    ward.clock.advance(24 * 3600_000);
    await ward.must('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Trần Văn Nam' });
    await ward.session.store.idle();
    const daily = (await listBackups(path.join(ward.folder, 'backups'))).find((b) => b.reason === 'daily' && b.createdAt.startsWith('2026-03-21'));
    expect(daily).toBeDefined();
    const lines = await backupLines(daily!.file);
    expect(lines.some((l) => 'base64' in l)).toBe(false);
    expect((lines[0]!.evidence as { sha256: string }[]).map((e) => e.sha256).sort()).toEqual([sha(PNG), sha(PDF)].sort());
    expect(lines[0]!.evidenceIncluded).toEqual([]);
    expect(daily!.sizeBytes).toBeLessThan(PNG.length + PDF.length + 4000);

    const target = await emptyWard('restore-daily');
    const preview = await target.call('previewBackup', { file: daily!.file });
    expect(preview.ok && preview.data.evidence).toEqual({ referenced: 2, included: 0, missing: 2 });
    const own = await ward.call('previewBackup', { file: daily!.file });
    expect(own.ok && own.data.evidence).toEqual({ referenced: 2, included: 0, missing: 0 });
  });

  it('refuses a carried evidence file whose bytes no longer match its hash, and changes nothing', async () => {
    const ward = await wardWithEvidence();
    const out = path.join(await tempFolder('usb-bad'), 'hong.wcbak');
    await createManualBackup(ward.session, out);
    const lines = await backupLines(out);
    const png = lines.find((l) => String(l.name).endsWith('.png'))!;
    png.base64 = Buffer.concat([PNG, Buffer.from([0])]).toString('base64');
    await fs.writeFile(out, gzipSync(Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n'))));
    const target = await emptyWard('restore-bad');
    const result = await target.call('restoreBackup', { file: out });
    expect(!result.ok && result.error).toMatchObject({ code: 'BACKUP_INVALID', message: expect.stringContaining('mã băm không khớp') });
    expect(await fs.readdir(path.join(target.folder, 'evidence')).catch(() => [])).toEqual([]);
  });

  it('still restores a backup in the old format (version 1, data files only), and says its evidence is missing', async () => {
    const ward = await wardWithEvidence();
    const db = path.join(ward.folder, 'db');
    const names = (await fs.readdir(db)).filter((n) => n.endsWith('.json')).sort();
    const manifest = { format: 'ward-conduct-backup', formatVersion: 1, createdAt: '2026-03-20T05:00:00.000Z', reason: 'manual', schemaVersion: 2, wardName: 'Phường Hoàn Kiếm', counts: {}, files: names };
    const lines = [JSON.stringify(manifest)];
    for (const name of names) lines.push(`{"name":${JSON.stringify(name)},"content":${(await fs.readFile(path.join(db, name), 'utf8')).replace(/\n/g, ' ')}}`);
    const old = path.join(await tempFolder('old'), 'backup-cu.wcbak');
    await fs.writeFile(old, gzipSync(Buffer.from(lines.join('\n'), 'utf8')));

    const target = await emptyWard('restore-old');
    const preview = await target.call('previewBackup', { file: old });
    expect(preview.ok && preview.data.evidence).toEqual({ referenced: 2, included: 0, missing: 2 });
    const restored = await target.call('restoreBackup', { file: old });
    expect(restored.ok && restored.data.evidenceWritten).toBe(0);
    expect(target.session.store.meta.ward.name).toBe('Phường Hoàn Kiếm');
    const list = await target.call('listViolations', {});
    expect(list.ok && list.data.rows.map((r) => r.description)).toEqual(['Hút thuốc tại sảnh tiếp dân']);
  });
});
