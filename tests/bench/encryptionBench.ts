/**
 * The store bench's encrypted row (issue 16, item 4): the same seeded folder, copied and turned to
 * encryption at rest, opened with its passphrase (the scrypt key derivation included and shown apart)
 * and written to, so plain and encrypted open/write figures are printed side by side.
 */
import { promises as fs } from 'node:fs';
import { Store } from '../../electron/store/dataStore';
import { readKeyFile } from '../../electron/store/encryption/folderEncryption';
import { unwrapDataKey } from '../../electron/store/encryption/envelope';
import { dataPaths } from '../../electron/store/dataFolder';
import type { DemoSize } from '../../electron/services/demoSeed';
import { median, ms, percentile, repeat, timeIt } from './measure';
import { accountKeeper } from '../fixtures/accountKeeper';

const RUNS = 7;
const WRITES = 200;
const PASSPHRASE = 'mật khẩu đo thử 2026';
const app = 'ward-conduct bench (encrypted)';

export interface EncryptedRow {
  size: DemoSize;
  switchOnMs: number;
  openMs: number;
  /** Opened with the key the Windows account keeps (daily use in the app; DPAPI stood in for, see accountKeeper.ts). */
  accountOpenMs: number;
  keyDerivationMs: number;
  staffWrite: number[];
  violationWrite: number[];
  /** Saves made while the day's backup is being made (writesDuringBackup). */
  duringBackupWrite: number[];
}

const SAVE_GAP_MS = 20;

/**
 * The back-to-back writes above run ahead of the day's backup their first one started (the backup
 * gives way to the store's writes: backgroundBackups.ts), so they never meet it. A clerk's saves come
 * with gaps, in which the backup goes on: each save made then waits at most for the backup's step under
 * way (one file read, unsealed and hashed, or a changed one parsed, packed and sealed). Measured here on
 * a later day (a backup due): a save every 20 ms, faster than anyone clicks, until the backup is written.
 */
async function writesDuringBackup(folder: string, passphrase: () => Promise<string>): Promise<number[]> {
  const later = () => new Date(Date.now() + 3 * 86_400_000);
  const store = await Store.open({ folder, app, now: later, passphrase });
  const staffId = store.collection('staff').records[0]?.id;
  const save = (i: number) => timeIt(() => store.mutateCollection('staff', null, (file) => {
    const record = file.records.find((r) => r.id === staffId);
    if (record) record.notes = `Ghi chú trong lúc sao lưu ${i}`;
  }));
  await save(0); // the day's first save: it starts the backup (its own cost is in the writes above)
  let isBackedUp = false;
  void store.idle().then(() => (isBackedUp = true));
  const samples: number[] = [];
  while (!isBackedUp && samples.length < WRITES) {
    await new Promise((resolve) => setTimeout(resolve, SAVE_GAP_MS));
    samples.push(await save(samples.length + 1));
  }
  await store.close();
  return samples;
}

/** Copies the seeded plain folder, turns encryption on, then measures open and writes like the plain row. */
export async function benchEncrypted(size: DemoSize, plainFolder: string): Promise<EncryptedRow> {
  const folder = `${plainFolder}-encrypted`;
  await fs.rm(folder, { recursive: true, force: true });
  await fs.cp(plainFolder, folder, { recursive: true });
  const now = () => new Date();
  const passphrase = async () => PASSPHRASE;
  const switching = await Store.open({ folder, app, now });
  const switchOnMs = await timeIt(() => switching.setEncryption(true, PASSPHRASE));
  await switching.close();
  const osKeys = accountKeeper();
  const keeping = await Store.open({ folder, app, now, passphrase, osKeys });
  await keeping.setAccountKey(true);
  await keeping.close();
  const keyFile = (await readKeyFile(dataPaths(folder)))!;
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const openSamples: number[] = [];
  const keySamples: number[] = [];
  const accountSamples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    gc();
    const start = performance.now();
    const opened = await Store.open({ folder, app, now, passphrase });
    openSamples.push(performance.now() - start);
    await opened.close();
    gc();
    const accountStart = performance.now();
    const daily = await Store.open({ folder, app, now, osKeys });
    accountSamples.push(performance.now() - accountStart);
    await daily.close();
    keySamples.push(await timeIt(() => unwrapDataKey(keyFile, PASSPHRASE)));
  }
  const store = await Store.open({ folder, app, now, passphrase });
  // The writes start on a collected heap, as the plain row's (the switch and 14 opens above left their garbage).
  // The first of them is the day's first (the plain row's later days left the day's mark ahead of today):
  // it keeps the day's start and starts the day's backup, which then gives way to the writes that follow.
  gc();
  const year = String(now().getFullYear());
  const staffId = store.collection('staff').records[0]?.id;
  const staffWrite = await repeat(WRITES, (i) => store.mutateCollection('staff', null, (file) => {
    const record = file.records.find((r) => r.id === staffId);
    if (record) record.notes = `Ghi chú thử ${i}`;
  }));
  const violationId = store.collection('violations', year).records[0]?.id;
  const violationWrite = await repeat(WRITES, (i) => store.mutateCollection('violations', year, (file) => {
    const record = file.records.find((r) => r.id === violationId);
    if (record) record.description = `Đi làm muộn (lần ghi thử ${i})`;
  }));
  await store.close();
  const duringBackupWrite = await writesDuringBackup(folder, passphrase);
  await fs.rm(folder, { recursive: true, force: true });
  return { size, switchOnMs, openMs: median(openSamples), accountOpenMs: median(accountSamples), keyDerivationMs: median(keySamples), staffWrite, violationWrite, duringBackupWrite };
}

export function printEncryptedRows(rows: EncryptedRow[]): void {
  const p = (samples: number[]) => `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))}`;
  console.log('');
  console.log('Mã hóa dữ liệu (cùng bộ dữ liệu, đã bật mã hóa):');
  console.log(['Bộ dữ liệu', 'Bật mã hóa (ghi lại mọi tệp)', 'Mở store có mật khẩu (trung vị)', 'trong đó dẫn xuất khóa (scrypt)', 'Mở bằng khóa tài khoản Windows (trung vị)', 'Ghi cán bộ p50/p95', 'Ghi vi phạm p50/p95', `Ghi trong lúc sao lưu ngày (mỗi ${SAVE_GAP_MS} ms) p50/p95/lâu nhất (số lần)`].join(' | '));
  const during = (samples: number[]) => `${p(samples)} / ${ms(Math.max(...samples, 0))} (${samples.length})`;
  for (const r of rows) console.log([r.size, ms(r.switchOnMs), ms(r.openMs), ms(r.keyDerivationMs), ms(r.accountOpenMs), p(r.staffWrite), p(r.violationWrite), during(r.duringBackupWrite)].join(' | '));
  const large = rows.find((r) => r.size === 'L');
  if (large) console.log(`Mục tiêu ở cỡ L khi mã hóa: mở ≤ 500 ms — có mật khẩu ${large.openMs <= 500 ? 'đạt' : 'KHÔNG ĐẠT'}, bằng khóa tài khoản Windows ${large.accountOpenMs <= 500 ? 'đạt' : 'KHÔNG ĐẠT'}; ghi p95 ≤ 50 ms — cán bộ ${percentile(large.staffWrite, 95) <= 50 ? 'đạt' : 'KHÔNG ĐẠT'}, vi phạm ${percentile(large.violationWrite, 95) <= 50 ? 'đạt' : 'KHÔNG ĐẠT'}`);
}
