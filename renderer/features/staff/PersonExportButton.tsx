/**
 * "Xuất dữ liệu của người này" on a person's page (administrator): the same readable file as the CLI
 * `person export` — profile and history, violations, commendations, scores, access log. The service logs the export.
 */
import { useState } from 'react';
import { App, Button } from 'antd';
import { base64ToBlob, saveBlob } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { useIsAdmin } from '../access/useIsAdmin';

export function PersonExportButton({ staffId }: { staffId: string }) {
  const call = useApiCall();
  const { message } = App.useApp();
  const isAdmin = useIsAdmin();
  const [isBusy, setBusy] = useState(false);
  if (!isAdmin) return null;

  async function exportData() {
    setBusy(true);
    const result = await call((api) => api.exportPersonData({ staffId }));
    setBusy(false);
    if (!result.ok) return;
    saveBlob(base64ToBlob(result.data.dataBase64, 'text/plain;charset=utf-8'), result.data.fileName);
    void message.success(`Đã xuất dữ liệu của người này (${result.data.count} bản ghi).`);
  }

  return (
    <Button loading={isBusy} onClick={() => void exportData()} data-testid="person-export">
      Xuất dữ liệu của người này
    </Button>
  );
}
