/**
 * The scoring grid's save bar, pinned to the bottom of the window: the step, "Lưu điểm (n ô)", the refused cells.
 * The count and the refused cells follow the drafts a moment behind the typing (deferred values): a
 * keystroke draws the row's total first, then the bar (only when its count or its refused cells changed).
 */
import { memo, useDeferredValue, useMemo, useRef, useSyncExternalStore } from 'react';
import { Alert, Button, Select, Space, Typography } from 'antd';
import type { ScoreGrid } from '../../../shared/api/scoringTypes';
import { SCORE_STEPS, SCORE_STEP_LABELS, type ScoreStepName } from '../../../shared/schema/scoring';
import { countCells, splitEdits, type CellProblem } from './gridDraft';
import { useGridEdits, type GridDraftStore } from './gridDraftStore';

interface Props {
  grid: ScoreGrid;
  drafts: GridDraftStore;
  draftKey: string;
  step: ScoreStepName;
  onStep: (step: ScoreStepName) => void;
  isBusy: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

const STEP_OPTIONS = SCORE_STEPS.map((s) => ({ value: s, label: SCORE_STEP_LABELS[s] }));

export function SaveBar({ grid, drafts, draftKey, step, onStep, isBusy, onSave, onDiscard }: Props) {
  // Both a moment after the keystroke's own render (which draws the row's new total alone).
  const editCount = useDeferredValue(useSyncExternalStore(drafts.subscribe, () => countCells(drafts.get(draftKey))));
  const edits = useDeferredValue(useGridEdits(drafts, draftKey));
  const problems = useSameProblems(useMemo(() => splitEdits(grid, edits).problems, [grid, edits]));
  return <SaveBarView step={step} onStep={onStep} editCount={editCount} problems={problems} isBusy={isBusy} onSave={onSave} onDiscard={onDiscard} />;
}

/** The previous list while the refused cells say the same (most keystrokes): the memoised bar then skips its render. */
function useSameProblems(problems: CellProblem[]): CellProblem[] {
  const kept = useRef(problems);
  const before = kept.current;
  const isSame = before.length === problems.length && before.every((p, i) => p.message === problems[i]!.message && p.subjectId === problems[i]!.subjectId && p.criterionId === problems[i]!.criterionId);
  if (!isSame) kept.current = problems;
  return kept.current;
}

interface ViewProps extends Pick<Props, 'step' | 'onStep' | 'isBusy' | 'onSave' | 'onDiscard'> {
  editCount: number;
  problems: CellProblem[];
}

/** Memoised: the keystroke's own render (with the deferred drafts unchanged) skips it. */
const SaveBarView = memo(function SaveBarView({ step, onStep, editCount, problems, isBusy, onSave, onDiscard }: ViewProps) {
  return (
    <div data-testid="save-bar" style={{ position: 'sticky', bottom: 0, zIndex: 4, background: '#fff', borderTop: '1px solid #f0f0f0', padding: '6px 0', marginTop: 4 }}>
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 6, maxHeight: 96, overflow: 'auto' }} data-testid="score-problems"
          title={`${problems.length} ô chưa lưu được (tô đỏ): ${problems.map((p) => p.message).join('; ')}`} />
      )}
      <Space wrap size={[8, 4]}>
        <Select aria-label="Bước chấm" value={step} style={{ width: 260 }} options={STEP_OPTIONS} onChange={onStep} />
        <Button type="primary" disabled={editCount === 0} loading={isBusy} onClick={onSave} data-testid="save-scores" title="Ctrl+S">Lưu điểm ({editCount} ô)</Button>
        {editCount > 0 && <Button onClick={onDiscard} data-testid="discard-scores">Bỏ thay đổi</Button>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>Ctrl+S lưu · Enter xuống dòng (cuối dòng: sang đầu dòng sau) · Ctrl+Enter giải trình · dán được cả khối từ Excel</Typography.Text>
      </Space>
    </div>
  );
});
