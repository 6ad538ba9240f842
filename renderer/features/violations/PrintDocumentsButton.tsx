import { useState } from 'react';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import type { DocFormat, ViolationDoc } from '../../../shared/domain/recordDocuments';
import { PDF_TYPE, base64ToBlob, saveBlob } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const DOCS: { doc: ViolationDoc; label: string }[] = [
  { doc: 'giai-trinh', label: 'Giấy yêu cầu giải trình' },
  { doc: 'bien-ban', label: 'Biên bản họp kiểm điểm' },
  { doc: 'quyet-dinh', label: 'Dự thảo quyết định kỷ luật' },
];

/** "In văn bản": the documents of one violation in ND 30 form, as Word (to edit) or PDF. */
export function PrintDocumentsButton({ id }: { id: string }) {
  const call = useApiCall();
  const [isPrinting, setPrinting] = useState(false);
  const print = async (doc: ViolationDoc, format: DocFormat) => {
    setPrinting(true);
    const result = await call((api) => api.printViolationDocument({ id, doc, format }));
    setPrinting(false);
    if (result.ok) saveBlob(base64ToBlob(result.data.dataBase64, format === 'pdf' ? PDF_TYPE : DOCX_TYPE), result.data.fileName);
  };
  const items: MenuProps['items'] = DOCS.flatMap(({ doc, label }) => [
    { key: `${doc}.docx`, label: `${label} (Word)`, onClick: () => void print(doc, 'docx') },
    { key: `${doc}.pdf`, label: `${label} (PDF)`, onClick: () => void print(doc, 'pdf') },
  ]);
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button loading={isPrinting} data-testid="violation-print">In văn bản…</Button>
    </Dropdown>
  );
}
