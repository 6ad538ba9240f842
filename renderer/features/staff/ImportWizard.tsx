/** Nhập từ Excel: choose a file, check the columns, read the dry-run report, confirm. Nothing is written before confirm. */
import { useState } from 'react';
import { Button, Flex, Result, Steps } from 'antd';
import type { ImportResult } from '../../../shared/api/rosterTypes';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportReportStep } from './ImportReportStep';
import type { ImportDraft } from './importTypes';

interface Props {
  onImported: () => void;
}

export function ImportWizard({ onImported }: Props) {
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  function restart() {
    setDraft(null);
    setResult(null);
    setStep(0);
  }

  return (
    <Flex vertical gap={24} data-testid="import-wizard">
      <Steps
        current={step}
        items={[{ title: 'Chọn tệp' }, { title: 'Cột và tiêu đề' }, { title: 'Báo cáo đọc thử' }, { title: 'Kết quả' }]}
      />
      {step === 0 && (
        <ImportFileStep
          onRead={(read) => {
            setDraft(read);
            setStep(1);
          }}
        />
      )}
      {step === 1 && draft && <ImportMappingStep key={JSON.stringify(draft.reading)} draft={draft} onReread={setDraft} onBack={restart} onNext={() => setStep(2)} />}
      {step === 2 && draft && (
        <ImportReportStep
          draft={draft}
          onBack={() => setStep(1)}
          onApplied={(applied) => {
            setResult(applied);
            setStep(3);
            onImported();
          }}
        />
      )}
      {step === 3 && result && (
        <Result
          status="success"
          title="Đã nhập danh sách cán bộ"
          data-testid="import-result"
          subTitle={[
            `Thêm mới ${result.created}`,
            `cập nhật ${result.updated}`,
            `không đổi ${result.unchanged}`,
            `bị từ chối ${result.refused}`,
            result.rejectedChanges > 0 ? `bỏ ${result.rejectedChanges} thay đổi` : '',
            result.unitsCreated.length > 0 ? `tạo đơn vị: ${result.unitsCreated.join('; ')}` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
          extra={<Button onClick={restart}>Nhập tệp khác</Button>}
        />
      )}
    </Flex>
  );
}
