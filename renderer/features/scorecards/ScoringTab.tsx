/** Chấm điểm: pick a period, score a unit in the grid as one of the three steps, save, export, explain. */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Empty, Select, Space, Spin } from 'antd';
import type { ScoreGrid } from '../../../shared/api/scoringTypes';
import { ROLLUP_METHOD_LABELS } from '../../../shared/domain/rollup';
import { SCORE_STEPS, SCORE_STEP_LABELS, type ScoreStepName } from '../../../shared/schema/scoring';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { BreakdownDrawer } from './BreakdownDrawer';
import { ScoreGridTable, type GridEdits } from './ScoreGridTable';
import { SelectionBar } from './SelectionBar';
import { TaskProductsModal } from './TaskProductsModal';
import { UnitSummary } from './UnitSummary';
import type { Selection } from './selection';

interface Props {
  selection: Selection;
  onSelect: (selection: Selection) => void;
  version: number;
  onChanged: () => void;
}

function parseEdits(edits: GridEdits): { entries: { subjectId: string; points: Record<string, number | null> }[]; bad: string | null } {
  let bad: string | null = null;
  const entries = Object.entries(edits).map(([subjectId, cells]) => ({
    subjectId,
    points: Object.fromEntries(Object.entries(cells).map(([id, text]) => {
      const value = text.trim() === '' ? null : Number(text.replace(',', '.'));
      if (value !== null && !Number.isFinite(value)) bad = `"${text}" không phải là số.`;
      return [id, value];
    })),
  }));
  return { entries, bad };
}

export function ScoringTab({ selection, onSelect, version, onChanged }: Props) {
  const call = useApiCall();
  const { message } = App.useApp();
  const [grid, setGrid] = useState<ScoreGrid | null>(null);
  const [edits, setEdits] = useState<GridEdits>({});
  const [step, setStep] = useState<ScoreStepName>('headScore');
  const [open, setOpen] = useState<string | null>(null);
  const [productsOf, setProductsOf] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const r = await call((api) => api.getScoreGrid({ period: selection.period, setId: selection.setId }));
    if (r.ok) setGrid(r.data);
    setEdits({});
  }, [call, selection.period, selection.setId]);
  useEffect(() => {
    void load();
  }, [load, version]);
  if (!grid) return <Spin />;
  const rows = selection.unitId ? grid.rows.filter((r) => r.unitId === selection.unitId) : grid.rows;
  const editCount = Object.values(edits).reduce((n, cells) => n + Object.keys(cells).length, 0);
  const isEditable = !grid.isRollup && !grid.isLocked;
  const hasProducts = !grid.isRollup && grid.criteria.some((c) => c.input === 'taskProducts');
  // The page's change counter reloads this grid (and the periods and titles).
  const afterChange = onChanged;
  const save = async () => {
    const { entries, bad } = parseEdits(edits);
    if (bad) return void message.error(bad);
    setBusy(true);
    const r = await call((api) => api.saveScores({ period: grid.period, setId: grid.setId, step, entries }));
    setBusy(false);
    if (r.ok) {
      setGrid(r.data);
      setEdits({});
      void message.success(`Đã lưu điểm (${SCORE_STEP_LABELS[step]}).`);
      onChanged();
    }
  };
  const exportXlsx = async () => {
    setBusy(true);
    const r = await call((api) => api.exportScorecard({ period: grid.period, setId: grid.setId, unitIds: selection.unitId ? [selection.unitId] : undefined }));
    setBusy(false);
    if (r.ok) saveBlob(base64ToBlob(r.data.dataBase64, XLSX_TYPE), r.data.fileName);
  };
  return (
    <div data-testid="scoring-tab">
      <SelectionBar selection={selection} units={grid.units} onSelect={onSelect} />
      <div style={{ marginBottom: 8, color: '#555' }}>{grid.periodLabel} — {grid.setName} (phiên bản {grid.setVersion}){grid.isRollup ? ` — tính từ các ${grid.cadence === 'quarter' ? 'quý' : 'tháng'} (${ROLLUP_METHOD_LABELS[grid.rollupMethod]})` : ''}</div>
      {grid.isLocked && <Alert type="info" showIcon message={grid.lockReason} style={{ marginBottom: 8 }} data-testid="lock-notice" />}
      <UnitSummary grid={grid} rows={rows} />
      <Space wrap style={{ marginBottom: 8 }}>
        {isEditable && <Select aria-label="Bước chấm" value={step} style={{ width: 280 }} options={SCORE_STEPS.map((s) => ({ value: s, label: SCORE_STEP_LABELS[s] }))} onChange={setStep} />}
        {isEditable && <Button type="primary" disabled={editCount === 0} loading={isBusy} onClick={() => void save()} data-testid="save-scores">Lưu điểm ({editCount} ô)</Button>}
        {editCount > 0 && <Button onClick={() => setEdits({})}>Bỏ thay đổi</Button>}
        <Button onClick={() => void exportXlsx()} loading={isBusy} data-testid="export-scorecard">Xuất Excel</Button>
      </Space>
      {rows.length === 0 ? <Empty description="Không có ai để chấm điểm theo bộ tiêu chí này." /> : (
        <ScoreGridTable grid={grid} rows={rows} edits={edits} isEditable={isEditable} onOpen={setOpen} onProducts={hasProducts ? setProductsOf : undefined}
          onEdit={(subjectId, criterionId, value) => setEdits((e) => ({ ...e, [subjectId]: { ...e[subjectId], [criterionId]: value } }))} />
      )}
      {open && <BreakdownDrawer period={grid.period} setId={grid.setId} subjectId={open} onClose={() => setOpen(null)} onChanged={afterChange} />}
      {productsOf && <TaskProductsModal period={grid.period} setId={grid.setId} subjectId={productsOf} onClose={() => setProductsOf(null)} onSaved={() => { setProductsOf(null); afterChange(); }} />}
    </div>
  );
}
