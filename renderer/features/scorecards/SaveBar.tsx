/** The scoring grid's save bar, pinned to the bottom of the window: the step, "Lưu điểm (n ô)", the refused cells. */
import { Alert, Button, Select, Space, Typography } from 'antd';
import { SCORE_STEPS, SCORE_STEP_LABELS, type ScoreStepName } from '../../../shared/schema/scoring';
import type { CellProblem } from './gridDraft';

interface Props {
  step: ScoreStepName;
  onStep: (step: ScoreStepName) => void;
  editCount: number;
  problems: CellProblem[];
  isBusy: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

export function SaveBar({ step, onStep, editCount, problems, isBusy, onSave, onDiscard }: Props) {
  return (
    <div data-testid="save-bar" style={{ position: 'sticky', bottom: 0, zIndex: 4, background: '#fff', borderTop: '1px solid #f0f0f0', padding: '6px 0', marginTop: 4 }}>
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 6, maxHeight: 96, overflow: 'auto' }} data-testid="score-problems"
          title={`${problems.length} ô chưa lưu được (tô đỏ): ${problems.map((p) => p.message).join('; ')}`} />
      )}
      <Space wrap size={[8, 4]}>
        <Select aria-label="Bước chấm" value={step} style={{ width: 260 }} options={SCORE_STEPS.map((s) => ({ value: s, label: SCORE_STEP_LABELS[s] }))} onChange={onStep} />
        <Button type="primary" disabled={editCount === 0} loading={isBusy} onClick={onSave} data-testid="save-scores" title="Ctrl+S">Lưu điểm ({editCount} ô)</Button>
        {editCount > 0 && <Button onClick={onDiscard} data-testid="discard-scores">Bỏ thay đổi</Button>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>Ctrl+S lưu · Enter xuống dòng (cuối dòng: sang đầu dòng sau) · Ctrl+Enter giải trình · dán được cả khối từ Excel</Typography.Text>
      </Space>
    </div>
  );
}
