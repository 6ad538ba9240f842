/** Báo cáo: the sơ kết / tổng kết report — choose it, read its figures and charts, edit the narrative, save as Word or PDF. */
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Statistic } from 'antd';
import { reportCharts } from '../../../shared/charts/reportCharts';
import { REPORT_KIND_LABELS, REPORT_SECTIONS, REPORT_SECTION_LABELS, type ReportKind, type ReportNarrative } from '../../../shared/schema/report';
import { EChart } from '../../components/EChart';
import { PageTitle } from '../../components/PageTitle';
import { base64ToBlob, PDF_TYPE, saveBlob } from '../../lib/download';
import { apiQuery } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { ReportSourcesDrawer, type SourceRequest } from './ReportSourcesDrawer';
import { ReportTables } from './ReportTables';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ReportsPage() {
  const call = useApiCall();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ReportKind>('tong-ket');
  const [year, setYear] = useState(new Date().getFullYear());
  const [half, setHalf] = useState<1 | 2>(1);
  const [unit, setUnit] = useState<string>('');
  const request = { kind, year, ...(kind === 'so-ket' ? { half } : {}), ...(unit ? { unit } : {}) };
  const { data: units = [] } = useQuery({ queryKey: ['roster', 'units'], queryFn: () => apiQuery((api) => api.listUnits({})) });
  const { data } = useQuery({ queryKey: ['reports', request], queryFn: () => apiQuery((api) => api.getReport(request)) });
  const [narrative, setNarrative] = useState<ReportNarrative | null>(null);
  const [sources, setSources] = useState<SourceRequest | null>(null);
  useEffect(() => setNarrative(data?.narrative ?? null), [data]);

  const save = async () => {
    if (!narrative) return;
    const result = await call((api) => api.saveReportNarrative({ ...request, narrative }));
    if (result.ok) {
      void message.success('Đã lưu nội dung báo cáo.');
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
    }
  };
  const download = async (format: 'docx' | 'pdf') => {
    const result = await call((api) => api.exportReport({ ...request, format }));
    if (result.ok) saveBlob(base64ToBlob(result.data.dataBase64, format === 'pdf' ? PDF_TYPE : DOCX_TYPE), result.data.fileName);
  };
  const isDirty = Boolean(data && narrative && REPORT_SECTIONS.some((s) => narrative[s] !== data.narrative[s]));

  return (
    <div data-testid="reports">
      <PageTitle>Báo cáo</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select value={kind} onChange={setKind} style={{ width: 180 }} options={(['so-ket', 'tong-ket'] as const).map((k) => ({ value: k, label: REPORT_KIND_LABELS[k] }))} />
        {kind === 'so-ket' && <Select value={half} onChange={setHalf} style={{ width: 170 }} options={[{ value: 1, label: '6 tháng đầu năm' }, { value: 2, label: '6 tháng cuối năm' }]} />}
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        <Select value={unit} onChange={setUnit} style={{ width: 300 }} options={[{ value: '', label: 'Toàn phường' }, ...units.map((u) => ({ value: u.id, label: u.name }))]} />
        <Button onClick={() => void download('docx')} disabled={isDirty}>Tải Word (.docx)</Button>
        <Button onClick={() => void download('pdf')} disabled={isDirty}>Tải PDF</Button>
      </Space>
      {data && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              { title: 'Số người đang công tác', figure: data.figures.coverageTotal.staff, source: 'staff' as const },
              { title: 'Đã ký cam kết', figure: data.figures.coverageTotal.signed, source: 'staff' as const },
              { title: `Vi phạm (cùng kỳ ${year - 1}: ${data.figures.violationsTotal.previous.value})`, figure: data.figures.violationsTotal.current, source: 'violations' as const },
              { title: 'Biểu dương, khen thưởng', figure: data.figures.commendationsTotal.current, source: 'commendations' as const },
            ].map((s) => (
              <Col span={6} key={s.title}>
                <Card size="small" hoverable onClick={() => setSources({ title: s.title, source: s.source, ids: s.figure.ids, year })}>
                  <Statistic title={s.title} value={s.figure.value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {reportCharts(data.figures).map((c) => (
              <Col key={c.key} xs={24} xl={12}><Card size="small"><EChart option={c.option} height={300} testId={`report-chart-${c.key}`} /></Card></Col>
            ))}
          </Row>
          <ReportTables figures={data.figures} open={setSources} />
          {narrative && (
            <Card title="Nội dung báo cáo (sửa trước khi in; số liệu được tính lại mỗi lần lập)" size="small">
              <Form layout="vertical">
                {REPORT_SECTIONS.map((s) => (
                  <Form.Item key={s} label={REPORT_SECTION_LABELS[s]}>
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} value={narrative[s]} onChange={(e) => setNarrative({ ...narrative, [s]: e.target.value })} data-testid={`narrative-${s}`} />
                  </Form.Item>
                ))}
              </Form>
              <Button type="primary" onClick={() => void save()} disabled={!isDirty}>Lưu nội dung</Button>
            </Card>
          )}
        </>
      )}
      {sources && <ReportSourcesDrawer request={sources} units={units} onClose={() => setSources(null)} />}
    </div>
  );
}
