/**
 * "Khôi phục từ tệp…": a .wcbak from a USB stick. In the browser the file is uploaded; in the app the
 * open dialog chooses it. The services read all of it before the preview, so a wrong or damaged file is
 * refused here with its reason and nothing changes. A backup made from an encrypted folder carries its
 * key under that folder's passphrase: the screen then asks for it and reads the same file again.
 */
import { useState } from 'react';
import { Button, Input, Modal, Typography, Upload } from 'antd';
import type { BackupInfo } from '../../../shared/api/types';
import { BACKUP_PASSPHRASE_NEEDED } from '../../../shared/api/encryptionContract';
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
  /** Asking for the passphrase of the file just chosen: how to read it again with one. */
  const [asking, setAsking] = useState<{ retry: (passphrase: string) => Promise<void> } | null>(null);
  const [passphrase, setPassphrase] = useState('');

  async function settle(run: () => Promise<Result<BackupInfo | null>>, retry: (passphrase: string) => Promise<void>) {
    onRefused(null);
    setReading(true);
    const result = await run();
    setReading(false);
    if (!result.ok && result.error.message === BACKUP_PASSPHRASE_NEEDED) {
      setPassphrase('');
      setAsking({ retry });
    } else if (!result.ok) onRefused(result.error.message);
    else if (result.data) onChosen(result.data);
  }

  const upload = (file: File, given?: string): Promise<void> =>
    settle(async () => {
      const dataBase64 = await readFileBase64(file).catch(() => '');
      if (!dataBase64) return { ok: false, error: { code: 'BACKUP_INVALID', message: `Không đọc được tệp ${file.name}. Không có gì bị thay đổi.` } };
      return callApi((api) => api.stageBackupUpload({ fileName: file.name, dataBase64, ...(given === undefined ? {} : { passphrase: given }) }));
    }, (next) => upload(file, next));

  const choose = (given?: string): Promise<void> =>
    settle(() => callApi((api) => api.chooseBackupFile(given === undefined ? {} : { passphrase: given })), (next) => choose(next));

  function submitPassphrase() {
    if (!asking || passphrase.length === 0) return;
    const { retry } = asking;
    setAsking(null);
    void retry(passphrase);
  }

  const askModal = (
    <Modal
      open={asking !== null} title="Bản sao lưu được mã hóa" okText="Mở bản sao lưu" cancelText="Hủy" okButtonProps={{ disabled: passphrase.length === 0, loading: isReading }}
      onCancel={() => setAsking(null)} onOk={submitPassphrase}
      data-testid="backup-passphrase-modal"
    >
      <Typography.Paragraph>{BACKUP_PASSPHRASE_NEEDED}</Typography.Paragraph>
      <Input.Password autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} onPressEnter={submitPassphrase} aria-label="Mật khẩu dữ liệu của bản sao lưu" data-testid="backup-passphrase" />
    </Modal>
  );

  const button = (
    <Button loading={isReading} data-testid="restore-from-file">
      Khôi phục từ tệp…
    </Button>
  );
  return (
    <>
      {isWebDoor() ? (
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
        <span onClick={() => void choose()}>{button}</span>
      )}
      {askModal}
    </>
  );
}
