/** rules list / rules import: the rule sets from the command line, through the same handlers as the app. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../services/dispatch';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { EXIT, UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

const STATUS_LABELS = { inForce: 'đang có hiệu lực', draft: 'dự thảo', replaced: 'đã được thay thế' } as const;

export const rulesListCommand: CommandSpec = {
  name: 'rules list',
  usage: 'rules list [--json]',
  summary: 'Liệt kê các bộ quy tắc ứng xử (kèm theo chương trình và do phường nhập), phiên bản và số điều.',
  options: {},
  positionals: 0,
  run: async (ctx) =>
    withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'listRuleSets', {});
      return report(ctx, result, (sets) => {
        for (const s of sets) {
          const decision = s.decision.number ? `${s.decision.number} ngày ${formatIsoDay(s.decision.date)}` : `ngày ${formatIsoDay(s.decision.date)}`;
          ctx.io.out(`${s.id.padEnd(18)} ${s.shortName.padEnd(12)} bản ${s.version}  ${s.counts.articles} điều (${s.counts.verifiedArticles} đã đối chiếu, ${s.counts.gapArticles} chưa có văn bản)  ${decision}  ${STATUS_LABELS[s.status]}`);
          ctx.io.out(`${' '.repeat(19)}${s.title}`);
        }
        ctx.io.out(`${sets.length} bộ quy tắc.`);
      });
    }),
};

function slugFromHint(number: string | undefined, date: string | undefined): string | undefined {
  const n = /^(\d+)/.exec(number ?? '')?.[1];
  return n ? `qd-${n}-${(date ?? '').slice(0, 4) || 'x'}` : undefined;
}

export const rulesImportCommand: CommandSpec = {
  name: 'rules import',
  usage: 'rules import <tệp.docx|tệp.txt> [--id <mã bộ quy tắc>]',
  summary: 'Nhập văn bản quyết định thành bộ quy tắc mới, hoặc phiên bản mới của bộ --id đã có.',
  options: { id: { type: 'string' } },
  positionals: 1,
  run: async (ctx, values: { id?: string }, [file]) => {
    const bytes = await fs.readFile(path.resolve(file ?? '')).catch(() => {
      throw new UsageError(`Không đọc được tệp ${file}.`);
    });
    return withSession(ctx, async (_session, handlers) => {
      const preview = await dispatch(handlers, 'previewRuleImport', { file: { fileName: path.basename(file ?? ''), dataBase64: bytes.toString('base64') } });
      if (!preview.ok) return report(ctx, preview, () => undefined);
      const p = preview.data;
      if (!ctx.isJson) {
        ctx.io.out(`Đọc được ${p.counts.chapters} chương, ${p.counts.articles} điều, ${p.counts.nodes} mục.`);
        for (const warning of p.warnings) ctx.io.out(`  lưu ý: ${JSON.stringify(warning)}`);
      }
      const existing = values.id ? await dispatch(handlers, 'getRuleSet', { id: values.id }) : null;
      let saved;
      if (existing?.ok) {
        saved = await dispatch(handlers, 'saveRuleImport', { tree: p.tree, asNewVersionOf: { id: existing.data.ruleSet.id } });
      } else {
        const id = values.id ?? slugFromHint(p.decisionHint?.number, p.decisionHint?.date);
        if (!id) throw new UsageError('Không tìm thấy số quyết định trong văn bản; hãy nêu --id <mã bộ quy tắc> (ví dụ qd-522-2017).');
        const number = p.decisionHint?.number ?? '';
        const date = p.decisionHint?.date ?? new Date().toISOString().slice(0, 10);
        saved = await dispatch(handlers, 'saveRuleImport', {
          tree: p.tree,
          asNewRuleSet: {
            id, title: p.title ?? 'Quy tắc ứng xử', shortName: number ? `QĐ ${/^(\d+)/.exec(number)?.[1] ?? number}` : id,
            decision: { number, date, issuer: 'UBND thành phố Hà Nội' }, effectiveDate: date, status: 'inForce',
          },
        });
      }
      const code = report(ctx, saved, (view) => ctx.io.out(`Đã lưu ${view.ruleSet.id} bản ${view.ruleSet.version}: ${view.counts.articles} điều.`));
      return code === EXIT.done && p.warnings.length > 0 ? EXIT.partial : code;
    });
  },
};
