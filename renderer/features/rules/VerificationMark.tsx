/**
 * How a node's standing shows: a gap says plainly that the official text is missing; wording not
 * checked against the official text carries a warning tag (research sources stay out of sight: plainSource.ts).
 */
import { Tag, Tooltip, Typography } from 'antd';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { GAP_HINT, UNVERIFIED_HINT, plainNote } from './plainSource';

export function VerificationMark({ node }: { node: RuleNode }) {
  const hasWording = node.text !== '' || (node.title ?? '') !== '';
  return (
    <>
      {node.isGap === true && (
        <Tooltip title={plainNote(node.note) ?? GAP_HINT}>
          <Typography.Text type="secondary" italic data-testid="rule-gap" style={{ marginInlineEnd: 8 }}>
            Chưa có văn bản chính thức
          </Typography.Text>
        </Tooltip>
      )}
      {!node.verified && hasWording && (
        <Tooltip title={UNVERIFIED_HINT}>
          <Tag color="orange" data-testid="rule-unverified" style={{ marginInlineEnd: 0 }}>
            Chưa đối chiếu văn bản chính thức
          </Tag>
        </Tooltip>
      )}
    </>
  );
}
