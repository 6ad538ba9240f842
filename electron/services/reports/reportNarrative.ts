/**
 * The text a report starts with before the clerk edits it: every number in it is taken from the
 * computed figures. The clerk's own wording replaces it once saved.
 */
import type { ComparedRow, ReportFigures } from '../../../shared/api/reportTypes';
import type { ReportNarrative } from '../../../shared/schema/report';

export function percentText(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${(Math.round((part / whole) * 1000) / 10).toString().replace('.', ',')}%`;
}

/** '12 vụ việc (cùng kỳ năm trước: 15, giảm 3)'. */
export function comparedText(row: ComparedRow, unit: string): string {
  const diff = row.current.value - row.previous.value;
  const change = diff === 0 ? 'bằng cùng kỳ' : diff > 0 ? `tăng ${diff}` : `giảm ${-diff}`;
  return `${row.current.value} ${unit} (cùng kỳ năm trước: ${row.previous.value}, ${change})`;
}

export function suggestedNarrative(f: ReportFigures): ReportNarrative {
  const who = f.scope.unitId ? `đơn vị ${f.scope.subjectName}` : f.wardName;
  const total = f.coverageTotal;
  const top = f.violationsByArticle[0];
  const situation =
    `Trong ${f.scope.periodLabel}, ${who} tiếp tục quán triệt, triển khai Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động ` +
    `và Quy tắc ứng xử nơi công cộng. Tổng số người đang công tác: ${total.staff.value}; đã ký cam kết thực hiện: ${total.signed.value} ` +
    `(${percentText(total.signed.value, total.staff.value)}).`;
  const results =
    `Phát hiện, ghi nhận ${comparedText(f.violationsTotal, 'vụ việc vi phạm')}` +
    (top && top.current.value > 0 ? `; nhiều nhất thuộc ${top.label} (${top.current.value} vụ việc)` : '') +
    `. Còn ${f.violationsPending.value} vụ việc chưa kết luận. ` +
    `Biểu dương, khen thưởng: ${comparedText(f.commendationsTotal, 'lượt')}.`;
  return {
    situation,
    results,
    shortcomings: '',
    plans: '',
  };
}
