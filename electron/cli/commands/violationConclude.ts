/** violation conclude: the leaders' conclusion of a violation, through the same contract method as the drawer (moveViolation to "concluded"). */
import { HANDLING_MEASURES, MEASURE_LABELS, SEVERITIES, SEVERITY_LABELS, type HandlingMeasure, type Severity } from '../../../shared/schema/violation';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { dispatch } from '../../services/dispatch';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { parseDay, pickByLabel } from './violation';

export const violationConcludeCommand: CommandSpec = {
  name: 'violation conclude',
  usage: 'violation conclude --id <mã vi phạm> --measure <biện pháp> --severity <mức độ> --conclusion <nội dung> [--date dd/mm/yyyy] [--decision-number <số> --decision-date dd/mm/yyyy]',
  summary: 'Kết luận một vi phạm đang xem xét (Lãnh đạo UBND); kỷ luật cần số và ngày quyết định.',
  options: {
    id: { type: 'string' }, measure: { type: 'string' }, severity: { type: 'string' }, conclusion: { type: 'string' }, date: { type: 'string' },
    'decision-number': { type: 'string' }, 'decision-date': { type: 'string' }, note: { type: 'string' },
  },
  positionals: 0,
  run: async (ctx, values: Record<string, string | undefined>) => {
    if (!values.id) throw new UsageError('Thiếu --id <mã vi phạm>.');
    if (!values.measure) throw new UsageError('Thiếu --measure <biện pháp xử lý>.');
    const measure = pickByLabel<HandlingMeasure>(values.measure, HANDLING_MEASURES, MEASURE_LABELS, 'Biện pháp xử lý');
    const severity = pickByLabel<Severity>(values.severity, SEVERITIES, SEVERITY_LABELS, 'Mức độ vi phạm');
    const concludedOn = parseDay(values.date, 'Ngày kết luận');
    const decisionDate = parseDay(values['decision-date'], 'Ngày quyết định');
    const decisionNumber = values['decision-number'];
    if ((decisionDate === undefined) !== (decisionNumber === undefined)) throw new UsageError('Cần cả --decision-number và --decision-date.');
    const fields = {
      measure, severity, conclusion: values.conclusion, concludedOn,
      decision: decisionNumber && decisionDate ? { number: decisionNumber, date: decisionDate } : undefined,
    };
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'moveViolation', { id: values.id, to: 'concluded', fields, note: values.note ?? '' });
      return report(ctx, result, (detail) => {
        ctx.io.out(`Đã kết luận vi phạm ${detail.record.id} ngày ${formatIsoDay(detail.record.concludedOn ?? '')}: ${detail.row.people.map((p) => p.fullName).join(', ')} — ${detail.row.measureLabel}.`);
      });
    });
  },
};
