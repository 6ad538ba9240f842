/**
 * Thi đua: periods, the scoring grid, the Excel round trip and year-end titles, as tabs over one selection.
 * The page keeps the grid's unsaved cells (drafts, by period and set): reloads and drawers never drop them,
 * and changing the period, set or unit, or leaving the screen, asks first.
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Tabs } from 'antd';
import { labelOfKey } from '../../../shared/domain/period';
import { PageTitle } from '../../components/PageTitle';
import { queryKeys } from '../../lib/queryClient';
import { useConfirmDiscard, useUnsavedChanges } from '../../lib/unsavedChanges';
import { CriteriaTab } from './CriteriaTab';
import { countCells, draftKey } from './gridDraft';
import { GridDraftStore, useUnsavedCount } from './gridDraftStore';
import { ImportTab } from './ImportTab';
import { PeriodsTab } from './PeriodsTab';
import { ScoringTab } from './ScoringTab';
import { TitlesTab } from './TitlesTab';
import { CouncilTab } from '../council/CouncilTab';
import { defaultSelection, type Selection } from './selection';

/**
 * Registers the unsaved cells (the window asks before closing). Its own component: the count changes with
 * the first keystroke in a new cell, and only this redraws then, not the page and its tabs.
 */
function UnsavedDrafts({ drafts }: { drafts: GridDraftStore }) {
  const unsaved = useUnsavedCount(drafts);
  useUnsavedChanges(unsaved > 0 ? `${unsaved} ô điểm chưa lưu ở màn hình Thi đua` : null);
  return null;
}

export function ScorecardsPage() {
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<Selection>(defaultSelection);
  const [tab, setTab] = useState('grid');
  // The drafts live in a store, not in this page's state: a keystroke redraws the row typed in, not the page.
  const [drafts] = useState(() => new GridDraftStore());
  const key = draftKey(selection.period, selection.setId);
  const confirmDiscard = useConfirmDiscard();
  const changed = useCallback(() => void queryClient.invalidateQueries({ queryKey: queryKeys.scoring }), [queryClient]);
  const select = (next: Selection, then?: () => void) => selectRef.current(next, then);
  const selectNow = (next: Selection, then?: () => void) => {
    const isSame = next.period === selection.period && next.setId === selection.setId && next.unitId === selection.unitId;
    const count = countCells(drafts.get(key));
    const go = () => {
      setSelection(next);
      then?.();
    };
    if (isSame || count === 0) return go();
    confirmDiscard(() => {
      drafts.update(key, () => ({}));
      go();
    }, {
      title: 'Bỏ các ô điểm chưa lưu?',
      content: `${labelOfKey(selection.period)} còn ${count} ô điểm chưa lưu. Chuyển sang lựa chọn khác sẽ bỏ các ô này; bấm “Ở lại” rồi “Lưu điểm” (Ctrl+S) để giữ.`,
    }, true);
  };
  // One onSelect for the page's life (it reads the latest selection and edits), so a keystroke in the grid
  // never redraws the selection bar.
  const selectRef = useRef(selectNow);
  selectRef.current = selectNow;
  const onSelect = useCallback((s: Selection) => selectRef.current(s), []);
  return (
    <div data-testid="scorecards-page">
      <PageTitle>Thi đua</PageTitle>
      <UnsavedDrafts drafts={drafts} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        items={[
          { key: 'grid', label: 'Chấm điểm', children: <ScoringTab selection={selection} onSelect={onSelect} drafts={drafts} onChanged={changed} /> },
          { key: 'periods', label: 'Kỳ đánh giá', children: <PeriodsTab selection={selection} onChanged={changed} onOpen={(s) => select(s, () => setTab('grid'))} /> },
          { key: 'import', label: 'Nhập từ Excel', children: <ImportTab onImported={changed} /> },
          { key: 'titles', label: 'Danh hiệu cuối năm', children: <TitlesTab year={Number(selection.period.slice(0, 4))} /> },
          { key: 'council', label: 'Hội đồng', children: <CouncilTab year={Number(selection.period.slice(0, 4))} /> },
          { key: 'criteria', label: 'Bộ tiêu chí', children: <CriteriaTab /> },
        ]}
      />
    </div>
  );
}
