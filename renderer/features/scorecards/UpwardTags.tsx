/** Đề nghị cấp Thành phố: each proposal upward with its checks year by year, its basis and whether the basis is verified. */
import { Space, Tag, Tooltip } from 'antd';
import type { TitleCandidate } from '../../../shared/api/scoringTypes';
import { CONFIDENCE_LABELS, UPWARD_LABELS } from '../../../shared/domain/titlesEarlier';

export function UpwardTags({ c }: { c: TitleCandidate }) {
  if (!c.upward?.length) return null;
  return (
    <Space direction="vertical" size={2} data-testid="upward-titles">
      {c.upward.map((e) => {
        const lines = [
          ...e.checks.map((ch) => `${ch.isMet ? '✓' : '✗'} ${ch.label}: ${ch.detail}`),
          ...e.notes,
          ...(c.earlierYears ?? []),
          `Căn cứ: ${e.basis}.`,
          CONFIDENCE_LABELS[e.confidence],
        ];
        return (
          <Space key={e.title} size={4}>
            <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{lines.join('\n')}</span>}>
              <Tag color={e.isEligible ? 'blue' : 'default'}>Đề nghị {UPWARD_LABELS[e.title]}: {e.isEligible ? 'đủ điều kiện' : 'chưa đủ'}</Tag>
            </Tooltip>
            {e.confidence === 'unverified' && <Tag color="orange">chưa xác minh căn cứ</Tag>}
          </Space>
        );
      })}
    </Space>
  );
}
