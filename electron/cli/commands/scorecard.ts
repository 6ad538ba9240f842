/** scorecard export / import: the emulation scorecard as Excel, through the same handlers as the app. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../services/dispatch';
import { foldVietnamese } from '../../../shared/domain/text';
import type { ScorecardImportPreview } from '../../../shared/api/scoringTypes';
import { EXIT, UsageError, report, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { checkOutputPath, writeOutputFile } from '../../store/outputPath';

const DEFAULT_SET = 'nd335-2025';

export const scorecardExportCommand: CommandSpec = {
  name: 'scorecard export',
  usage: 'scorecard export --period 2026-05|2026-Q2|2026-H1|2026 [--set <mã bộ tiêu chí>] [--unit <tên đơn vị>]… --out <tệp.xlsx>',
  summary: `Xuất bảng chấm điểm thi đua của một kỳ ra Excel (mỗi đơn vị một trang, trang tổng hợp; bộ tiêu chí mặc định ${DEFAULT_SET}).`,
  options: { period: { type: 'string' }, set: { type: 'string' }, unit: { type: 'string', multiple: true }, out: { type: 'string' } },
  positionals: 0,
  run: async (ctx, values: { period?: string; set?: string; unit?: string[]; out?: string }) => {
    if (!values.period) throw new UsageError('Thiếu --period (ví dụ 2026-05, 2026-Q2, 2026-H1, 2026).');
    if (!values.out) throw new UsageError('Thiếu --out <tệp.xlsx>.');
    const target = await checkOutputPath(ctx.dataFolder, values.out);
    return withSession(ctx, async (_session, handlers) => {
      let unitIds: string[] | undefined;
      if (values.unit && values.unit.length > 0) {
        const units = await dispatch(handlers, 'listUnits', {});
        unitIds = values.unit.map((name) => {
          const match = units.ok ? units.data.find((u) => foldVietnamese(u.name) === foldVietnamese(name) || foldVietnamese(u.shortName) === foldVietnamese(name)) : undefined;
          if (!match) throw new UsageError(`Không có đơn vị tên "${name}".`);
          return match.id;
        });
      }
      const result = await dispatch(handlers, 'exportScorecard', { period: values.period, setId: values.set ?? DEFAULT_SET, unitIds });
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      return report(ctx, result, (out) => ctx.io.out(`Đã xuất bảng chấm điểm của ${out.count} người ra ${target}.`));
    });
  },
};

function printPreview(ctx: CommandContext, preview: ScorecardImportPreview): void {
  ctx.io.out(`${preview.periodLabel} — ${preview.setName}${preview.isLocked ? ' (kỳ đã khóa: ghi thành điều chỉnh)' : ''}`);
  for (const c of preview.changes) ctx.io.out(`${c.sheet} ${c.cell}  ${c.code} ${c.name} · ${c.label}: ${c.from ?? '(trống)'} → ${c.to ?? '(trống)'}`);
  for (const p of preview.problems) ctx.io.out(`lỗi ${p.sheet} ${p.cell}: ${p.message}`);
  if (preview.missingPeople.length > 0) ctx.io.out(`Không có trong tệp: ${preview.missingPeople.join('; ')}`);
  ctx.io.out(`Tổng: ${preview.changes.length} thay đổi, ${preview.problems.length} ô bị từ chối.`);
}

export const scorecardImportCommand: CommandSpec = {
  name: 'scorecard import',
  usage: 'scorecard import <tệp.xlsx> [--dry-run] [--reason <lý do, bắt buộc khi kỳ đã khóa>]',
  summary: 'Nhập lại bảng chấm điểm đã điền: in từng ô thay đổi (cũ → mới), ghi mọi thay đổi hợp lệ trong một lần (mã thoát 1 nếu có ô bị từ chối).',
  options: { 'dry-run': { type: 'boolean' }, reason: { type: 'string' } },
  positionals: 1,
  run: async (ctx, values: { 'dry-run'?: boolean; reason?: string }, [file]) => {
    const bytes = await fs.readFile(path.resolve(file ?? '')).catch(() => {
      throw new UsageError(`Không đọc được tệp ${file}.`);
    });
    const input = { fileName: path.basename(file ?? ''), dataBase64: bytes.toString('base64') };
    return withSession(ctx, async (_session, handlers) => {
      const preview = await dispatch(handlers, 'previewScorecardImport', { file: input });
      const hasProblems = preview.ok && preview.data.problems.length > 0;
      if (!preview.ok || values['dry-run']) {
        const code = report(ctx, preview, (p) => {
          printPreview(ctx, p);
          ctx.io.out('Chạy thử: chưa ghi gì.');
        });
        return code === EXIT.done && hasProblems ? EXIT.partial : code;
      }
      if (!ctx.isJson) printPreview(ctx, preview.data);
      const applied = await dispatch(handlers, 'applyScorecardImport', { file: input, accepted: preview.data.changes.map((c) => c.id), reason: values.reason });
      const code = report(ctx, applied, (r) => ctx.io.out(`Đã ghi ${r.applied} thay đổi${r.asAmendment ? ' (điều chỉnh sau khi khóa kỳ)' : ''}.`));
      return code === EXIT.done && hasProblems ? EXIT.partial : code;
    });
  },
};
