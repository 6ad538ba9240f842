/** Shows a generated PDF (a blob: URL) in a frame, with a button to save it again. */
import { useEffect, useMemo } from 'react';
import { Button, Modal } from 'antd';
import { saveBlob } from '../../lib/download';

interface Props {
  blob: Blob;
  fileName: string;
  title: string;
  onClose: () => void;
}

export function PdfPreviewModal({ blob, fileName, title, onClose }: Props) {
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Modal
      open
      width={900}
      title={title}
      onCancel={onClose}
      footer={[
        <Button key="save" onClick={() => saveBlob(blob, fileName)}>
          Lưu lại tệp PDF
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          Đóng
        </Button>,
      ]}
    >
      <iframe title={fileName} src={url} data-testid="pdf-preview" style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }} />
    </Modal>
  );
}
