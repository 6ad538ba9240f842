/**
 * How a node's standing shows: a gap says plainly that the official text is missing; wording not
 * checked against the official text carries a warning tag with its source.
 */
import { Tag, Tooltip, Typography } from 'antd';
import type { RuleNode } from '../../../shared/schema/ruleSet';

export function VerificationMark({ node }: { node: RuleNode }) {
  const hasWording = node.text !== '' || (node.title ?? '') !== '';
  return (
    <>
      {node.isGap === true && (
        <Tooltip title={node.note ?? `Nguồn: ${node.source}`}>
          <Typography.Text type="secondary" italic data-testid="rule-gap" style={{ marginInlineEnd: 8 }}>
            Chưa có văn bản chính thức
          </Typography.Text>
        </Tooltip>
      )}
      {!node.verified && hasWording && (
        <Tooltip title={`Chưa đối chiếu văn bản chính thức — nguồn: ${node.source || 'không rõ'}`}>
          <Tag color="orange" data-testid="rule-unverified" style={{ marginInlineEnd: 0 }}>
            Chưa đối chiếu văn bản chính thức
          </Tag>
        </Tooltip>
      )}
    </>
  );
}
