/** Shows an image (data: URL) or a PDF (drawn with pdf.js) kept as evidence. */
import { useMemo } from 'react';
import { Modal } from 'antd';
import type { EvidenceContent } from '../../../shared/api/violationsTypes';
import { PdfPreview } from '../../components/PdfPreview';
import { base64ToBlob } from '../../lib/download';

export function EvidencePreviewModal({ content, onClose }: { content: EvidenceContent; onClose: () => void }) {
  const isPdf = content.mediaType === 'application/pdf';
  const blob = useMemo(() => (isPdf ? base64ToBlob(content.dataBase64, content.mediaType) : null), [content, isPdf]);
  return (
    <Modal open width={900} title={content.fileName} footer={null} onCancel={onClose}>
      <div data-testid="evidence-preview">
        {blob ? (
          <PdfPreview blob={blob} testId="evidence-pdf" height="70vh" />
        ) : (
          <img alt={content.fileName} src={`data:${content.mediaType};base64,${content.dataBase64}`} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />
        )}
      </div>
    </Modal>
  );
}
