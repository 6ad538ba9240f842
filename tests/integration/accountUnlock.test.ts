/**
 * Issue 16, item 4: on Windows the data key may be kept for the signed-in Windows account (Electron
 * safeStorage = DPAPI), so daily use needs no passphrase. safeStorage cannot run here, so the OS is
 * stood in for by tests/fixtures/accountKeeper.ts (another account's keeper cannot open what it sealed);
 * everything else — the key file, the store's open, the refusals — is the real code.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import type { EncryptionStatus } from '../../shared/api/encryptionContract';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { seedDemo } from '../../electron/services/demoSeed';
import { unwrapDataKey } from '../../electron/store/encryption/envelope';
import { OS_KEYS_UNAVAILABLE, PASSPHRASE_NEEDED, readKeyFile } from '../../electron/store/encryption/folderEncryption';
import type { OsKeyKeeper } from '../../electron/store/encryption/osKeys';
import { dataPaths } from '../../electron/store/dataFolder';
import { fixedClock, tempFolder } from './helpers';
import { accountKeeper } from '../fixtures/accountKeeper';

const PASSPHRASE = 'Hoàn Kiếm an toàn 2026';
const clock = fixedClock('2026-03-20T02:00:00.000Z');

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

function open(folder: string, options: { osKeys?: OsKeyKeeper; passphrase?: string }): Session {
  const session = new Session(folder, { app: 'test', now: clock.now, passphrase: async () => options.passphrase ?? null, osKeys: options.osKeys });
  sessions.push(session);
  return session;
}

function caller(session: Session) {
  const handlers = createHandlers(session);
  return async <K extends MethodName>(name: K, input: unknown) => dispatch(handlers, name, input, () => undefined);
}

async function fingerprint(folder: string): Promise<string> {
  const hash = createHash('sha256');
  async function walk(dir: string): Promise<void> {
    for (const entry of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else hash.update(entry.name).update(await fs.readFile(file));
    }
  }
  await walk(folder);
  return hash.digest('hex');
}

async function encryptedWard(): Promise<{ folder: string; staffCount: number }> {
  const folder = await tempFolder('account-unlock');
  const session = open(folder, {});
  await session.open();
  await seedDemo(session.store, { size: 'S' });
  const listed = await caller(session)('listStaff', {});
  const staffCount = listed.ok ? (listed.data as unknown[]).length : -1;
  expect(staffCount).toBeGreaterThan(10);
  const result = await caller(session)('setEncryption', { isOn: true, passphrase: PASSPHRASE });
  expect(result.ok).toBe(true);
  await session.close();
  return { folder, staffCount };
}

describe('opening an encrypted folder with the key the Windows account keeps', () => {
  it('kept for this account: opens with no passphrase; another account, a changed blob, or after turning it off: the passphrase is asked, nothing changes', async () => {
    const ward = await encryptedWard();
    const mine = accountKeeper();
    // With the passphrase once, in Cài đặt: keep the key for this account.
    const first = open(ward.folder, { osKeys: mine, passphrase: PASSPHRASE });
    expect((await first.open()).status).toBe('ready');
    const before = await caller(first)('getEncryption', {});
    expect(before.ok && (before.data as EncryptionStatus).accountUnlock).toBe('off');
    const kept = await caller(first)('setAccountUnlock', { isOn: true });
    expect(kept.ok && (kept.data as EncryptionStatus)).toMatchObject({ isEncrypted: true, accountUnlock: 'on' });
    await first.close();

    // The key file holds the sealed key and a check, never the key itself.
    const keyFile = (await readKeyFile(dataPaths(ward.folder)))!;
    const dataKey = await unwrapDataKey(keyFile, PASSPHRASE);
    const keyText = await fs.readFile(path.join(ward.folder, 'db', 'encryption.json'), 'utf8');
    expect(keyFile.osKey?.sealedKey.length).toBeGreaterThan(40);
    for (const form of ['base64', 'hex', 'base64url'] as const) expect(keyText).not.toContain(dataKey.toString(form));

    // Daily use: no passphrase at all.
    const daily = open(ward.folder, { osKeys: mine });
    expect((await daily.open()).status).toBe('ready');
    const staff = await caller(daily)('listStaff', {});
    expect(staff.ok && (staff.data as unknown[]).length).toBe(ward.staffCount);
    await daily.close();

    // Another Windows account (or another computer), and the CLI (no keeper): asked for the passphrase; nothing written.
    const bytes = await fingerprint(ward.folder);
    for (const osKeys of [accountKeeper(), undefined]) {
      const other = open(ward.folder, { osKeys });
      const state = await other.open();
      expect(state.status).toBe('unavailable');
      expect(state.message).toBe(PASSPHRASE_NEEDED);
      await other.close();
      expect(await fingerprint(ward.folder)).toBe(bytes);
    }
    // …and with the passphrase it opens there as before.
    const elsewhere = open(ward.folder, { osKeys: accountKeeper(), passphrase: PASSPHRASE });
    expect((await elsewhere.open()).status).toBe('ready');
    await elsewhere.close();

    // A changed byte in the sealed key: not damage, not a recovery — the passphrase is asked.
    const keyPath = path.join(ward.folder, 'db', 'encryption.json');
    const original = await fs.readFile(keyPath, 'utf8');
    const sealed = Buffer.from(keyFile.osKey!.sealedKey, 'base64');
    sealed.writeUInt8(sealed.readUInt8(20) ^ 1, 20);
    await fs.writeFile(keyPath, JSON.stringify({ ...keyFile, osKey: { ...keyFile.osKey, sealedKey: sealed.toString('base64') } }, null, 2));
    const changed = open(ward.folder, { osKeys: mine });
    expect((await changed.open()).message).toBe(PASSPHRASE_NEEDED);
    await changed.close();
    await fs.writeFile(keyPath, original);

    // Turned off in Cài đặt: the next start asks for the passphrase again.
    const again = open(ward.folder, { osKeys: mine });
    expect((await again.open()).status).toBe('ready');
    const off = await caller(again)('setAccountUnlock', { isOn: false });
    expect(off.ok && (off.data as EncryptionStatus).accountUnlock).toBe('off');
    await again.close();
    expect((await readKeyFile(dataPaths(ward.folder)))?.osKey).toBeUndefined();
    const asked = open(ward.folder, { osKeys: mine });
    expect((await asked.open()).message).toBe(PASSPHRASE_NEEDED);
  }, 120_000);

  it('is refused in Vietnamese where Windows cannot keep it, and for a plain folder; the key file is untouched', async () => {
    const ward = await encryptedWard();
    const keyPath = path.join(ward.folder, 'db', 'encryption.json');
    const before = await fs.readFile(keyPath);
    const cli = open(ward.folder, { osKeys: accountKeeper(false), passphrase: PASSPHRASE });
    await cli.open();
    const status = await caller(cli)('getEncryption', {});
    expect(status.ok && (status.data as EncryptionStatus).accountUnlock).toBe('unavailable');
    const refused = await caller(cli)('setAccountUnlock', { isOn: true });
    expect(refused.ok ? 'OK' : refused.error.message).toBe(OS_KEYS_UNAVAILABLE);
    await cli.close();
    expect(await fs.readFile(keyPath)).toEqual(before);

    const plainFolder = await tempFolder('account-unlock-plain');
    const plain = open(plainFolder, { osKeys: accountKeeper() });
    await plain.open();
    const plainRefused = await caller(plain)('setAccountUnlock', { isOn: true });
    expect(plainRefused.ok ? 'OK' : plainRefused.error.message).toBe('Thư mục dữ liệu chưa được mã hóa. Không có gì bị thay đổi.');
    await expect(fs.access(path.join(plainFolder, 'db', 'encryption.json'))).rejects.toThrow();
  }, 120_000);
});
