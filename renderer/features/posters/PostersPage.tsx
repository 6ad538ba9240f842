/** Bảng niêm yết: the poster studio — pick content, size, frame and output, preview the real PDF, save, print. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Col, Form, Row, Space } from 'antd';
import type { PosterPlanView } from '../../../shared/api/posterContract';
import type { PosterFont } from '../../../shared/domain/posterThemes';
import { PageTitle } from '../../components/PageTitle';
import { base64ToBlob, PDF_TYPE } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { ExcerptNotice } from './ExcerptNotice';
import { PosterForm } from './PosterForm';
import { PosterPreview, type PosterPdf } from './PosterPreview';
import { toRequest, type Logo, type PosterFormValues } from './posterFormValues';

export function PostersPage() {
  const call = useApiCall();
  const [form] = Form.useForm<PosterFormValues>();
  const [ruleSets, setRuleSets] = useState<{ id: string; label: string }[]>([]);
  const [fonts, setFonts] = useState<PosterFont[]>(['serif', 'sans']);
  const [logo, setLogo] = useState<Logo | null>(null);
  const [plan, setPlan] = useState<PosterPlanView | null>(null);
  const [isAccepted, setAccepted] = useState(false);
  const [pdf, setPdf] = useState<PosterPdf | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    void call((api) => api.listRuleSets()).then((r) => r.ok && setRuleSets(r.data.map((s) => ({ id: s.id, label: `${s.shortName} — ${s.title}` }))));
    void call((api) => api.listPosterFonts()).then((r) => r.ok && setFonts(r.data.fonts));
  }, [call]);

  const refreshPlan = useCallback(async () => {
    const request = toRequest({ ...form.getFieldsValue(true) }, false, null);
    if (typeof request === 'string') return setFormError(request);
    setFormError(null);
    const result = await call((api) => api.planPoster(request));
    if (result.ok) setPlan(result.data);
  }, [call, form]);

  useEffect(() => {
    void refreshPlan();
  }, [refreshPlan]);

  function onChange() {
    setAccepted(false);
    void refreshPlan();
  }

  async function preview() {
    const request = toRequest(form.getFieldsValue(true), isAccepted, logo);
    if (typeof request === 'string') return setFormError(request);
    setBusy(true);
    const result = await call((api) => api.makePoster(request));
    setBusy(false);
    if (!result.ok) return;
    const d = result.data;
    const note = d.omitted.length > 0 ? ' · bản trích' : '';
    setPdf({ blob: base64ToBlob(d.dataBase64, PDF_TYPE), fileName: d.fileName, summary: `${d.fileName} · ${d.pages} trang · chữ ${d.bodySize} pt · ${d.columns} cột${note}` });
  }

  const isBlocked = Boolean(plan?.refusal) || (plan?.needsConsent === true && !isAccepted) || Boolean(formError);
  return (
    <div data-testid="posters-page">
      <PageTitle>Bảng niêm yết</PageTitle>
      <Row gutter={16}>
        <Col span={9}>
          <Card size="small">
            <PosterForm form={form} ruleSets={ruleSets} fonts={fonts} logo={logo} onLogo={setLogo} onChange={onChange} />
            <Space orientation="vertical" style={{ width: '100%' }}>
              {formError && <div style={{ color: '#B3121B' }}>{formError}</div>}
              {plan && <ExcerptNotice plan={plan} isAccepted={isAccepted} onAccept={setAccepted} />}
              <Button type="primary" block disabled={isBlocked} loading={isBusy} onClick={() => void preview()}>
                Xem trước
              </Button>
            </Space>
          </Card>
        </Col>
        <Col span={15}>
          {/* Sticky: the form is taller than the window; Save and Print stay in sight beside it. */}
          <div style={{ position: 'sticky', top: 16 }}>
            <PosterPreview pdf={pdf} isBusy={isBusy} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
