/** A load that failed: its Vietnamese message and "Thử lại", never an endless spinner. */
import { Alert, Button } from 'antd';

interface Props {
  error: unknown;
  onRetry: () => void;
  /** What could not be loaded, e.g. "bảng chấm điểm". */
  what: string;
}

export function LoadError({ error, onRetry, what }: Props) {
  const detail = error instanceof Error && error.message ? error.message : 'Không kết nối được với phần xử lý dữ liệu của chương trình.';
  return (
    <Alert
      type="error"
      showIcon
      data-testid="load-error"
      title={`Chưa tải được ${what}.`}
      description={detail}
      action={<Button onClick={onRetry} data-testid="load-retry">Thử lại</Button>}
    />
  );
}
