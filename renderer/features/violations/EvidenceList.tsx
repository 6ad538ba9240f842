/** The evidence files of a violation: add (until it is locked), preview images and PDFs, save any file. */
import { useState } from 'react';
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import type { EvidenceContent, ViolationDetail } from '../../../shared/api/violationsTypes';
import type { EvidenceFile } from '../../../shared/schema/violation';
import { base64ToBlob, readFileBase64, saveBlob } from '../../lib/download';
import { formatBytes } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import { EvidencePreviewModal } from './EvidencePreviewModal';

interface Props {
  detail: ViolationDetail;
  onChanged: (detail: ViolationDetail) => void;
}

export function EvidenceList({ detail, onChanged }: Props) {
  const call = useApiCall();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<EvidenceContent | null>(null);
  const id = detail.record.id;

  const open = async (file: EvidenceFile, isSaving: boolean) => {
    const result = await call((api) => api.getEvidence({ violationId: id, sha256: file.sha256 }));
    if (!result.ok) return;
    if (isSaving || !result.data.isPreviewable) saveBlob(base64ToBlob(result.data.dataBase64, result.data.mediaType), result.data.fileName);
    else setPreview(result.data);
  };

  const add = async (file: Blob & { name: string }) => {
    const result = await call(async (api) => api.addEvidence({ violationId: id, file: { fileName: file.name, dataBase64: await readFileBase64(file) } }));
    if (result.ok) onChanged(result.data);
  };

  const remove = async (file: EvidenceFile) => {
    const result = await call((api) => api.removeEvidence({ violationId: id, sha256: file.sha256 }));
    if (!result.ok) return;
    void message.success(`Đã bỏ tệp chứng cứ “${file.fileName}”.`);
    onChanged(result.data);
  };

  return (
    <div data-testid="evidence-list">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5}>Chứng cứ ({detail.record.evidence.length})</Typography.Title>
        {!detail.isLocked && (
          <Upload showUploadList={false} beforeUpload={(file) => { void add(file); return false; }}>
            <Button size="small">Thêm tệp</Button>
          </Upload>
        )}
      </Space>
      <List
        size="small"
        dataSource={detail.record.evidence}
        locale={{ emptyText: 'Chưa có tệp chứng cứ.' }}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="view" size="small" type="link" onClick={() => void open(file, false)}>Xem</Button>,
              <Button key="save" size="small" type="link" onClick={() => void open(file, true)}>Lưu về máy</Button>,
              ...(detail.isLocked ? [] : [
                <Popconfirm key="remove" title={`Bỏ tệp chứng cứ “${file.fileName}” khỏi vi phạm này?`} okText="Bỏ tệp" cancelText="Thôi" okButtonProps={{ danger: true }} onConfirm={() => void remove(file)}>
                  <Button size="small" type="link" danger>Bỏ</Button>
                </Popconfirm>,
              ]),
            ]}
          >
            <Typography.Text>{file.fileName}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }} title={`SHA-256: ${file.sha256}`}>{formatBytes(file.size)} · SHA-256 {file.sha256.slice(0, 12)}…</Typography.Text>
          </List.Item>
        )}
      />
      {preview && <EvidencePreviewModal content={preview} onClose={() => setPreview(null)} />}
    </div>
  );
}
