/** Printing a meeting (ballots, minutes, proposal, draft decision, giấy khen) and recording the decision that grants the titles. */
import { useState } from 'react';
import { Button, Dropdown, Input, InputNumber, Space, Tag } from 'antd';
import type { MenuProps } from 'antd';
import type { CouncilMeetingView, GrantedTitleView } from '../../../shared/api/councilTypes';
import { PDF_TYPE, base64ToBlob, saveBlob } from '../../lib/download';
import { useApiCall } from '../../lib/useApiCall';
import { DOCX_TYPE, viDayToIso } from './councilFormat';

type Doc = 'ballots' | 'minutes' | 'proposal' | 'decision' | 'certificates';

export function MeetingDocuments({ meeting: m, onChanged }: { meeting: CouncilMeetingView; onChanged: () => void }) {
  const call = useApiCall();
  const [decision, setDecision] = useState({ number: '', date: '' });
  const [granted, setGranted] = useState<GrantedTitleView[] | null>(null);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const isClosed = m.status === 'closed';
  const print = async (doc: Doc, format: 'pdf' | 'docx') => {
    const r = await call((api) => api.printCouncilDocument({ id: m.id, doc, format, offsetXmm: offset.x, offsetYmm: offset.y }));
    if (r.ok) saveBlob(base64ToBlob(r.data.dataBase64, format === 'pdf' ? PDF_TYPE : DOCX_TYPE), r.data.fileName);
  };
  const docs: { doc: Doc; label: string; needsClosed: boolean }[] = [
    { doc: 'minutes', label: 'Biên bản họp Hội đồng', needsClosed: false },
    { doc: 'proposal', label: 'Tờ trình đề nghị công nhận', needsClosed: true },
    { doc: 'decision', label: 'Dự thảo quyết định công nhận', needsClosed: true },
  ];
  const items: MenuProps['items'] = docs.flatMap(({ doc, label, needsClosed }) => [
    { key: `${doc}.docx`, label: `${label} (Word)`, disabled: needsClosed && !isClosed, onClick: () => void print(doc, 'docx') },
    { key: `${doc}.pdf`, label: `${label} (PDF)`, disabled: needsClosed && !isClosed, onClick: () => void print(doc, 'pdf') },
  ]);
  const grant = async () => {
    const date = viDayToIso(decision.date);
    const r = await call((api) => api.grantTitles({ year: m.year, decisionNumber: decision.number, decisionDate: date ?? '', meetingId: m.id }));
    if (r.ok) {
      setGranted(r.data);
      onChanged();
    }
  };
  return (
    <div style={{ marginTop: 8 }} data-testid="council-documents">
      <Space wrap>
        <Button onClick={() => void print('ballots', 'pdf')} disabled={m.members === 0 || m.candidates === 0} data-testid="council-ballots">In phiếu bầu (PDF)</Button>
        <Dropdown menu={{ items }} trigger={['click']}><Button data-testid="council-print">Biên bản, tờ trình, quyết định…</Button></Dropdown>
      </Space>
      {isClosed && (
        <Space wrap style={{ marginTop: 8 }}>
          <span>Quyết định công nhận:</span>
          <Input aria-label="Số quyết định" placeholder="Số, ví dụ 125/QĐ-UBND" value={decision.number} onChange={(e) => setDecision((d) => ({ ...d, number: e.target.value }))} style={{ width: 200 }} />
          <Input aria-label="Ngày quyết định" placeholder="dd/mm/yyyy" value={decision.date} onChange={(e) => setDecision((d) => ({ ...d, date: e.target.value }))} style={{ width: 130 }} />
          <Button type="primary" disabled={!decision.number.trim() || !viDayToIso(decision.date)} onClick={() => void grant()} data-testid="council-grant">Ghi danh hiệu đã công nhận</Button>
          <span>Giấy khen lệch (mm):</span>
          <InputNumber aria-label="Lệch ngang (mm)" value={offset.x} step={0.5} min={-50} max={50} onChange={(v) => setOffset((o) => ({ ...o, x: v ?? 0 }))} />
          <InputNumber aria-label="Lệch dọc (mm)" value={offset.y} step={0.5} min={-50} max={50} onChange={(v) => setOffset((o) => ({ ...o, y: v ?? 0 }))} />
          <Button onClick={() => void print('certificates', 'pdf')}>In giấy khen</Button>
        </Space>
      )}
      {granted && (
        <div style={{ marginTop: 8 }} data-testid="council-granted">
          Đã ghi {granted.length} danh hiệu: {granted.map((g) => <Tag key={g.id}>{g.name} — {g.titleLabel}</Tag>)}
        </div>
      )}
    </div>
  );
}
