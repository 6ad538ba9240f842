/** A generated PDF in a window: the real pages (pdf.js), Save again, and Print through the PDF viewer. */
import { Button, Modal } from 'antd';
import { saveBlob } from '../lib/download';
import { usePdfPrint } from '../lib/pdfPrint';
import { PdfPreview } from './PdfPreview';
import { FIT_MODAL } from './modalFit';

interface Props {
  blob: Blob;
  fileName: string;
  title: string;
  onClose: () => void;
  /** The save button's label (screens that already saved the file say "Lưu lại tệp PDF"). */
  saveLabel?: string;
}

export function PdfPreviewModal({ blob, fileName, title, onClose, saveLabel = 'Lưu tệp PDF' }: Props) {
  const { print, isPrinting } = usePdfPrint();
  return (
    <Modal
      open
      width={900}
      // Near the top, so the footer's buttons stay on a 574 px window under the 70vh preview.
      style={FIT_MODAL.style}
      title={title}
      onCancel={onClose}
      footer={[
        <Button key="save" onClick={() => saveBlob(blob, fileName)}>
          {saveLabel}
        </Button>,
        <Button key="print" loading={isPrinting} onClick={() => void print({ blob, fileName })}>
          In…
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          Đóng
        </Button>,
      ]}
    >
      <PdfPreview blob={blob} testId="pdf-preview" height="70vh" />
    </Modal>
  );
}
