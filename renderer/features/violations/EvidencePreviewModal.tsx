/** Shows an image (data: URL) or a PDF (blob: URL in a frame) kept as evidence. */
import { useEffect, useState } from 'react';
import { Modal } from 'antd';
import type { EvidenceContent } from '../../../shared/api/violationsTypes';
import { base64ToBlob } from '../../lib/download';

export function EvidencePreviewModal({ content, onClose }: { content: EvidenceContent; onClose: () => void }) {
  const isPdf = content.mediaType === 'application/pdf';
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!isPdf) return undefined;
    const objectUrl = URL.createObjectURL(base64ToBlob(content.dataBase64, content.mediaType));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [content, isPdf]);
  return (
    <Modal open width={900} title={content.fileName} footer={null} onCancel={onClose}>
      <div data-testid="evidence-preview">
      {isPdf ? (
        url && <iframe title={content.fileName} src={url} style={{ width: '100%', height: '70vh', border: 0 }} />
      ) : (
        <img alt={content.fileName} src={`data:${content.mediaType};base64,${content.dataBase64}`} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />
      )}
      </div>
    </Modal>
  );
}
