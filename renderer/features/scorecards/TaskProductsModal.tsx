/** ND 335/2025 task results of one person for one month: edit the products, see the 70 points recomputed, save. */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Modal, Spin } from 'antd';
import type { BreakdownView, CriteriaSetView } from '../../../shared/api/scoringTypes';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { taskResultPoints } from '../../../shared/domain/scoringTasks';
import type { TaskProduct } from '../../../shared/schema/scoring';
import { useApiCall } from '../../lib/useApiCall';
import { EMPTY_PRODUCT, TaskProductsTable } from './TaskProductsTable';
import { TaskResultSummary } from './TaskResultSummary';

interface Props {
  period: string;
  setId: string;
  subjectId: string;
  onClose: () => void;
  onSaved: (view: BreakdownView) => void;
}

const STEP_NAMES: Record<string, string> = { selfScore: 'cá nhân tự chấm', headScore: 'thủ trưởng chấm', councilScore: 'Hội đồng chấm' };

export function TaskProductsModal({ period, setId, subjectId, onClose, onSaved }: Props) {
  const call = useApiCall();
  const { message } = App.useApp();
  const [view, setView] = useState<BreakdownView | null>(null);
  const [set, setSet] = useState<CriteriaSetView | null>(null);
  const [products, setProducts] = useState<TaskProduct[]>([]);
  const [isSaving, setSaving] = useState(false);
  useEffect(() => {
    void (async () => {
      const r = await call((api) => api.getScoreBreakdown({ period, setId, subjectId }));
      if (!r.ok) return;
      setView(r.data);
      setProducts(r.data.products.length > 0 ? r.data.products : [{ ...EMPTY_PRODUCT }]);
      const s = await call((api) => api.getCriteriaSet({ setId, version: r.data.setVersion }));
      if (s.ok) setSet(s.data);
    })();
  }, [call, period, setId, subjectId]);
  const named = useMemo(() => products.filter((p) => p.name.trim() !== ''), [products]);
  const task = view?.taskCriterion ?? null;
  const result = task && set?.taskRules ? taskResultPoints(named, task.maxPoints, set.taskRules) : null;
  const criterion = view?.breakdown?.criteria.find((c) => c.criterionId === task?.id) ?? null;
  const stepSource = criterion && STEP_NAMES[criterion.baseSource];
  const isReadOnly = !view || view.isLocked;
  const save = async () => {
    setSaving(true);
    const r = await call((api) => api.saveTaskProducts({ period, setId, subjectId, products: named.map((p) => ({ ...p, name: p.name.trim() })) }));
    setSaving(false);
    if (!r.ok) return;
    setView(r.data);
    void message.success(`Đã lưu ${named.length} sản phẩm, công việc của ${r.data.name}.`);
    onSaved(r.data);
  };
  return (
    <Modal open width={1040} title={view ? `Sản phẩm, công việc — ${view.name} (${view.code}) — ${view.periodLabel}` : 'Sản phẩm, công việc'}
      okText="Lưu sản phẩm" cancelText="Đóng" onOk={() => void save()} onCancel={onClose} confirmLoading={isSaving}
      okButtonProps={{ disabled: isReadOnly || !set, 'data-testid': 'save-task-products' }} destroyOnHidden data-testid="task-products-modal">
      {!view || !set ? <Spin /> : !task || !set.taskRules ? (
        <Alert type="info" showIcon title="Bộ tiêu chí này không có tiêu chí tính từ sản phẩm (kết quả thực hiện nhiệm vụ)." />
      ) : (
        <div data-testid="task-products-editor">
          {view.isLocked && <Alert type="info" showIcon style={{ marginBottom: 8 }} title="Kỳ đã khóa: chỉ xem. Muốn sửa điểm, dùng “Sửa sau khi chốt” trong giải trình xếp loại." />}
          {stepSource && criterion && (
            <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="task-manual-note"
              title={`Điểm “${task.name}” hiện lấy theo ${stepSource} (${formatPoints(criterion.base)} điểm), không theo sản phẩm. Xóa ô điểm đó trong bảng chấm điểm để dùng điểm tính từ sản phẩm.`} />
          )}
          <TaskProductsTable products={products} isReadOnly={isReadOnly} onChange={setProducts} />
          <TaskResultSummary result={result} maxPoints={task.maxPoints} rules={set.taskRules} criterionName={task.name} />
        </div>
      )}
    </Modal>
  );
}
