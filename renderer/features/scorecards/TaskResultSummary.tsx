/** The task-result points as the domain computes them, each product explained and each 25 % deduction listed. */
import { Alert } from 'antd';
import { formatPoints } from '../../../shared/domain/scoringMath';
import type { TaskResult } from '../../../shared/domain/scoringTasks';
import type { TaskRules } from '../../../shared/schema/criteria';

interface Props {
  result: TaskResult | null;
  maxPoints: number;
  rules: TaskRules;
  criterionName: string;
}

const percent = (share: number) => `${formatPoints(share * 100)}%`;

export function TaskResultSummary({ result, maxPoints, rules, criterionName }: Props) {
  return (
    <div data-testid="task-summary" style={{ marginTop: 12 }}>
      <div style={{ fontSize: 15 }}>
        {criterionName}: <strong data-testid="task-points">{result ? formatPoints(result.points) : '—'}</strong> / {formatPoints(maxPoints)} điểm
        {result && <span style={{ color: '#555' }}> — giao {result.assigned} sản phẩm, hoàn thành {result.completed}</span>}
      </div>
      <div style={{ color: '#777', fontSize: 12 }}>
        Mỗi sản phẩm được {formatPoints(maxPoints)} × trọng số / tổng trọng số điểm, chia số lượng {percent(rules.shares.quantity)}, chất lượng {percent(rules.shares.quality)}, tiến độ {percent(rules.shares.progress)};
        mỗi lần không đạt chất lượng trừ {formatPoints(rules.qualityFailPercent)}% phần chất lượng, mỗi lần chậm (trừ lý do khách quan được xác nhận) trừ {formatPoints(rules.delayPercent)}% phần tiến độ (Điều 14 NĐ 335/2025).
      </div>
      {!result && <Alert type="info" showIcon style={{ marginTop: 8 }} title="Chưa có sản phẩm nào có tên: chưa tính được điểm." />}
      {result && (
        <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
          {result.products.map((p, i) => (
            <li key={i} data-testid="task-explanation">
              <strong>{p.name}</strong>: {formatPoints(p.points)} điểm — {p.explanation}
              {p.deductions.map((d) => <div key={d.part} data-testid="task-deduction" style={{ color: '#cf1322' }}>Trừ {d.text}</div>)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
