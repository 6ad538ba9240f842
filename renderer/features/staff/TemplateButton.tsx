/** "Tải mẫu danh sách": saves the empty roster template the import reads back exactly. */
import { useState } from 'react';
import { Button } from 'antd';
import { base64ToBlob, saveBlob, XLSX_TYPE } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';

export function TemplateButton() {
  const call = useApiCall();
  const [isSaving, setSaving] = useState(false);

  async function download() {
    setSaving(true);
    const result = await call((api) => api.staffTemplate({}));
    setSaving(false);
    if (result.ok) saveBlob(base64ToBlob(result.data.dataBase64, XLSX_TYPE), result.data.fileName);
  }

  return (
    <Button onClick={() => void download()} loading={isSaving} data-testid="import-template">
      Tải mẫu danh sách
    </Button>
  );
}
