/**
 * Các bộ quy tắc: every rule set with its decision, status, version and article counts. Six narrow
 * columns (the decision carries its effective date, the check its gaps) so the table fits a
 * 1093 px window without scrolling sideways.
 */
import { Button, Table, Tag, Typography } from 'antd';
import type { RuleSetSummary } from '../../../shared/api/rulesTypes';
import { formatDateVi } from '../../lib/format';
import { ORIGIN_LABELS, STATUS_COLORS, STATUS_LABELS } from './ruleSetFormat';

interface Props {
  sets: RuleSetSummary[];
  isLoading: boolean;
  onOpen: (id: string) => void;
}

const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

export function RuleSetTable({ sets, isLoading, onOpen }: Props) {
  return (
    <Table<RuleSetSummary>
      data-testid="rule-set-table"
      rowKey="id"
      size="middle"
      loading={isLoading}
      pagination={false}
      dataSource={sets}
      columns={[
        {
          title: 'Bộ quy tắc',
          key: 'title',
          render: (_, set) => (
            <div style={{ minWidth: 180 }}>
              <Typography.Text strong>{set.shortName}</Typography.Text>
              <div>{set.title}</div>
            </div>
          ),
        },
        {
          title: 'Quyết định',
          key: 'decision', onCell: noWrap,
          render: (_, set) => (
            <>
              <div>{set.decision.number ? `Số ${set.decision.number}` : 'Không có số'}</div>
              <Typography.Text type="secondary">ngày {formatDateVi(set.decision.date)}</Typography.Text>
              <div><Typography.Text type="secondary">hiệu lực từ {formatDateVi(set.effectiveDate)}</Typography.Text></div>
            </>
          ),
        },
        {
          title: 'Tình trạng',
          key: 'status',
          render: (_, set) => <Tag color={STATUS_COLORS[set.status]} style={{ whiteSpace: 'normal' }}>{STATUS_LABELS[set.status]}</Tag>,
        },
        {
          title: 'Phiên bản',
          key: 'version',
          render: (_, set) => (
            <div style={{ minWidth: 110 }}>
              <div>{set.versions.length > 1 ? `${set.version} (có ${set.versions.length} bản)` : set.version}</div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>{ORIGIN_LABELS[set.origin]}</Typography.Text>
            </div>
          ),
        },
        {
          title: 'Đã đối chiếu',
          key: 'verified',
          render: (_, set) => (
            <>
              <div style={{ whiteSpace: 'nowrap' }}>{set.counts.articles === 0 ? 'Không chia điều' : `${set.counts.verifiedArticles}/${set.counts.articles} điều`}</div>
              {set.counts.gapArticles > 0 && <Tag color="default" style={{ whiteSpace: 'normal' }}>{set.counts.gapArticles} điều chưa có văn bản</Tag>}
            </>
          ),
        },
        {
          title: '',
          key: 'open', onCell: noWrap,
          render: (_, set) => (
            <Button onClick={() => onOpen(set.id)} aria-label={`Xem ${set.shortName}`}>
              Xem
            </Button>
          ),
        },
      ]}
    />
  );
}
