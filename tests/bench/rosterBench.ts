/** Bench: import of a 2,000-row roster file (dry run and confirm) into an empty store. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Session } from '../../electron/services/session';
import { applyStaffImport, previewStaffImport } from '../../electron/services/rosterImport';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hồng', 'Quốc', 'Ngọc', 'Thanh', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Nga', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
const UNITS = ['Văn phòng HĐND và UBND', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công', 'Ban Chỉ huy Quân sự'];

/** A ward-style file: title rows, a merged bold group row per unit, a footer with signers under the list. */
export async function rosterFile(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['UBND PHƯỜNG HOÀN KIẾM']);
  ws.addRow(['DANH SÁCH CÁN BỘ']);
  ws.addRow(['STT', 'Mã CB', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Loại', 'Điện thoại']);
  const perUnit = Math.ceil(rows / UNITS.length);
  for (let i = 0; i < rows; i += 1) {
    if (i % perUnit === 0) {
      const group = ws.addRow([`${'IVX'[Math.floor(i / perUnit)] ?? 'V'}. ${UNITS[Math.floor(i / perUnit)]!.toUpperCase()}`]);
      ws.mergeCells(group.number, 1, group.number, 8);
      group.getCell(1).font = { bold: true };
    }
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]}`;
    ws.addRow([i + 1, `CB${String(i + 1).padStart(4, '0')}`, name, `${(i % 28) + 1}/${(i % 12) + 1}/${1960 + (i % 40)}`, i % 2 ? 'Nữ' : 'Nam', 'Chuyên viên', i % 9 ? 'CC' : 'HĐLĐ', `09${String(10000000 + i)}`]);
  }
  ws.addRow([]);
  ws.addRow([`Tổng số: ${rows} người`]);
  ws.addRow([null, null, null, null, null, 'Hoàn Kiếm, ngày 15 tháng 01 năm 2026']);
  ws.addRow([null, 'Người lập biểu', null, null, null, 'TM. ỦY BAN NHÂN DÂN']);
  ws.addRow([null, null, null, null, null, 'CHỦ TỊCH']);
  ws.addRow([null, 'Phạm Thị Hường', null, null, null, 'Nguyễn Văn Thắng']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Wall times, and the CPU time of the confirm (this process alone: what a shared, loaded machine cannot inflate). */
export async function benchRosterImport(rows = 2000): Promise<{ rows: number; coldStartMs: number; previewMs: number; applyMs: number; applyCpuMs: number }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'wc-bench-roster-'));
  const session = new Session(folder, { app: 'bench', now: () => new Date() });
  await session.open();
  try {
    // Warm the import worker first: from sources its code is bundled with esbuild on first use, a cost
    // the app (which ships import-worker.cjs) never pays; the cold start is reported on its own.
    let t = performance.now();
    await previewStaffImport(session, { bytes: await rosterFile(5) });
    const coldStartMs = performance.now() - t;
    const bytes = await rosterFile(rows);
    t = performance.now();
    const plan = await previewStaffImport(session, { bytes });
    const previewMs = performance.now() - t;
    if (plan.summary.new !== rows) throw new Error(`expected ${rows} new rows, got ${JSON.stringify(plan.summary)}`);
    t = performance.now();
    const cpuStart = cpuMs();
    const result = await applyStaffImport(session, { bytes }, {});
    const applyMs = performance.now() - t;
    const applyCpuMs = cpuMs() - cpuStart;
    if (result.created !== rows) throw new Error(`expected ${rows} created`);
    return { rows, coldStartMs, previewMs, applyMs, applyCpuMs };
  } finally {
    await session.close();
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("rosterBench.ts")) {
  const r = await benchRosterImport();
  console.log(`roster import ${r.rows} rows: worker start ${r.coldStartMs.toFixed(0)} ms, dry run ${r.previewMs.toFixed(0)} ms, confirm (re-read + write) ${r.applyMs.toFixed(0)} ms (CPU ${r.applyCpuMs.toFixed(0)} ms)`);
}
