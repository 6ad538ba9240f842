/** Step 2: the text as read beside the tree as parsed; corrections; then where to save it. */
import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Typography } from 'antd';
import type { RuleImportPreview, RuleSetSummary, RuleSetView } from '../../../shared/api/rulesTypes';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { EditableRuleTree } from './EditableRuleTree';
import { ImportSaveForm } from './ImportSaveForm';
import { SourceTextView } from './SourceTextView';

interface Props {
  preview: RuleImportPreview;
  sourceName: string;
  sets: RuleSetSummary[];
  targetId: string | null;
  onBack: () => void;
  onSaved: (view: RuleSetView) => void;
}

export function ImportReviewStep({ preview, sourceName, sets, targetId, onBack, onSaved }: Props) {
  const [tree, setTree] = useState<RuleNode[]>(preview.tree);
  const { counts, warnings } = preview;
  return (
    <Flex vertical gap={16} data-testid="rule-import-review">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {sourceName}: đọc được <b>{counts.chapters}</b> chương, <b>{counts.articles}</b> điều, <b>{counts.nodes}</b> mục.
          {preview.title && <> Tên: “{preview.title}”.</>}
        </Typography.Text>
        <Button onClick={onBack}>Chọn văn bản khác</Button>
      </Flex>
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="rule-import-warnings"
          title={`${warnings.length} điều cần xem lại`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {warnings.map((w, index) => (
                <li key={index}>
                  Dòng {w.line}: {w.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Alert
        type="info"
        showIcon
        title="So từng mục bên phải với văn bản bên trái và với bản chính thức"
        description="Sửa chỗ tách sai, xóa mục thừa, rồi đánh dấu “Đã đối chiếu” các mục đã so với văn bản chính thức. Mục chưa đánh dấu sẽ luôn hiện “Chưa đối chiếu văn bản chính thức”."
      />
      <Row gutter={16}>
        <Col span={11}>
          <Typography.Title level={5}>Văn bản đã đọc</Typography.Title>
          <SourceTextView text={preview.sourceText} warnings={warnings} />
        </Col>
        <Col span={13}>
          <Typography.Title level={5}>Cấu trúc đã tách</Typography.Title>
          <EditableRuleTree tree={tree} onChange={setTree} />
        </Col>
      </Row>
      <Card title="Lưu" size="small" style={{ maxWidth: 760 }}>
        <ImportSaveForm preview={preview} tree={tree} sets={sets} targetId={targetId} onSaved={onSaved} />
      </Card>
    </Flex>
  );
}
