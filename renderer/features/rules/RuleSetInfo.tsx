/** The heading facts of one rule set version: decision, dates, status, counts and source note. */
import { Descriptions, Tag, Typography } from 'antd';
import type { RuleSetView } from '../../../shared/api/rulesTypes';
import { formatDateTimeVi, formatDateVi } from '../../lib/format';
import { ORIGIN_LABELS, STATUS_COLORS, STATUS_LABELS } from './ruleSetFormat';
import { VerificationMark } from './VerificationMark';
import { ruleSetSourceText } from './plainSource';

export function RuleSetInfo({ view }: { view: RuleSetView }) {
  const { ruleSet, counts } = view;
  const { decision, motto } = ruleSet;
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      data-testid="rule-set-info"
      styles={{ label: { width: 190 } }}
      items={[
        { key: 'title', label: 'Tên', span: 2, children: ruleSet.title },
        {
          key: 'decision',
          label: 'Quyết định',
          children: decision.number ? `Số ${decision.number} ngày ${formatDateVi(decision.date)}` : `Ngày ${formatDateVi(decision.date)}`,
        },
        { key: 'issuer', label: 'Cơ quan ban hành', children: decision.issuer },
        { key: 'effective', label: 'Hiệu lực từ', children: formatDateVi(ruleSet.effectiveDate) },
        { key: 'status', label: 'Tình trạng', children: <Tag color={STATUS_COLORS[ruleSet.status]}>{STATUS_LABELS[ruleSet.status]}</Tag> },
        {
          key: 'version',
          label: 'Phiên bản',
          children: `${ruleSet.version} — ${ORIGIN_LABELS[view.origin]}${view.savedAt ? `, lưu ${formatDateTimeVi(view.savedAt)}` : ''}${view.savedBy ? ` bởi ${view.savedBy}` : ''}`,
        },
        {
          key: 'counts',
          label: 'Số điều',
          children: `${counts.articles} điều: ${counts.verifiedArticles} đã đối chiếu, ${counts.partialArticles} chưa đối chiếu đủ, ${counts.gapArticles} chưa có văn bản`,
        },
        ...(motto
          ? [{ key: 'motto', label: 'Phương châm', span: 2, children: <>{`“${motto.text}” `}<VerificationMark node={{ kind: 'item', number: '', text: motto.text, verified: motto.verified, source: motto.source, children: [] }} /></> }]
          : []),
        {
          key: 'sourceNote',
          label: 'Nguồn',
          span: 2,
          children: <Typography.Text type="secondary">{ruleSetSourceText(view)}</Typography.Text>,
        },
      ]}
    />
  );
}
