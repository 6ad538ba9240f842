/** The administrators' recovery code, shown once: to be printed or copied onto paper and kept safe. */
import type { Modal} from 'antd';
import { Typography } from 'antd';

export function showRecoveryCode(modal: ReturnType<typeof Modal.useModal>[0], code: string): Promise<void> {
  return new Promise<void>((resolve) => {
    void modal.info({
      onOk: () => resolve(),
    title: 'Mã khôi phục Quản trị',
    width: 480,
    content: (
      <>
        <Typography.Paragraph>
          Mã này chỉ hiện một lần. Hãy in hoặc chép ra giấy và cất giữ cẩn thận: khi Quản trị quên mã PIN, mã này giúp đặt lại.
        </Typography.Paragraph>
        <Typography.Text code copyable style={{ fontSize: 18 }} data-testid="recovery-code">{code}</Typography.Text>
      </>
    ),
    okText: 'Đã ghi lại',
    });
  });
}
