/** Tổng quan's small charts: this year's violations per month against last year, ratings per unit, commitments. */
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row } from 'antd';
import { compactChart, reportCharts } from '../../../shared/charts/reportCharts';
import { EChart } from '../../components/EChart';
import { apiQuery } from '../../lib/queryClient';

export function OverviewCharts({ year }: { year: number }) {
  const { data } = useQuery({ queryKey: ['overview', 'figures', year], queryFn: () => apiQuery((api) => api.getReport({ kind: 'tong-ket', year })) });
  if (!data) return null;
  const charts = reportCharts(data.figures).filter((c) => c.key === 'violationsByMonth' || c.key === 'ratings' || c.key === 'coverage');
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 24 }} data-testid="overview-charts">
      {charts.map((c) => (
        <Col key={c.key} xs={24} xl={8}>
          <Card size="small">
            <EChart option={compactChart(c.option)} height={260} testId={`chart-${c.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
