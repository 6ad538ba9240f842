/** One row of the tree under review: the node as parsed, and its corrections (verify, edit, delete). */
import { Button, Checkbox, Flex, Popconfirm, Tag, Tooltip } from 'antd';
import type { FlatNode } from './ruleTreeEdit';
import { nodeHeading } from './ruleSetFormat';

interface Props {
  row: FlatNode;
  onVerify: (verified: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

const HEADING_WEIGHT: Partial<Record<string, number>> = { chapter: 700, article: 600 };

export function EditableNodeRow({ row, onVerify, onEdit, onDelete }: Props) {
  const { node, depth, label } = row;
  const isList = node.kind === 'shouldList' || node.kind === 'shouldNotList';
  const hasChildren = node.children.length > 0;
  return (
    <Flex
      gap={8}
      align="flex-start"
      data-testid="rule-edit-row"
      data-label={label}
      style={{ padding: '4px 8px', paddingLeft: 8 + depth * 22, borderBottom: '1px solid #f5f5f5', background: node.verified ? '#f6ffed' : undefined }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        {isList ? (
          <Tag color={node.kind === 'shouldList' ? 'green' : 'red'}>{nodeHeading(node)}</Tag>
        ) : (
          <span style={{ fontWeight: HEADING_WEIGHT[node.kind] ?? 400, marginInlineEnd: 6 }}>{nodeHeading(node)}</span>
        )}
        {node.text && <span>{node.text}</span>}
      </div>
      <Tooltip title={hasChildren ? 'Đánh dấu mục này và mọi mục bên trong' : undefined}>
        <Checkbox checked={node.verified} onChange={(event) => onVerify(event.target.checked)} aria-label={`Đã đối chiếu với văn bản chính thức: ${label}`}>
          Đã đối chiếu
        </Checkbox>
      </Tooltip>
      <Button size="small" onClick={onEdit} aria-label={`Sửa ${label}`}>
        Sửa
      </Button>
      <Popconfirm
        title={hasChildren ? `Xóa ${label} và các mục bên trong?` : `Xóa ${label}?`}
        okText="Xóa"
        cancelText="Không"
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
      >
        <Button size="small" danger aria-label={`Xóa ${label}`}>
          Xóa
        </Button>
      </Popconfirm>
    </Flex>
  );
}
