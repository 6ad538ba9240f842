/**
 * The report's tables on Báo cáo, as in the document (coverage, violations compared with last year,
 * commendations, ratings, titles); every number is a link that lists the records it counts.
 */
import { Button, Card, Table, Tabs } from 'antd';
import type { ComparedRow, Figure, ReportFigures, ReportSourceKind } from '../../../shared/api/reportTypes';
import type { SourceRequest } from './ReportSourcesDrawer';

type Open = (request: SourceRequest) => void;

function FigureLink({ figure, title, source, year, open }: { figure: Figure; title: string; source: ReportSourceKind; year: number; open: Open }) {
  if (figure.value === 0) return <span>0</span>;
  return (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open({ title, source, ids: figure.ids, year })} data-testid="report-figure">
      {figure.value.toLocaleString('vi-VN')}
    </Button>
  );
}

function Compared({ rows, total, head, table, source, f, open }: { rows: ComparedRow[]; total?: ComparedRow; head: string; table: string; source: ReportSourceKind; f: ReportFigures; open: Open }) {
  const y = f.scope.year;
  const all = total ? [...rows, { ...total, key: '__total', label: 'Tổng cộng' }] : rows;
  return (
    <Table<ComparedRow>
      size="small" rowKey="key" pagination={false} dataSource={all} data-testid={`report-table-${table}`}
      columns={[
        { key: 'label', title: head, dataIndex: 'label' },
        { key: 'current', title: `Năm ${y}`, width: 120, align: 'right', render: (_: unknown, r) => <FigureLink figure={r.current} title={`${r.label} — ${f.scope.periodLabel}`} source={source} year={y} open={open} /> },
        { key: 'previous', title: `Cùng kỳ ${y - 1}`, width: 120, align: 'right', render: (_: unknown, r) => <FigureLink figure={r.previous} title={`${r.label} — cùng kỳ ${y - 1}`} source={source} year={y} open={open} /> },
      ]}
    />
  );
}

export function ReportTables({ figures: f, open }: { figures: ReportFigures; open: Open }) {
  const y = f.scope.year;
  const coverage = [...f.coverage, f.coverageTotal];
  const link = (figure: Figure, title: string, source: ReportSourceKind) => <FigureLink figure={figure} title={title} source={source} year={y} open={open} />;
  const tabs = [
    {
      key: 'coverage', label: 'Cam kết',
      children: (
        <Table size="small" rowKey={(r) => r.unitId ?? r.unitName} pagination={false} dataSource={coverage} data-testid="report-table-coverage"
          columns={[
            { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName' },
            { key: 'staff', title: 'Số người đang công tác', width: 180, align: 'right', render: (_: unknown, r) => link(r.staff, `Người đang công tác — ${r.unitName}`, 'staff') },
            { key: 'signed', title: 'Đã ký cam kết', width: 150, align: 'right', render: (_: unknown, r) => link(r.signed, `Người đã ký cam kết — ${r.unitName}`, 'staff') },
          ]}
        />
      ),
    },
    { key: 'month', label: 'Vi phạm theo tháng', children: <Compared rows={f.violationsByMonth} total={f.violationsTotal} head="Tháng" table="month" source="violations" f={f} open={open} /> },
    { key: 'unit', label: 'Theo đơn vị', children: <Compared rows={f.violationsByUnit} head="Đơn vị" table="unit" source="violations" f={f} open={open} /> },
    { key: 'article', label: 'Theo điều', children: <Compared rows={f.violationsByArticle} head="Quy tắc, điều" table="article" source="violations" f={f} open={open} /> },
    { key: 'measure', label: 'Hình thức xử lý', children: <Compared rows={f.violationsByMeasure} total={f.violationsTotal} head="Hình thức" table="measure" source="violations" f={f} open={open} /> },
    { key: 'commendations', label: 'Khen thưởng', children: <Compared rows={f.commendationsByForm} total={f.commendationsTotal} head="Hình thức" table="commendations" source="commendations" f={f} open={open} /> },
    ...f.scoring.map((t) => ({
      key: `scoring-${t.setId}`, label: `Xếp loại — ${t.setName.length > 40 ? `${t.setName.slice(0, 40)}…` : t.setName}`,
      children: (
        <Table size="small" rowKey="unitName" pagination={false} dataSource={t.rows} data-testid={`report-table-scoring-${t.setId}`}
          columns={[
            { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName' },
            ...(['excellent', 'good', 'meets', 'fails', 'unscored'] as const).map((k) => ({
              key: k, title: { excellent: 'Xuất sắc', good: 'Tốt', meets: 'Hoàn thành', fails: 'Không HT', unscored: 'Chưa chấm' }[k], width: 100, align: 'right' as const,
              render: (_: unknown, r: (typeof t.rows)[number]) => link(r[k], `${t.setName} (${t.periodLabel}) — ${r.unitName}`, 'staff'),
            })),
          ]}
        />
      ),
    })),
    ...(f.titles.length > 0
      ? [{
          key: 'titles', label: 'Danh hiệu',
          children: (
            <Table size="small" rowKey="label" pagination={false} dataSource={f.titles} data-testid="report-table-titles"
              columns={[
                { key: 'label', title: 'Danh hiệu', dataIndex: 'label' },
                { key: 'count', title: 'Đề nghị', width: 120, align: 'right', render: (_: unknown, r) => link(r.count, `Đề nghị ${r.label} năm ${y}`, 'titleProposals') },
                { key: 'granted', title: 'Đã công nhận', width: 140, align: 'right', render: (_: unknown, r) => link(r.granted, `Đã công nhận ${r.label} năm ${y}`, 'grantedTitles') },
              ]}
            />
          ),
        }]
      : []),
  ];
  return (
    <Card size="small" title="Các bảng số liệu (bấm vào một số để xem các bản ghi được đếm)" style={{ marginBottom: 16 }}>
      <Tabs items={tabs} size="small" />
    </Card>
  );
}
