/** Step 1: choose the ward's .xlsx file; the services read it as a dry run (nothing is written). */
import { useState } from 'react';
import { Alert, Flex, Spin, Typography, Upload } from 'antd';
import { readFileBase64 } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import type { ImportDraft } from './importTypes';
import { TemplateButton } from './TemplateButton';

interface Props {
  onRead: (draft: ImportDraft) => void;
}

export function ImportFileStep({ onRead }: Props) {
  const call = useApiCall();
  const [isReading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function read(chosen: File) {
    setError(null);
    setReading(true);
    const file = { fileName: chosen.name, dataBase64: await readFileBase64(chosen).catch(() => '') };
    const result = await call((api) => api.previewStaffImport({ file }));
    setReading(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onRead({ file, reading: {}, plan: result.data });
  }

  return (
    <Flex vertical gap={16} data-testid="import-file-step">
      <Spin spinning={isReading} description="Đang đọc tệp…">
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          <Typography.Title level={5}>Chọn hoặc kéo thả tệp Excel danh sách cán bộ (.xlsx)</Typography.Title>
          <Typography.Text type="secondary">
            Chương trình chỉ đọc thử và báo cáo trước; chưa ghi gì cho đến khi bạn bấm “Xác nhận nhập”.
          </Typography.Text>
        </Upload.Dragger>
      </Spin>
      {error && <Alert type="error" showIcon title="Không đọc được tệp" description={error} data-testid="import-error" />}
      <Flex gap={8} align="center">
        <TemplateButton />
        <Typography.Text type="secondary">Chưa có tệp? Tải mẫu, điền mỗi người một dòng rồi chọn lại tệp ở trên.</Typography.Text>
      </Flex>
    </Flex>
  );
}
