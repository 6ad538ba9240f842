/** Corrects one imported node: its number, title (chapters and articles) and wording. */
import { Form, Input, Modal } from 'antd';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import type { NodePatch } from './ruleTreeEdit';

interface Props {
  node: RuleNode | null;
  label: string;
  onSave: (patch: NodePatch) => void;
  onCancel: () => void;
}

interface Values {
  number: string;
  title?: string;
  text: string;
}

export function NodeEditModal({ node, label, onSave, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const hasTitle = node?.kind === 'chapter' || node?.kind === 'article';

  return (
    <Modal
      open={node !== null}
      title={`Sửa ${label}`}
      okText="Áp dụng"
      cancelText="Hủy"
      width={720}
      onCancel={onCancel}
      onOk={() => {
        const values = form.getFieldsValue();
        onSave({
          number: values.number.trim(),
          text: values.text.trim(),
          ...(hasTitle ? { title: (values.title ?? '').trim() } : {}),
        });
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ number: node?.number ?? '', title: node?.title ?? '', text: node?.text ?? '' }}>
        <Form.Item name="number" label="Số mục">
          <Input style={{ width: 160 }} />
        </Form.Item>
        {hasTitle && (
          <Form.Item name="title" label="Tiêu đề">
            <Input />
          </Form.Item>
        )}
        <Form.Item name="text" label="Nội dung">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
