/** Choosing another data folder: the OS dialog (in the app) or a typed path. */
import { useState } from 'react';
import { Button, Flex, Input, Typography } from 'antd';

interface Props {
  busy: string | null;
  onChoose: (folder: string | null) => Promise<void>;
}

export function DataFolderChooser({ busy, onChoose }: Props) {
  const [folder, setFolder] = useState('');
  const typed = folder.trim();
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>Dùng thư mục dữ liệu khác</Typography.Text>
      <Flex gap={8} wrap>
        <Button loading={busy === 'folder'} onClick={() => void onChoose(null)}>
          Chọn thư mục dữ liệu khác
        </Button>
        <Input
          style={{ flex: 1, minWidth: 260 }}
          placeholder={"hoặc gõ đường dẫn thư mục, ví dụ D:\\WardConduct"}
          aria-label="Đường dẫn thư mục dữ liệu"
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          onPressEnter={() => typed && void onChoose(typed)}
        />
        <Button disabled={!typed} loading={busy === 'folder'} onClick={() => void onChoose(typed)}>
          Mở thư mục này
        </Button>
      </Flex>
    </Flex>
  );
}
