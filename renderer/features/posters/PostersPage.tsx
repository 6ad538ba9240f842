/**
 * Bảng niêm yết: the poster studio — pick content, size, frame and output, preview the real PDF, save, print.
 * The plan (what can be printed) follows the form 300 ms after the last change, from the query cache keyed
 * by the request, so an older answer never wins; a choice that is refused drops the preview, and with it
 * Save and Print.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Row, Space } from 'antd';
import type { PosterFont } from '../../../shared/domain/posterThemes';
import { PageTitle } from '../../components/PageTitle';
import { base64ToBlob, PDF_TYPE } from '../../lib/download';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { useApiCall } from '../../lib/useApiCall';
import { ExcerptNotice } from './ExcerptNotice';
import { PosterForm } from './PosterForm';
import { PosterPreview, type PosterPdf } from './PosterPreview';
import { INITIAL_VALUES, toRequest, type Logo, type PosterFormValues } from './posterFormValues';

const PLAN_DELAY_MS = 300;

export function PostersPage() {
  const call = useApiCall();
  const [form] = Form.useForm<PosterFormValues>();
  const [logo, setLogo] = useState<Logo | null>(null);
  const [planRequest, setPlanRequest] = useState(() => toRequest({ ...INITIAL_VALUES }, false, null));
  const [isAccepted, setAccepted] = useState(false);
  const [pdf, setPdf] = useState<PosterPdf | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isPlanDue, setPlanDue] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const { data: ruleSets = [] } = useQuery({
    queryKey: ['rules', 'sets'],
    queryFn: () => apiQuery((api) => api.listRuleSets()),
    select: (sets) => sets.map((s) => ({ id: s.id, label: `${s.shortName} — ${s.title}` })),
  });
  const { data: fonts = ['serif', 'sans'] as PosterFont[] } = useQuery({ queryKey: ['posters', 'fonts'], queryFn: () => apiQuery((api) => api.listPosterFonts()), select: (d) => d.fonts });
  const formError = typeof planRequest === 'string' ? planRequest : null;
  const planQuery = useQuery({
    queryKey: queryKeys.posterPlan(planRequest),
    queryFn: () => apiQuery((api) => api.planPoster(planRequest as Exclude<typeof planRequest, string>)),
    enabled: formError === null,
  });
  const plan = formError === null ? (planQuery.data ?? null) : null;

  function onChange() {
    setAccepted(false);
    window.clearTimeout(timer.current);
    setPlanDue(true);
    timer.current = window.setTimeout(() => {
      setPlanDue(false);
      setPlanRequest(toRequest({ ...form.getFieldsValue(true) }, false, null));
    }, PLAN_DELAY_MS);
  }

  async function preview() {
    const request = toRequest(form.getFieldsValue(true), isAccepted, logo);
    if (typeof request === 'string') return setPlanRequest(request);
    setBusy(true);
    const result = await call((api) => api.makePoster(request));
    setBusy(false);
    if (!result.ok) return;
    const d = result.data;
    const note = d.omitted.length > 0 ? ' · bản trích' : '';
    setPdf({ blob: base64ToBlob(d.dataBase64, PDF_TYPE), fileName: d.fileName, summary: `${d.fileName} · ${d.pages} trang · chữ ${d.bodySize} pt · ${d.columns} cột${note}` });
  }

  const isBlocked = Boolean(plan?.refusal) || (plan?.needsConsent === true && !isAccepted) || Boolean(formError);
  // A choice that is refused (or waits for consent) drops the preview made for an earlier choice.
  const [wasBlocked, setWasBlocked] = useState(isBlocked);
  if (isBlocked !== wasBlocked) {
    setWasBlocked(isBlocked);
    if (isBlocked) setPdf(null);
  }
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
              <Button type="primary" block disabled={isBlocked || isPlanDue || (formError === null && planQuery.isFetching)} loading={isBusy} onClick={() => void preview()}>
                Xem trước
              </Button>
            </Space>
          </Card>
        </Col>
        <Col span={15}>
          {/* Sticky: the form is taller than the window; Save and Print stay in sight beside it. */}
          <div style={{ position: 'sticky', top: 16 }}>
            <PosterPreview pdf={isBlocked ? null : pdf} isBusy={isBusy} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
