/**
 * "Khôi phục từ tệp…": a .wcbak from a USB stick. In the browser the file is uploaded; in the app the
 * open dialog chooses it. The services read all of it before the preview, so a wrong or damaged file is
 * refused here with its reason and nothing changes.
 */
import { useState } from 'react';
import { Button, Upload } from 'antd';
import type { BackupInfo } from '../../../shared/api/types';
import type { Result } from '../../../shared/api/result';
import { callApi } from '../../lib/api';
import { readFileBase64 } from '../../lib/download';
import { isWebDoor } from '../../lib/webDoor';

interface Props {
  onChosen: (preview: BackupInfo) => void;
  /** The refusal to show (null when a new choice starts). */
  onRefused: (message: string | null) => void;
}

export function RestoreFromFile({ onChosen, onRefused }: Props) {
  const [isReading, setReading] = useState(false);

  async function settle(run: () => Promise<Result<BackupInfo | null>>) {
    onRefused(null);
    setReading(true);
    const result = await run();
    setReading(false);
    if (!result.ok) onRefused(result.error.message);
    else if (result.data) onChosen(result.data);
  }

  const upload = (file: File) =>
    settle(async () => {
      const dataBase64 = await readFileBase64(file).catch(() => '');
      if (!dataBase64) return { ok: false, error: { code: 'BACKUP_INVALID', message: `Không đọc được tệp ${file.name}. Không có gì bị thay đổi.` } };
      return callApi((api) => api.stageBackupUpload({ fileName: file.name, dataBase64 }));
    });

  const button = (
    <Button loading={isReading} data-testid="restore-from-file">
      Khôi phục từ tệp…
    </Button>
  );
  return isWebDoor() ? (
    <Upload
      accept=".wcbak"
      multiple={false}
      showUploadList={false}
      beforeUpload={(file) => {
        void upload(file);
        return false;
      }}
    >
      {button}
    </Upload>
  ) : (
    <span onClick={() => void settle(() => callApi((api) => api.chooseBackupFile()))}>{button}</span>
  );
}
