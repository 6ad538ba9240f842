/** Says plainly that the official text of QĐ 522 is not in the app yet, with the way to import it. */
import { Alert, Button } from 'antd';

interface Props {
  actionLabel: string;
  onAction: () => void;
}

export function OfficialTextPrompt({ actionLabel, onAction }: Props) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="official-text-prompt"
      style={{ marginBottom: 24 }}
      title="Chưa có văn bản chính thức của Quy tắc ứng xử theo QĐ 522/QĐ-UBND ngày 25/01/2017"
      description="Chương trình mới có tên và số thứ tự các điều, chưa có nội dung. Hãy nhập văn bản chính thức (tệp Word, tệp .txt hoặc dán nội dung) để xem, tra cứu và in bảng niêm yết."
      action={
        <Button type="primary" onClick={onAction}>
          {actionLabel}
        </Button>
      }
    />
  );
}
