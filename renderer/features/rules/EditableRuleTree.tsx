/** The parsed tree under review: every node in order, to verify, correct or delete before saving. */
import { useMemo, useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { EditableNodeRow } from './EditableNodeRow';
import { NodeEditModal } from './NodeEditModal';
import { flattenTree, pathKey, removeNode, setAllVerified, setVerified, updateNode, type FlatNode } from './ruleTreeEdit';

interface Props {
  tree: RuleNode[];
  onChange: (tree: RuleNode[]) => void;
}

export function EditableRuleTree({ tree, onChange }: Props) {
  const rows = useMemo(() => flattenTree(tree), [tree]);
  const [editing, setEditing] = useState<FlatNode | null>(null);
  const verifiedCount = rows.filter((row) => row.node.verified).length;
  return (
    <Flex vertical gap={8} data-testid="rule-edit-tree">
      <Flex gap={8} align="center" wrap>
        <Typography.Text data-testid="rule-verified-count">
          Đã đối chiếu {verifiedCount}/{rows.length} mục
        </Typography.Text>
        <Button size="small" onClick={() => onChange(setAllVerified(tree, true))}>
          Đánh dấu tất cả đã đối chiếu
        </Button>
        <Button size="small" onClick={() => onChange(setAllVerified(tree, false))}>
          Bỏ đánh dấu tất cả
        </Button>
      </Flex>
      <div style={{ border: '1px solid #f0f0f0', borderRadius: 6, maxHeight: '68vh', overflow: 'auto' }}>
        {rows.length === 0 && <Typography.Text type="secondary" style={{ padding: 12, display: 'block' }}>Không còn mục nào.</Typography.Text>}
        {rows.map((row) => (
          <EditableNodeRow
            key={pathKey(row.path)}
            row={row}
            onVerify={(verified) => onChange(setVerified(tree, row.path, verified))}
            onEdit={() => setEditing(row)}
            onDelete={() => onChange(removeNode(tree, row.path))}
          />
        ))}
      </div>
      <NodeEditModal
        node={editing?.node ?? null}
        label={editing?.label ?? ''}
        onCancel={() => setEditing(null)}
        onSave={(patch) => {
          if (editing) onChange(updateNode(tree, editing.path, patch));
          setEditing(null);
        }}
      />
    </Flex>
  );
}
