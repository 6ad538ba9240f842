/** staff import / staff template: the ward's roster file in, with a report per sheet and per row; the empty template out. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../services/dispatch';
import { writeOutputFile } from '../../store/outputPath';
import type { ImportPlan, PlanRow, StructureCounts } from '../../../shared/api/rosterTypes';
import { STRUCTURE_LABELS, type StructureKind } from '../../../shared/domain/rosterStructure';
import { EXIT, UsageError, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

const ACTION_LABELS: Record<PlanRow['action'], string> = { new: 'THÊM MỚI', update: 'CẬP NHẬT', unchanged: 'KHÔNG ĐỔI', refused: 'TỪ CHỐI' };

async function readInput(file: string): Promise<{ fileName: string; dataBase64: string }> {
  const bytes = await fs.readFile(path.resolve(file)).catch(() => {
    throw new UsageError(`Không đọc được tệp ${file}.`);
  });
  return { fileName: path.basename(file), dataBase64: bytes.toString('base64') };
}

function structureText(skipped: StructureCounts): string {
  const kinds = Object.keys(STRUCTURE_LABELS) as StructureKind[];
  const total = kinds.reduce((sum, k) => sum + skipped[k], 0);
  if (total === 0) return 'không có dòng nào bị bỏ qua';
  return `bỏ qua ${total} dòng không phải người (${kinds.filter((k) => skipped[k] > 0).map((k) => `${STRUCTURE_LABELS[k]}: ${skipped[k]}`).join(', ')})`;
}

function printRow(ctx: CommandContext, row: PlanRow, isManySheets: boolean): void {
  const where = isManySheets ? ` (${row.sheetName})` : '';
  const head = `Dòng ${String(row.rowNumber).padStart(4)}${where}  ${ACTION_LABELS[row.action].padEnd(10)} ${row.code.padEnd(8)} ${row.fullName}`;
  ctx.io.out(row.reason ? `${head} — ${row.reason}` : head);
  for (const change of row.changes) ctx.io.out(`            ${change.label}: ${change.from || '(trống)'} → ${change.to || '(trống)'}`);
  for (const warning of row.warnings) ctx.io.out(`            lưu ý: ${warning}`);
}

export function printPlan(ctx: CommandContext, plan: ImportPlan): void {
  const isManySheets = plan.sheets.length > 1;
  for (const ignored of plan.ignoredSheets) ctx.io.out(`Bỏ qua trang tính "${ignored.sheetName}": ${ignored.reason}.`);
  for (const sheet of plan.sheets) {
    ctx.io.out(`Trang tính "${sheet.sheetName}", dòng tiêu đề ${sheet.headerRow}. Cột nhận ra: ${sheet.columns.map((c) => c.label).join(', ')}`);
    ctx.io.out(`  Đơn vị theo bố cục: ${sheet.units.length > 0 ? sheet.units.join('; ') : '(không có)'}`);
    ctx.io.out(`  ${sheet.peopleRows} dòng người; ${structureText(sheet.skipped)}.`);
    for (const row of plan.rows.filter((r) => r.sheetName === sheet.sheetName)) printRow(ctx, row, isManySheets);
  }
  if (plan.newUnits.length > 0) ctx.io.out(`Đơn vị sẽ được tạo: ${plan.newUnits.join('; ')}`);
  const s = plan.summary;
  const skipped = plan.sheets.reduce((sum, sheet) => sum + Object.values(sheet.skipped).reduce((a, b) => a + b, 0), 0);
  ctx.io.out(`Tổng: thêm mới ${s.new}, cập nhật ${s.update}, không đổi ${s.unchanged}, từ chối ${s.refused}; bỏ qua ${skipped} dòng không phải người.`);
}

export const staffImportCommand: CommandSpec = {
  name: 'staff import',
  usage: 'staff import <tệp.xlsx> [--dry-run]',
  summary: 'Nhập danh sách cán bộ từ tệp Excel của phường; in bảng tìm thấy ở từng trang tính và kết quả từng dòng (mã thoát 1 nếu có dòng bị từ chối).',
  options: { 'dry-run': { type: 'boolean' } },
  positionals: 1,
  run: async (ctx, values: { 'dry-run'?: boolean }, [file]) => {
    const input = await readInput(file ?? '');
    return withSession(ctx, async (_session, handlers) => {
      const preview = await dispatch(handlers, 'previewStaffImport', { file: input });
      if (!preview.ok || values['dry-run']) {
        const code = report(ctx, preview, (plan) => {
          printPlan(ctx, plan);
          ctx.io.out('Chạy thử: chưa ghi gì.');
        });
        return code === EXIT.done && preview.ok && preview.data.summary.refused > 0 ? EXIT.partial : code;
      }
      if (!ctx.isJson) printPlan(ctx, preview.data);
      const applied = await dispatch(handlers, 'applyStaffImport', { file: input });
      const code = report(ctx, applied, (r) => {
        ctx.io.out(`Đã ghi: thêm mới ${r.created}, cập nhật ${r.updated}; ${r.refused} dòng bị từ chối không được ghi.`);
        if (r.unitsCreated.length > 0) ctx.io.out(`Đã tạo đơn vị: ${r.unitsCreated.join('; ')}`);
      });
      return code === EXIT.done && applied.ok && applied.data.refused > 0 ? EXIT.partial : code;
    });
  },
};

export const staffTemplateCommand: CommandSpec = {
  name: 'staff template',
  usage: 'staff template --out <tệp.xlsx>',
  summary: 'Tải mẫu danh sách cán bộ (tệp Excel có hướng dẫn, cột chuẩn và danh sách chọn) để điền rồi nhập lại.',
  options: { out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { out?: string }) => {
    if (!values.out) throw new UsageError('Thiếu --out <tệp.xlsx>.');
    const target = path.resolve(values.out);
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'staffTemplate', {});
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, () => ctx.io.out(`Đã lưu mẫu danh sách cán bộ vào ${target}.`));
    });
  },
};
