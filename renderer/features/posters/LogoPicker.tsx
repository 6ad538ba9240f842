/** An optional logo (PNG or JPEG) for the poster's header. */
import { Button, Form, Space, Typography, Upload } from 'antd';
import { readFileBase64 } from '../../lib/download';
import type { Logo } from './posterFormValues';

interface Props {
  logo: Logo | null;
  onLogo: (logo: Logo | null) => void;
}

export function LogoPicker({ logo, onLogo }: Props) {
  return (
    <Form.Item label="Biểu trưng (không bắt buộc)">
      <Space>
        <Upload
          accept="image/png,image/jpeg"
          showUploadList={false}
          beforeUpload={async (file) => {
            const type = file.type === 'image/png' ? 'image/png' : file.type === 'image/jpeg' ? 'image/jpeg' : null;
            if (type) onLogo({ dataBase64: await readFileBase64(file), type, name: file.name });
            return false;
          }}
        >
          <Button>Chọn ảnh…</Button>
        </Upload>
        {logo && (
          <>
            <Typography.Text>{logo.name}</Typography.Text>
            <Button type="link" onClick={() => onLogo(null)}>Bỏ</Button>
          </>
        )}
      </Space>
    </Form.Item>
  );
}
