/** Whose score each step is and who typed it, when; and every correction after closing with its reason and what changed. */
import { Tag } from 'antd';
import type { BreakdownView } from '../../../shared/api/scoringTypes';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { formatDateTimeVi } from '../../lib/format';

export function BreakdownHistory({ view }: { view: BreakdownView }) {
  const names = new Map((view.breakdown?.criteria ?? []).map((c) => [c.criterionId, c.name] as const));
  return (
    <div style={{ marginTop: 12 }} data-testid="breakdown-steps">
      {view.steps.map((s) => <div key={s.step}>{s.label}: <strong>{s.scorerName || '—'}</strong> (người nhập: {s.by}, {formatDateTimeVi(s.at)})</div>)}
      {view.amendments.map((a) => (
        <div key={a.at} data-testid="amendment-line" style={{ marginTop: 4 }}>
          <Tag color="orange">Điều chỉnh sau khi chốt</Tag>{formatDateTimeVi(a.at)} ({a.by}): {a.reason}
          {Object.entries(a.changes).map(([id, c]) => (
            <div key={id} style={{ paddingLeft: 16, color: '#555' }}>{names.get(id) ?? id}: {formatPoints(c.from)} → {formatPoints(c.to)}</div>
          ))}
        </div>
      ))}
    </div>
  );
}
