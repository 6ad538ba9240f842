/** "Vì sao xếp loại này": each criterion, each deduction with its violation and article, each trigger, who scored when. */
import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Spin, Table, Tag } from 'antd';
import type { BreakdownView } from '../../../shared/api/scoringTypes';
import type { CriterionResult } from '../../../shared/domain/scoring';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { RATING_LABELS } from '../../../shared/schema/criteria';
import { UNSCORED_LABEL } from '../../../shared/domain/scoreStatus';
import { PdfPreviewModal } from '../../components/PdfPreviewModal';
import { base64ToBlob, PDF_TYPE, saveBlob } from '../../lib/download';
import { formatDateVi } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { BreakdownActions } from './BreakdownActions';
import { BreakdownHistory } from './BreakdownHistory';
import { FindingsPanel } from './FindingsPanel';

const SOURCES: Record<string, string> = { selfScore: 'tự chấm', headScore: 'thủ trưởng', councilScore: 'Hội đồng', taskProducts: 'tính từ sản phẩm', unitResults: 'tính từ kết quả đơn vị', default: 'mặc định', missing: 'chưa chấm' };

function Adjustments({ c }: { c: CriterionResult }) {
  return (
    <div>
      {c.deductions.map((d) => (
        <div key={d.violationId} data-testid="deduction-line" style={{ color: '#cf1322' }}>
          −{formatPoints(d.points)}: {d.measure} ngày {formatDateVi(d.date)} ({d.refs}) — {d.description}
        </div>
      ))}
      {c.bonuses.map((b) => <div key={b.commendationId} style={{ color: '#389e0d' }}>+{formatPoints(b.points)}: {b.form} ngày {formatDateVi(b.date)} — {b.reason}</div>)}
      {c.task?.products.map((p) => <div key={p.name}>{p.name}: {p.explanation}</div>)}
      {c.unitResults && <div data-testid="unit-results-line">{c.unitResults.explanation}</div>}
      {c.isFloored && <div>Không trừ xuống dưới 0.</div>}
      {c.isCapped && <div>Không vượt quá điểm tối đa.</div>}
    </div>
  );
}

export function BreakdownDrawer({ period, setId, subjectId, onClose, onChanged }: { period: string; setId: string; subjectId: string; onClose: () => void; onChanged?: () => void }) {
  const call = useApiCall();
  const [view, setView] = useState<BreakdownView | null>(null);
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    void call((api) => api.getScoreBreakdown({ period, setId, subjectId })).then((r) => r.ok && setView(r.data));
  }, [call, period, setId, subjectId, reloads]);
  const changed = () => {
    setReloads((n) => n + 1);
    onChanged?.();
  };
  const [pdf, setPdf] = useState<{ blob: Blob; fileName: string } | null>(null);
  const print = async () => {
    const r = await call((api) => api.printScoreBreakdown({ period, setId, subjectId }));
    if (!r.ok) return;
    const blob = base64ToBlob(r.data.dataBase64, PDF_TYPE);
    saveBlob(blob, r.data.fileName);
    setPdf({ blob, fileName: r.data.fileName });
  };
  const total = view?.breakdown?.total ?? view?.rollup?.total ?? null;
  const rating = view?.breakdown?.rating ?? view?.rollup?.rating ?? null;
  const triggers = view?.breakdown?.triggers ?? view?.rollup?.triggers ?? [];
  return (
    <Drawer open width={860} title={view ? `Giải trình xếp loại — ${view.name}` : 'Giải trình xếp loại'} onClose={onClose} extra={<Button onClick={() => void print()}>In PDF (A4)</Button>} data-testid="breakdown-drawer">
      {!view ? <Spin /> : (
        <>
          <Descriptions size="small" column={2} items={[
            { key: 'p', label: 'Kỳ', children: view.periodLabel },
            { key: 'u', label: 'Đơn vị', children: view.leaderLabel ? `${view.unitName} — ${view.leaderLabel}` : view.unitName },
            { key: 't', label: 'Tổng điểm', children: <strong data-testid="breakdown-total">{formatPoints(total)}</strong> },
            { key: 'r', label: 'Xếp loại', children: rating ? RATING_LABELS[rating] : `${UNSCORED_LABEL} (chưa đủ điểm để xếp loại)` },
          ]} />
          <BreakdownActions view={view} onChanged={changed} />
          {triggers.map((t) => <Alert key={t.findingId ?? t.violationId} type="error" showIcon style={{ margin: '8px 0' }} message={`Buộc xếp loại "${RATING_LABELS[t.forceRating]}": ${t.label}`} description={`${t.explanation} — Căn cứ: ${t.source}`} />)}
          {view.breakdown && (
            <Table size="small" pagination={false} rowKey="criterionId" dataSource={view.breakdown.criteria} style={{ marginTop: 8 }} data-testid="breakdown-table" columns={[
              { title: 'Tiêu chí', dataIndex: 'name' },
              { title: 'Tối đa', dataIndex: 'maxPoints', render: (v: number) => formatPoints(v), width: 60 },
              { title: 'Điểm chấm', render: (_: unknown, c: CriterionResult) => `${formatPoints(c.base)} (${SOURCES[c.baseSource] ?? ''})`, width: 150 },
              { title: 'Trừ / cộng tự động, căn cứ', render: (_: unknown, c: CriterionResult) => <Adjustments c={c} /> },
              { title: 'Điểm', render: (_: unknown, c: CriterionResult) => <strong>{formatPoints(c.points)}</strong>, width: 60 },
            ]} />
          )}
          {view.rollup && (
            <div style={{ marginTop: 8 }}>
              {view.rollup.months.map((m) => <Tag key={m.month} color={m.isApplicable && m.total === null ? 'red' : undefined}>{m.month}: {m.isApplicable ? (m.total === null ? 'thiếu' : formatPoints(m.total)) : 'không thuộc kỳ công tác'}</Tag>)}
              <div>{view.rollup.explanation}</div>
            </div>
          )}
          <BreakdownHistory view={view} />
          {view.subjectKind === 'staff' && <FindingsPanel staffId={view.subjectId} year={Number(view.period.slice(0, 4))} onChanged={changed} />}
        </>
      )}
      {pdf && <PdfPreviewModal blob={pdf.blob} fileName={pdf.fileName} title={view ? `Giải trình xếp loại — ${view.name}` : 'Giải trình xếp loại'} saveLabel="Lưu lại tệp PDF" onClose={() => setPdf(null)} />}
    </Drawer>
  );
}
