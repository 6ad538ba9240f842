/**
 * Encryption at rest of a data folder (issue 16, item 4), a ward's day: the administrator turns it on
 * for a demo ward with evidence files and backups; afterwards no staff name, CCCD or phone number is in
 * any byte of any file of the folder (gzip-unpacked where possible). The app still reads, writes, makes
 * its daily backup and restores an encrypted backup. Without the passphrase, or with a wrong one, the
 * folder is refused and not one byte changes; turning it off makes every file plain again.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { seedDemo } from '../../electron/services/demoSeed';
import { createManualBackup } from '../../electron/services/backupService';
import { isEncrypted, WRONG_PASSPHRASE } from '../../electron/store/encryption/envelope';
import { PASSPHRASE_NEEDED } from '../../electron/store/encryption/folderEncryption';
import { LOCK_FILE } from '../../electron/store/lock';
import { asciiJsonBytes } from '../../electron/store/jsonText';
import { fixedClock, tempFolder, type FixedClock } from './helpers';
import { SMOKING } from './violationFixtures';

const PASSPHRASE = 'Hoàn Kiếm an toàn 2026';
const PDF_WITH_NAME = (name: string) => Buffer.from(`%PDF-1.4\n% biên bản ghi nhận vi phạm của ${name}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`, 'utf8');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

function open(folder: string, clock: FixedClock, passphrase?: string): Session {
  const session = new Session(folder, { app: 'test', now: clock.now, passphrase: async () => passphrase ?? null });
  sessions.push(session);
  return session;
}

function caller(session: Session) {
  const handlers = createHandlers(session);
  return async <K extends MethodName>(name: K, input: unknown) => {
    const result = await dispatch(handlers, name, input, () => undefined);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result.data;
  };
}

async function allFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await allFiles(file)));
    else found.push(file);
  }
  return found.sort();
}

async function fingerprintBytes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await allFiles(folder)) out[path.relative(folder, file)] = sha(await fs.readFile(file));
  return out;
}

/** A seeded ward (demo S) with CCCD numbers in the notes, evidence naming a person, a manual backup and daily backups. */
async function seededWard(): Promise<{ folder: string; clock: FixedClock; secrets: string[]; evidenceSha: string; staffCount: number }> {
  const folder = await tempFolder('encrypted');
  const clock = fixedClock('2026-03-20T02:00:00.000Z');
  const session = open(folder, clock);
  await session.open();
  await seedDemo(session.store, { size: 'S' });
  await session.store.mutateCollection('staff', null, (file) => {
    file.records.forEach((r, i) => void (r.notes = `CCCD ${String(1190012345 + i).padStart(12, '0')}`));
  });
  const staff = session.store.collection('staff').records;
  const call = caller(session);
  const pdf = PDF_WITH_NAME(staff[0]!.fullName);
  await call('createViolation', {
    date: '2026-03-19', staffIds: [staff[0]!.id], ruleRefs: [SMOKING], description: `Hút thuốc tại sảnh tiếp dân (${staff[0]!.fullName})`, source: 'camera',
    evidence: [{ fileName: 'bien-ban.pdf', dataBase64: pdf.toString('base64') }],
  });
  await call('createBackup', {});
  // The next day's first change makes a daily backup (blobs in backups/blobs).
  clock.advance(24 * 3600 * 1000);
  await session.store.mutateCollection('staff', null, (file) => void (file.records[1]!.position = 'Chuyên viên'));
  await session.store.idle();
  const secrets = staff.flatMap((r) => [r.fullName, r.phone, r.notes]).filter((s) => s.length >= 6);
  const count = (await call('listStaff', {})).length;
  await session.close();
  return { folder, clock, secrets, evidenceSha: sha(pdf), staffCount: count };
}

/** A text as a file could hold it: UTF-8, and the data files' ASCII form (each non-ASCII character as its \\u escape). */
function writtenForms(secret: string): Buffer[] {
  const nfc = secret.normalize('NFC');
  return [Buffer.from(nfc, 'utf8'), asciiJsonBytes(nfc)];
}

/** Every secret not found in the bytes of any file, nor in what gunzip makes of them. Returns the files that are gzip. */
async function expectNoSecrets(folder: string, secrets: string[]): Promise<number> {
  let gzipFiles = 0;
  for (const file of await allFiles(folder)) {
    const raw = await fs.readFile(file);
    const views = [raw];
    try {
      views.push(gunzipSync(raw));
      gzipFiles += 1;
    } catch {
      // not a gzip file (a sealed one never is)
    }
    for (const bytes of views) {
      for (const secret of secrets) for (const form of writtenForms(secret)) expect(bytes.includes(form), `${secret} in ${path.relative(folder, file)}`).toBe(false);
    }
  }
  return gzipFiles;
}

describe('encryption at rest of the data folder', () => {
  it('after "encryption on" no name, CCCD or phone is in any file; the app still reads, writes, backs up daily and restores an encrypted backup', async () => {
    const ward = await seededWard();
    // Before: the plain folder does reveal them (the check below can fail).
    const before = await fs.readFile(path.join(ward.folder, 'db', 'staff.json'));
    const nonAscii = ward.secrets.filter((s) => /[\u0080-\uffff]/.test(s));
    expect(nonAscii.length).toBeGreaterThan(0);
    expect(nonAscii.every((s) => writtenForms(s).some((form) => before.includes(form)))).toBe(true);
    const files = await allFiles(ward.folder);
    expect(files.some((f) => f.includes(`${path.sep}evidence${path.sep}`))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}blobs${path.sep}`))).toBe(true);

    const session = open(ward.folder, ward.clock);
    expect((await session.open()).status).toBe('ready');
    const switched = await caller(session)('setEncryption', { isOn: true, passphrase: PASSPHRASE });
    expect(switched.isEncrypted).toBe(true);
    expect(switched.safetyBackup.reason).toBe('beforeEncryption');
    await session.close();

    const after = await allFiles(ward.folder);
    expect(await expectNoSecrets(ward.folder, ward.secrets)).toBe(0);
    const plain = [];
    for (const file of after) if (!isEncrypted(await fs.readFile(file))) plain.push(path.relative(ward.folder, file));
    expect(plain).toEqual([path.join('db', 'encryption.json')]);
    expect(after.length).toBeGreaterThanOrEqual(files.length);

    // The app still works, with the passphrase.
    const again = open(ward.folder, ward.clock, PASSPHRASE);
    expect((await again.open()).status).toBe('ready');
    const call = caller(again);
    expect((await call('getEncryption', {})).isEncrypted).toBe(true);
    expect((await call('listStaff', {})).length).toBe(ward.staffCount);
    expect((await call('listViolations', {})).total).toBeGreaterThan(0);
    // A write (the next day's first: its daily backup, sealed, keeps the day's start), then a restore of that backup.
    ward.clock.advance(24 * 3600 * 1000);
    const staff = again.store.collection('staff').records;
    const dayStart = staff[2]!.position;
    await again.store.mutateCollection('staff', null, (file) => void (file.records[2]!.position = 'Phó Trưởng phòng'));
    await again.store.idle();
    const backups = await call('listBackups', {});
    const daily = backups.find((b) => b.reason === 'daily' && b.createdAt === ward.clock.now().toISOString());
    expect(daily).toBeDefined();
    expect(isEncrypted(await fs.readFile(daily!.file))).toBe(true);
    await again.store.mutateCollection('staff', null, (file) => void (file.records[3]!.position = 'Đổi sau sao lưu'));
    const restored = await call('restoreBackup', { file: daily!.file });
    expect(restored.restored.createdAt).toBe(daily!.createdAt);
    const now = again.store.collection('staff').records;
    // The daily backup keeps the day as it started, before its first change.
    expect(now.find((r) => r.id === staff[2]!.id)!.position).toBe(dayStart);
    expect(now.find((r) => r.id === staff[3]!.id)!.position).not.toBe('Đổi sau sao lưu');
    // A backup to a chosen file (a USB stick) is sealed too, carries the evidence, and restores here.
    const usb = path.join(await tempFolder('usb'), 'sao-luu.wcbak');
    const exported = await createManualBackup(again, usb);
    expect(exported.evidence.included).toBeGreaterThan(0);
    expect(isEncrypted(await fs.readFile(usb))).toBe(true);
    expect((await call('previewBackup', { file: usb })).evidence.included).toBe(exported.evidence.included);
    expect((await call('restoreBackup', { file: usb })).restored.fileName).toBe('sao-luu.wcbak');
    // Evidence reads back unsealed.
    const evidenceRefs = (await fs.readdir(path.join(ward.folder, 'evidence', '2026'))).filter((n) => n.startsWith(ward.evidenceSha));
    expect(evidenceRefs).toHaveLength(1);
    const bytes = await again.store.readFolderFile(path.join('evidence', '2026', evidenceRefs[0]!));
    expect(sha(bytes!)).toBe(ward.evidenceSha);
    expect((await call('checkStore', {})).isHealthy).toBe(true);
    await again.close();
    expect(await expectNoSecrets(ward.folder, ward.secrets)).toBe(0);
  }, 120_000);

  it('without the passphrase, or with a wrong one, the folder is refused in Vietnamese and not one byte changes (no recovery from a backup)', async () => {
    const ward = await seededWard();
    const session = open(ward.folder, ward.clock);
    await session.open();
    await caller(session)('setEncryption', { isOn: true, passphrase: PASSPHRASE });
    await session.close();
    const before = await fingerprintBytes(ward.folder);
    for (const [given, message] of [[undefined, PASSPHRASE_NEEDED], ['Hoàn Kiếm an toàn 2025', WRONG_PASSPHRASE]] as const) {
      const refused = open(ward.folder, ward.clock, given);
      const state = await refused.open();
      expect(state.status).toBe('unavailable');
      expect(state.message).toBe(message);
      await refused.close();
      expect(await fingerprintBytes(ward.folder)).toEqual(before);
    }
    const names = Object.keys(before);
    expect(names.some((n) => n.includes('.corrupt-'))).toBe(false);
    expect(names).not.toContain(LOCK_FILE);
  }, 120_000);

  it('with the right passphrase, a changed byte in a sealed file is damage: recovered from a backup; with none usable, started fresh sealed', async () => {
    const ward = await seededWard();
    const session = open(ward.folder, ward.clock);
    await session.open();
    await caller(session)('setEncryption', { isOn: true, passphrase: PASSPHRASE });
    await session.close();
    const staffFile = path.join(ward.folder, 'db', 'staff.json');
    const sealed = await fs.readFile(staffFile);
    sealed.writeUInt8(sealed.readUInt8(40) ^ 0x01, 40);
    await fs.writeFile(staffFile, sealed);
    const recovered = open(ward.folder, ward.clock, PASSPHRASE);
    const state = await recovered.open();
    expect(state.status).toBe('ready');
    expect(state.notices.join(' ')).toContain('Tệp staff.json bị hỏng');
    expect((await caller(recovered)('listStaff', {})).length).toBe(ward.staffCount);
    await recovered.close();
    // meta.json damaged and no backup left: the way out writes a fresh meta.json, sealed.
    const metaFile = path.join(ward.folder, 'db', 'meta.json');
    await fs.writeFile(metaFile, Buffer.concat([(await fs.readFile(metaFile)).subarray(0, 30)]));
    await fs.rm(path.join(ward.folder, 'backups'), { recursive: true, force: true });
    const damaged = open(ward.folder, ward.clock, PASSPHRASE);
    expect((await damaged.open()).status).toBe('damaged');
    expect((await damaged.startFreshAfterDamage()).status).toBe('ready');
    expect(isEncrypted(await fs.readFile(metaFile))).toBe(true);
  }, 120_000);

  it('the startup screen asks for the passphrase: a wrong one is refused again, the right one opens the folder', async () => {
    const ward = await seededWard();
    const session = open(ward.folder, ward.clock);
    await session.open();
    await caller(session)('setEncryption', { isOn: true, passphrase: PASSPHRASE });
    await session.close();
    const app = open(ward.folder, ward.clock);
    const first = await app.open();
    expect(first).toMatchObject({ status: 'unavailable', needsPassphrase: true, message: PASSPHRASE_NEEDED });
    const unlock = (passphrase: string) => caller(app)('unlockDataFolder', { passphrase });
    expect(await unlock('Hoàn Kiếm an toàn')).toMatchObject({ status: 'unavailable', needsPassphrase: true, message: WRONG_PASSPHRASE });
    // The same words typed decomposed (NFD) are the same passphrase.
    expect((await unlock(PASSPHRASE.normalize('NFD'))).status).toBe('ready');
    expect((await caller(app)('listStaff', {})).length).toBe(ward.staffCount);
    // A reopen in the same session (Thử lại) needs no second typing.
    expect((await caller(app)('retryOpen', {})).status).toBe('ready');
  }, 120_000);

  it('"encryption off" (with the passphrase) writes every file plain again and the folder opens without it', async () => {
    const ward = await seededWard();
    const session = open(ward.folder, ward.clock);
    await session.open();
    await caller(session)('setEncryption', { isOn: true, passphrase: PASSPHRASE });
    const wrong = await dispatch(createHandlers(session), 'setEncryption', { isOn: false, passphrase: 'không phải mật khẩu' }, () => undefined);
    expect(wrong.ok).toBe(false);
    const off = await caller(session)('setEncryption', { isOn: false, passphrase: PASSPHRASE });
    expect(off.isEncrypted).toBe(false);
    await session.close();
    for (const file of await allFiles(ward.folder)) expect(isEncrypted(await fs.readFile(file)), file).toBe(false);
    await expect(fs.stat(path.join(ward.folder, 'db', 'encryption.json'))).rejects.toThrow();
    const plain = open(ward.folder, ward.clock);
    expect((await plain.open()).status).toBe('ready');
    expect((await caller(plain)('listStaff', {})).length).toBe(ward.staffCount);
  }, 120_000);
});
