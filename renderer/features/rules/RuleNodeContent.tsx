/** One node of a rule set as read: heading, wording (marked when unverified), gap and note. */
import { Tag, Typography } from 'antd';
import type { RuleNode } from '../../../shared/schema/ruleSet';
import { HighlightedText } from './HighlightedText';
import { VerificationMark } from './VerificationMark';
import { nodeHeading } from './ruleSetFormat';
import { plainNote } from './plainSource';

interface Props {
  node: RuleNode;
  query: string;
  isMatch: boolean;
}

const HEADING_WEIGHT: Partial<Record<RuleNode['kind'], number>> = { chapter: 700, article: 600 };

export function RuleNodeContent({ node, query, isMatch }: Props) {
  const isList = node.kind === 'shouldList' || node.kind === 'shouldNotList';
  const isUnverifiedText = !node.verified && node.isGap !== true;
  const note = node.isGap === true ? null : plainNote(node.note);
  return (
    <div
      data-testid="rule-node"
      data-match={isMatch ? 'true' : undefined}
      style={{ whiteSpace: 'normal', padding: '2px 4px', borderRadius: 4, background: isMatch ? '#fffbe6' : undefined }}
    >
      {isList ? (
        <Tag color={node.kind === 'shouldList' ? 'green' : 'red'} style={{ fontWeight: 600 }}>
          {nodeHeading(node)}
        </Tag>
      ) : (
        <span style={{ fontWeight: HEADING_WEIGHT[node.kind] ?? 400, marginInlineEnd: 6 }}>
          <HighlightedText text={nodeHeading(node)} query={query} />
        </span>
      )}
      {node.text !== '' && (
        <span
          style={isUnverifiedText ? { borderBottom: '1px dashed #fa8c16', marginInlineEnd: 8 } : { marginInlineEnd: 8 }}
        >
          <HighlightedText text={node.text} query={query} />
        </span>
      )}
      <VerificationMark node={node} />
      {note && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            Ghi chú: {note}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
