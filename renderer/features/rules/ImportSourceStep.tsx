/** Step 1 of the import: a Word or text file, or pasted text; the service reads it (nothing is saved). */
import { useState } from 'react';
import { Alert, Button, Divider, Flex, Input, Spin, Typography, Upload } from 'antd';
import type { RuleImportPreview } from '../../../shared/api/rulesTypes';
import { readFileBase64 } from '../../lib/download';
import { callApi } from '../../lib/api';

interface Props {
  onRead: (preview: RuleImportPreview, sourceName: string) => void;
}

export function ImportSourceStep({ onRead }: Props) {
  const [isReading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');

  async function preview(input: { file: { fileName: string; dataBase64: string } } | { text: string }, sourceName: string) {
    setError(null);
    setReading(true);
    // The message shows beside the form (no toast as well).
    const result = await callApi((api) => api.previewRuleImport(input));
    setReading(false);
    if (!result.ok) setError(result.error.message);
    else onRead(result.data, sourceName);
  }

  async function readFile(chosen: File) {
    const dataBase64 = await readFileBase64(chosen).catch(() => '');
    await preview({ file: { fileName: chosen.name, dataBase64 } }, `Tệp ${chosen.name}`);
  }

  return (
    <Spin spinning={isReading} description="Đang đọc văn bản…">
      <Flex vertical gap={12} data-testid="rule-import-source" style={{ maxWidth: 900 }}>
        <Upload.Dragger
          accept=".docx,.txt"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void readFile(file);
            return false;
          }}
        >
          <Typography.Title level={5}>Chọn hoặc kéo thả tệp văn bản Quy tắc ứng xử (.docx hoặc .txt)</Typography.Title>
          <Typography.Text type="secondary">
            Chương trình chỉ đọc thử và tách thành chương, điều, khoản; chưa lưu gì cho đến khi bạn bấm “Lưu”.
          </Typography.Text>
        </Upload.Dragger>
        <Divider plain>hoặc dán nội dung văn bản</Divider>
        <Input.TextArea
          aria-label="Nội dung văn bản"
          rows={8}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          placeholder={'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Mục đích\n1. …'}
        />
        <div>
          <Button type="primary" disabled={pasted.trim() === ''} onClick={() => void preview({ text: pasted }, 'Nội dung dán vào')}>
            Đọc nội dung đã dán
          </Button>
        </div>
        {error && <Alert type="error" showIcon title="Không đọc được văn bản" description={error} data-testid="rule-import-error" />}
      </Flex>
    </Spin>
  );
}
