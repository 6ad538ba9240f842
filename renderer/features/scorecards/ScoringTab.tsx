/**
 * Chấm điểm: pick a period, score a unit in the grid as one of the three steps, save, export, explain.
 * The grid comes from the query cache; what is typed lives in the page's drafts, so a reload (a drawer
 * saving, another tab changing something) never drops it. Saving sends the valid cells and keeps the
 * refused ones, highlighted and named by person and criterion. Ctrl+S saves.
 */
import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Space, Spin } from 'antd';
import type { ScoreGrid } from '../../../shared/api/scoringTypes';
import { SCORE_STEP_LABELS, type ScoreStepName } from '../../../shared/schema/scoring';
import { LoadError } from '../../components/LoadError';
import { ROLLUP_METHOD_LABELS } from '../../../shared/domain/rollup';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../../lib/download';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { BreakdownDrawer } from './BreakdownDrawer';
import { countCells, draftKey, parsePastedBlock, splitEdits, withoutSaved } from './gridDraft';
import type { GridDraftStore } from './gridDraftStore';
import { SaveBar } from './SaveBar';
import { ScoreGridTable } from './ScoreGridTable';
import { SelectionBar } from './SelectionBar';
import { TaskProductsModal } from './TaskProductsModal';
import { UnitSummary } from './UnitSummary';
import type { Selection } from './selection';

interface Props {
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** The unsaved cells, by period and set (this grid's under draftKey(period, setId)). */
  drafts: GridDraftStore;
  onChanged: () => void;
}

export function ScoringTab({ selection, onSelect, drafts, onChanged }: Props) {
  const call = useApiCall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { period, setId } = selection;
  const key = draftKey(period, setId);
  const gridQuery = useQuery({ queryKey: queryKeys.scoreGrid(period, setId), queryFn: () => apiQuery((api) => api.getScoreGrid({ period, setId })) });
  const grid = gridQuery.data;
  const setQuery = useQuery({
    queryKey: queryKeys.criteriaSet(setId, grid?.setVersion ?? 0),
    queryFn: () => apiQuery((api) => api.getCriteriaSet({ setId, version: grid?.setVersion })),
    enabled: Boolean(grid),
  });
  const [step, setStep] = useState<ScoreStepName>('headScore');
  const [open, setOpen] = useState<string | null>(null);
  const [productsOf, setProductsOf] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const rows = useMemo(() => (grid ? (selection.unitId ? grid.rows.filter((r) => r.unitId === selection.unitId) : grid.rows) : []), [grid, selection.unitId]);
  const onEdit = useCallback((subjectId: string, criterionId: string, value: string) => drafts.setCell(key, subjectId, criterionId, value), [drafts, key]);
  const onPaste = useCallback((rowIndex: number, colIndex: number, text: string) => {
    if (!grid) return false;
    const block = parsePastedBlock(text);
    drafts.update(key, (e) => {
      const next = { ...e };
      block.forEach((cells, i) => {
        const row = rows[rowIndex + i];
        if (!row) return;
        cells.forEach((value, j) => {
          const criterion = grid.criteria[colIndex + j];
          if (criterion) next[row.subjectId] = { ...next[row.subjectId], [criterion.id]: value };
        });
      });
      return next;
    });
    return true;
  }, [grid, rows, drafts, key]);

  if (gridQuery.isError) return <LoadError what="bảng chấm điểm" error={gridQuery.error} onRetry={() => void gridQuery.refetch()} />;
  if (!grid) return (
    <div data-testid="scoring-tab">
      <SelectionBar selection={selection} units={[]} onSelect={onSelect} />
      <Spin />
    </div>
  );
  const isEditable = !grid.isRollup && !grid.isLocked;
  const hasProducts = !grid.isRollup && grid.criteria.some((c) => c.input === 'taskProducts');
  const save = async () => {
    const edits = drafts.get(key);
    if (countCells(edits) === 0 || isBusy) return;
    const { entries, problems: refused } = splitEdits(grid, edits);
    if (entries.length === 0) return void message.error({ content: `Chưa lưu được: ${refused.map((p) => p.message).join('; ')}.`, duration: 8 });
    setBusy(true);
    const r = await call((api) => api.saveScores({ period: grid.period, setId: grid.setId, step, entries }));
    setBusy(false);
    if (!r.ok) return;
    queryClient.setQueryData<ScoreGrid>(queryKeys.scoreGrid(grid.period, grid.setId), r.data);
    drafts.update(key, (current) => withoutSaved(current, entries, edits));
    const saved = entries.reduce((n, e) => n + Object.keys(e.points).length, 0);
    if (refused.length > 0) void message.warning({ content: `Đã lưu ${saved} ô; còn ${refused.length} ô chưa lưu được (tô đỏ): ${refused.map((p) => p.message).join('; ')}.`, duration: 10 });
    else void message.success(`Đã lưu điểm (${SCORE_STEP_LABELS[step]}).`);
    onChanged();
  };
  const exportXlsx = async () => {
    setBusy(true);
    const r = await call((api) => api.exportScorecard({ period: grid.period, setId: grid.setId, unitIds: selection.unitId ? [selection.unitId] : undefined }));
    setBusy(false);
    if (r.ok) saveBlob(base64ToBlob(r.data.dataBase64, XLSX_TYPE), r.data.fileName);
  };
  const keyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };
  return (
    <div data-testid="scoring-tab" onKeyDown={keyDown}>
      <SelectionBar selection={selection} units={grid.units} onSelect={onSelect} />
      <Space wrap size={[8, 4]} style={{ marginBottom: 6, color: '#555' }}>
        <span>{grid.periodLabel} — {grid.setName} (phiên bản {grid.setVersion}){grid.isRollup ? ` — tính từ các ${grid.cadence === 'quarter' ? 'quý' : 'tháng'} (${ROLLUP_METHOD_LABELS[grid.rollupMethod]})` : ''}</span>
        <Button size="small" onClick={() => void exportXlsx()} loading={isBusy} data-testid="export-scorecard">Xuất Excel</Button>
      </Space>
      {grid.isLocked && <Alert type="info" showIcon title={grid.lockReason} style={{ marginBottom: 8 }} data-testid="lock-notice" />}
      <UnitSummary grid={grid} rows={rows} />
      {rows.length === 0 ? <Empty description="Không có ai để chấm điểm theo bộ tiêu chí này." /> : (
        <ScoreGridTable grid={grid} rows={rows} drafts={drafts} draftKey={key} bands={setQuery.data?.bands ?? null} isEditable={isEditable} onOpen={setOpen} onProducts={hasProducts ? setProductsOf : undefined}
          onEdit={onEdit} onPaste={onPaste} />
      )}
      {isEditable && (
        <SaveBar grid={grid} drafts={drafts} draftKey={key} step={step} onStep={setStep} isBusy={isBusy} onSave={() => void save()} onDiscard={() => drafts.update(key, () => ({}))} />
      )}
      {open && <BreakdownDrawer period={grid.period} setId={grid.setId} subjectId={open} onClose={() => setOpen(null)} onChanged={onChanged} />}
      {productsOf && <TaskProductsModal period={grid.period} setId={grid.setId} subjectId={productsOf} onClose={() => setProductsOf(null)} onSaved={() => { setProductsOf(null); onChanged(); }} />}
    </div>
  );
}
