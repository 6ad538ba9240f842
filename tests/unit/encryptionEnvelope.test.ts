/** The building blocks of encryption at rest: what lands on disk reveals nothing, a wrong passphrase is refused. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { realDisk, writeFileDurable } from '../../electron/store/durableWrite';
import { decryptBytes, encryptBytes, isEncrypted, newKeyFile, unwrapDataKey, WRONG_PASSPHRASE } from '../../electron/store/encryption/envelope';
import { encryptingDisk, PLAIN_IN_ENCRYPTED, SEALED_WITHOUT_KEY, unsealFor } from '../../electron/store/encryption/encryptingDisk';

const folders: string[] = [];
afterEach(async () => {
  for (const f of folders.splice(0)) await fs.rm(f, { recursive: true, force: true });
});

const STAFF = JSON.stringify({ records: [{ code: 'CB0002', fullName: 'Trần Thị Mai', idNumber: '001190012345' }] });

describe('encryption at rest: envelope, key file and the encrypting disk', () => {
  it('writes a staff file durably through the encrypting disk: no name, code or CCCD on disk, and it reads back', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-enc-'));
    folders.push(folder);
    const { dataKey, keyFile } = await newKeyFile('Hoàn Kiếm 2026!');
    const file = path.join(folder, 'staff.json');
    await writeFileDurable(file, STAFF, encryptingDisk(realDisk, dataKey));
    const onDisk = await fs.readFile(file);
    expect(isEncrypted(onDisk)).toBe(true);
    for (const secret of ['Trần Thị Mai', 'Tran Thi Mai', 'CB0002', '001190012345']) expect(onDisk.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    expect((await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const key = await unwrapDataKey(keyFile, 'Hoàn Kiếm 2026!');
    expect(decryptBytes(key, onDisk).toString('utf8')).toBe(STAFF);
    expect(JSON.stringify(keyFile)).not.toContain(dataKey.toString('base64'));
  });

  it('refuses a wrong passphrase and a changed byte, with a Vietnamese message', async () => {
    const { dataKey, keyFile } = await newKeyFile('mat-khau-dung');
    await expect(unwrapDataKey(keyFile, 'mat-khau-sai')).rejects.toMatchObject({ code: 'FORBIDDEN', message: WRONG_PASSPHRASE });
    const sealed = encryptBytes(dataKey, Buffer.from(STAFF));
    const at = sealed.length - 20;
    sealed.writeUInt8(sealed.readUInt8(at) ^ 0x01, at);
    expect(() => decryptBytes(dataKey, sealed)).toThrow(/bị thay đổi hoặc hỏng/);
    await expect(newKeyFile('ngan')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('seals the same text differently each time (random IV)', async () => {
    const { dataKey } = await newKeyFile('mat-khau-dung');
    expect(encryptBytes(dataKey, Buffer.from(STAFF)).equals(encryptBytes(dataKey, Buffer.from(STAFF)))).toBe(false);
  });
});

describe('reading back through the store disk of an encrypted folder', () => {
  it('unseals what it sealed; refuses a plain file except while the folder is being switched, or when read from outside', async () => {
    const { dataKey } = await newKeyFile('mat-khau-dung');
    const plain = Buffer.from(STAFF);
    const sealed = encryptBytes(dataKey, plain);
    const state = { key: dataKey, isConverting: false };
    expect(unsealFor(state, sealed).toString('utf8')).toBe(STAFF);
    expect(() => unsealFor(state, plain)).toThrow(PLAIN_IN_ENCRYPTED);
    expect(unsealFor(state, plain, 'either').equals(plain)).toBe(true);
    expect(unsealFor(state, sealed, 'raw').equals(sealed)).toBe(true);
    expect(unsealFor({ ...state, isConverting: true }, plain).equals(plain)).toBe(true);
    // A plain folder never reads sealed bytes as if they were data.
    expect(() => unsealFor({ key: null, isConverting: false }, sealed)).toThrow(SEALED_WITHOUT_KEY);
    expect(unsealFor({ key: null, isConverting: false }, plain).equals(plain)).toBe(true);
  });
});
