/**
 * Store bench: `npm run bench`. Seeds demo data sets S and L into temp folders, then measures
 * opening the store against plain JSON.parse of the same bytes, and single durable writes.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../electron/store/dataStore';
import { seedDemo, type DemoSize } from '../../electron/services/demoSeed';
import { benchRosterImport } from './rosterBench';
import { benchEncrypted, printEncryptedRows } from './encryptionBench';
import { dataFiles, mb, median, ms, percentile, repeat, timeIt, totalBytes } from './measure';

const RUNS = 7;
const WRITES = 200;
const TARGETS = { openMs: 500, openVsParse: 2, writeP95Ms: 50, firstWriteOfDayMs: 100 };

interface Row {
  size: DemoSize;
  files: number;
  bytes: number;
  seedMs: number;
  openMs: number;
  /**
   * Open, then the yearly files of last year that Tổng quan reads right after (todoView → loadYear:
   * scores, violations, commendations): open reads this year only, so this is what the first screen waits for.
   */
  openFirstScreenMs: number;
  /** readFile + JSON.parse of the files open reads (this year's and the single files). */
  parseMs: number;
  /** readFile + JSON.parse of every data file, all ten years. */
  parseAllMs: number;
  eagerFiles: number;
  staffWrite: number[];
  violationWrite: number[];
  firstWriteOfDayMs: number;
  /** The daily backup that write started, made in the background: time until it is written. */
  dayBackupMs: number;
  /** The same, the day after (only changed files stored again). */
  nextDayBackupMs: number;
}

const app = 'ward-conduct bench';

async function benchSize(size: DemoSize, root: string): Promise<Row> {
  const folder = path.join(root, size);
  const now = () => new Date();
  const seeding = await Store.open({ folder, app, now });
  const seedMs = await timeIt(() => seedDemo(seeding, { size }));
  await seeding.close();
  const files = await dataFiles(path.join(folder, 'db'));

  // Open and parse are measured interleaved (open, parse, open, parse, …) after a GC each, so neither
  // pays for the other's garbage or for the seeding before it. Open alone is timed (not the lock release).
  const probe = await Store.open({ folder, app, now });
  const eager = files.filter((file) => {
    const match = /^([a-z]+)-(\d{4})\.json$/.exec(path.basename(file));
    return !match || probe.isLoaded(match[1] as 'violations', match[2] ?? null);
  });
  await probe.close();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const openSamples: number[] = [];
  const firstScreenSamples: number[] = [];
  const lastYear = String(now().getFullYear() - 1);
  const parseSamples: number[] = [];
  const parseAllSamples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    gc();
    const start = performance.now();
    const opened = await Store.open({ folder, app, now });
    openSamples.push(performance.now() - start);
    for (const kind of ['scores', 'violations', 'commendations'] as const) await opened.loadPartition(kind, lastYear);
    firstScreenSamples.push(performance.now() - start);
    await opened.close();
    gc();
    parseSamples.push(await timeIt(async () => {
      for (const file of eager) JSON.parse(await fs.readFile(file, 'utf8'));
    }));
    gc();
    parseAllSamples.push(await timeIt(async () => {
      for (const file of files) JSON.parse(await fs.readFile(file, 'utf8'));
    }));
  }

  const store = await Store.open({ folder, app, now });
  // The writes start on a collected heap (the opens and parses above left their garbage), as the encrypted row's.
  gc();
  const year = String(now().getFullYear());
  const staffId = store.collection('staff').records[0]?.id;
  const staffWrite = await repeat(WRITES, (i) =>
    store.mutateCollection('staff', null, (file) => {
      const record = file.records.find((r) => r.id === staffId);
      if (record) {
        record.notes = `Ghi chú thử ${i}`;
        record.updatedAt = new Date().toISOString();
      }
    }),
  );
  const violationId = store.collection('violations', year).records[0]?.id;
  const violationWrite = await repeat(WRITES, (i) =>
    store.mutateCollection('violations', year, (file) => {
      const record = file.records.find((r) => r.id === violationId);
      if (record) {
        record.description = `Đi làm muộn (lần ghi thử ${i})`;
        record.updatedAt = new Date().toISOString();
      }
    }),
  );
  await store.close();

  // The first write of a new day keeps the files for the daily backup (hard links), writes, and
  // leaves the backup itself to the background: the write is timed alone, then the backup.
  const tomorrow = () => new Date(Date.now() + 86_400_000);
  const nextDay = await Store.open({ folder, app, now: tomorrow });
  const firstWriteOfDayMs = await timeIt(() => nextDay.mutateCollection('staff', null, () => undefined));
  const dayBackupMs = firstWriteOfDayMs + (await timeIt(() => nextDay.idle()));
  await nextDay.close();
  const dayAfter = await Store.open({ folder, app, now: () => new Date(Date.now() + 2 * 86_400_000) });
  const nextDayBackupMs = await timeIt(async () => {
    await dayAfter.mutateCollection('staff', null, () => undefined);
    await dayAfter.idle();
  });
  await dayAfter.close();

  return { size, files: files.length, bytes: await totalBytes(files), seedMs, openMs: median(openSamples), openFirstScreenMs: median(firstScreenSamples), parseMs: median(parseSamples), parseAllMs: median(parseAllSamples), eagerFiles: eager.length, staffWrite, violationWrite, firstWriteOfDayMs, dayBackupMs, nextDayBackupMs };
}

function mark(isMet: boolean): string {
  return isMet ? 'đạt' : 'KHÔNG ĐẠT';
}

function printTable(rows: Row[]): void {
  const header = ['Bộ dữ liệu', 'Tệp (mở đọc)', 'Dung lượng', 'Tạo mẫu', 'Mở store (trung vị)', 'Mở + năm trước (Tổng quan)', 'JSON.parse tệp mở đọc', 'Tỉ lệ', 'JSON.parse mọi tệp', 'Ghi cán bộ p50/p95', 'Ghi vi phạm p50/p95', 'Ghi đầu ngày', 'Sao lưu ngày (nền) lần đầu / hôm sau'];
  const lines = rows.map((r) => [
    r.size, `${r.files} (${r.eagerFiles})`, mb(r.bytes), ms(r.seedMs), ms(r.openMs), ms(r.openFirstScreenMs), ms(r.parseMs), `${(r.openMs / r.parseMs).toFixed(2)}×`, ms(r.parseAllMs),
    `${ms(percentile(r.staffWrite, 50))} / ${ms(percentile(r.staffWrite, 95))}`,
    `${ms(percentile(r.violationWrite, 50))} / ${ms(percentile(r.violationWrite, 95))}`,
    ms(r.firstWriteOfDayMs),
    `${ms(r.dayBackupMs)} / ${ms(r.nextDayBackupMs)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(row(l));
  const large = rows.find((r) => r.size === 'L');
  if (large) {
    console.log('');
    console.log('Mở store đọc năm nay; năm trước được đọc khi cần — cột "Mở + năm trước" là thời gian đến khi Tổng quan có đủ dữ liệu.');
    console.log(`Mục tiêu ở cỡ L: mở ≤ ${TARGETS.openMs} ms — ${mark(large.openMs <= TARGETS.openMs)} (mở + năm trước: ${ms(large.openFirstScreenMs)}); mở ≤ ${TARGETS.openVsParse}× JSON.parse — ${mark(large.openMs <= TARGETS.openVsParse * large.parseMs)}; ghi p95 ≤ ${TARGETS.writeP95Ms} ms — cán bộ ${mark(percentile(large.staffWrite, 95) <= TARGETS.writeP95Ms)}, vi phạm ${mark(percentile(large.violationWrite, 95) <= TARGETS.writeP95Ms)}; ghi đầu ngày ≤ ${TARGETS.firstWriteOfDayMs} ms — ${mark(large.firstWriteOfDayMs <= TARGETS.firstWriteOfDayMs)}`);
  }
}

async function main(): Promise<void> {
  const sizes = (process.argv.slice(2).filter((a) => ['S', 'M', 'L'].includes(a)) as DemoSize[]);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ward-conduct-bench-'));
  try {
    const rows: Row[] = [];
    for (const size of sizes.length > 0 ? sizes : (['S', 'L'] as const)) {
      console.error(`Đang đo bộ dữ liệu ${size}…`);
      rows.push(await benchSize(size, root));
    }
    printTable(rows);
    // The same folders with encryption at rest turned on (encryptionBench.ts).
    const encrypted = [];
    for (const row of rows) encrypted.push(await benchEncrypted(row.size, path.join(root, row.size)));
    printEncryptedRows(encrypted);
    // `npm run bench -- L store`: the store's table alone (open, writes, first write of the day).
    if (process.argv.includes('store')) return;
    const roster = await benchRosterImport(2000);
    console.log('');
    console.log(`Nhập danh sách ${roster.rows} người từ Excel: khởi động bộ đọc ${ms(roster.coldStartMs)}, chạy thử ${ms(roster.previewMs)}, xác nhận (đọc lại tệp + ghi) ${ms(roster.applyMs)} (CPU ${ms(roster.applyCpuMs)}) — mục tiêu ≤ 1.5 s: ${mark(roster.applyMs <= 1500)}`);
    // The other features' benches print their own tables (each runs in its own process).
    for (const script of ['rosterSearch.ts', 'posterBench.ts', 'scorecardBench.ts', 'reportBench.ts', 'screenBench.ts']) {
      console.log('');
      execFileSync(process.execPath, ['--import', 'tsx', path.join('tests', 'bench', script)], { stdio: 'inherit' });
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

await main();
