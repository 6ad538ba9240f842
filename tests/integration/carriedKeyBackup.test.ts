/**
 * Issue 16, item 4, and "nothing lost": the PC of an encrypted ward dies; its USB backup ("Sao lưu ra
 * tệp") restores on a new PC with the data passphrase, and with nothing else. The file carries the key
 * wrapped by the passphrase (electron/store/encryption/carriedKey.ts), reveals no name, asks for the
 * passphrase where the open folder's key does not open it, refuses a wrong one and a changed byte.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import type { BackupInfo } from '../../shared/api/types';
import { BACKUP_PASSPHRASE_NEEDED } from '../../shared/api/encryptionContract';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session, type SessionDeps } from '../../electron/services/session';
import { seedDemo } from '../../electron/services/demoSeed';
import { hasCarriedKey, WRONG_BACKUP_PASSPHRASE } from '../../electron/store/encryption/carriedKey';
import { asciiJsonBytes } from '../../electron/store/jsonText';
import { evidencePath } from '../../electron/services/evidenceService';
import { fixedClock, tempFolder } from './helpers';
import { SMOKING } from './violationFixtures';

const PASSPHRASE = 'Hoàn Kiếm an toàn 2026';
const clock = fixedClock('2026-03-20T02:00:00.000Z');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const silent = () => undefined;

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function openWard(folder: string, deps: Partial<SessionDeps> = {}) {
  const session = new Session(folder, { app: 'test', now: clock.now, ...deps });
  sessions.push(session);
  expect((await session.open()).status).toBe('ready');
  const handlers = createHandlers(session);
  const call = (name: MethodName, input: unknown) => dispatch(handlers, name, input, silent);
  return { session, call };
}

/** The old PC: a seeded, encrypted ward with evidence, and its backup on the USB stick. */
async function encryptedWardOnStick() {
  const folder = await tempFolder('old-pc');
  const usb = path.join(await tempFolder('usb'), 'ward-conduct-sao-luu.wcbak');
  const { session, call } = await openWard(folder, { passphrase: async () => PASSPHRASE, chooseSaveFile: async () => usb });
  await seedDemo(session.store, { size: 'S' });
  const staff = session.store.collection('staff').records;
  const evidence = Buffer.from(`%PDF-1.4\n% biên bản của ${staff[0]!.fullName}\n%%EOF\n`, 'utf8');
  const created = await call('createViolation', {
    date: '2026-03-19', staffIds: [staff[0]!.id], ruleRefs: [SMOKING], description: 'Hút thuốc tại sảnh tiếp dân', source: 'camera',
    evidence: [{ fileName: 'bien-ban.pdf', dataBase64: evidence.toString('base64') }],
  });
  expect(created.ok).toBe(true);
  expect((await call('setEncryption', { isOn: true, passphrase: PASSPHRASE })).ok).toBe(true);
  const saved = await call('exportBackup', {});
  expect(saved.ok, saved.ok ? '' : saved.error.message).toBe(true);
  const listed = await call('listStaff', {});
  const names = staff.map((r) => r.fullName);
  await session.close();
  return { folder, usb, names, staffCount: listed.ok ? (listed.data as unknown[]).length : -1, evidenceSha: sha(evidence) };
}

describe('a USB backup of an encrypted ward', () => {
  it('carries its key under the passphrase: no name in it; on a new PC it asks for the passphrase, refuses a wrong one, and restores everything with the right one', async () => {
    const old = await encryptedWardOnStick();
    const bytes = await fs.readFile(old.usb);
    expect(hasCarriedKey(bytes)).toBe(true);
    let unzipped: Buffer | null = null;
    try {
      unzipped = gunzipSync(bytes);
    } catch {
      // sealed: not gzip
    }
    expect(unzipped).toBeNull();
    for (const name of old.names) for (const form of [Buffer.from(name, 'utf8'), asciiJsonBytes(name)]) expect(bytes.includes(form), name).toBe(false);

    // The new PC: a plain folder, nobody there knows the key.
    const fresh = await tempFolder('new-pc');
    const { session, call } = await openWard(fresh);
    const upload = { fileName: 'ward-conduct-sao-luu.wcbak', dataBase64: bytes.toString('base64') };
    const asked = await call('stageBackupUpload', upload);
    expect(asked.ok ? 'OK' : asked.error.message).toBe(BACKUP_PASSPHRASE_NEEDED);
    const wrong = await call('stageBackupUpload', { ...upload, passphrase: 'Hoàn Kiếm an toàn 2025' });
    expect(wrong.ok ? 'OK' : wrong.error.message).toBe(WRONG_BACKUP_PASSPHRASE);
    expect((await call('listStaff', {})).ok && session.store.collection('staff').records.length).toBe(0);

    const preview = await call('stageBackupUpload', { ...upload, passphrase: PASSPHRASE });
    expect(preview.ok, preview.ok ? '' : preview.error.message).toBe(true);
    const info = preview.ok ? (preview.data as BackupInfo) : null;
    expect(info?.counts.staff).toBeGreaterThan(10);
    const restored = await call('restoreBackup', { file: info!.file });
    expect(restored.ok, restored.ok ? '' : restored.error.message).toBe(true);
    const staff = await call('listStaff', {});
    expect(staff.ok && (staff.data as unknown[]).length).toBe(old.staffCount);
    const violation = session.store.collection('violations', '2026').records.find((v) => v.description === 'Hút thuốc tại sảnh tiếp dân');
    const ref = violation?.evidence?.[0];
    expect(ref?.sha256).toBe(old.evidenceSha);
    expect(sha((await session.store.readFolderFile(evidencePath(ref!)))!)).toBe(old.evidenceSha);
  }, 180_000);

  it('in the app the file chosen once is read again with the passphrase (no second dialog); the same folder needs none; a changed byte is refused', async () => {
    const old = await encryptedWardOnStick();
    const dialogs: string[] = [];
    const fresh = await tempFolder('new-pc-app');
    const { call } = await openWard(fresh, { chooseOpenFile: async () => (dialogs.push('open'), old.usb) });
    const asked = await call('chooseBackupFile', {});
    expect(asked.ok ? 'OK' : asked.error.message).toBe(BACKUP_PASSPHRASE_NEEDED);
    const preview = await call('chooseBackupFile', { passphrase: PASSPHRASE });
    expect(preview.ok && (preview.data as BackupInfo).file).toBe(old.usb);
    expect(dialogs).toEqual(['open']);

    // Back on the old PC (its own folder, opened with the passphrase): no question asked.
    const same = await openWard(old.folder, { passphrase: async () => PASSPHRASE });
    const upload = { fileName: 'a.wcbak', dataBase64: (await fs.readFile(old.usb)).toString('base64') };
    const own = await same.call('stageBackupUpload', upload);
    expect(own.ok, own.ok ? '' : own.error.message).toBe(true);

    // A changed byte in the sealed part, with the right passphrase: damaged, nothing restored.
    const changed = await fs.readFile(old.usb);
    changed.writeUInt8(changed.readUInt8(changed.length - 100) ^ 1, changed.length - 100);
    const other = await openWard(await tempFolder('new-pc-damaged'));
    const damaged = await other.call('stageBackupUpload', { fileName: 'hong.wcbak', dataBase64: changed.toString('base64'), passphrase: PASSPHRASE });
    expect(damaged.ok ? 'OK' : damaged.error.message).toMatch(/^Không khôi phục được từ tệp hong\.wcbak: tệp mã hóa bị thay đổi hoặc hỏng .+\. Không có gì bị thay đổi\.$/);
  }, 180_000);
});
