/** Printing a council meeting: ballots, minutes, proposal, draft decision (PDF or DOCX), giấy khen sheets. */
import type { FileOutput } from '../../shared/api/rosterContract';
import { ServiceError } from '../../shared/api/result';
import { AGENDA_LABELS } from '../../shared/domain/councilRules';
import { councilDecision, councilMinutes, councilProposal, type CouncilDocFacts } from '../../shared/domain/councilDocuments';
import { dateLineText } from '../../shared/domain/nd30Layout';
import { ballotsDoc, certificatesDoc } from '../documents/pdf/councilSheets';
import { renderPdf } from '../documents/pdf/pdfmake';
import { recordDocPdf } from '../documents/pdf/recordDocPdf';
import { findMeeting, meetingView } from './councilService';
import { grantedTitles } from './grantedTitles';
import type { Session } from './session';

export type CouncilDoc = 'ballots' | 'minutes' | 'proposal' | 'decision' | 'certificates';

const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const dmy = (iso: string) => iso.split('-').reverse().join('/');

export async function printCouncilDocument(session: Session, input: { id: string; doc: CouncilDoc; format: 'pdf' | 'docx'; offsetXmm: number; offsetYmm: number }): Promise<FileOutput> {
  const m = findMeeting(session, input.id);
  const view = meetingView(m);
  const ward = session.store.meta.ward;
  const wardName = ward.name || 'Phường';
  const stem = `hoi-dong-${m.year}${m.half ? `-6thang${m.half}` : ''}`;
  const granted = grantedTitles(session).filter((g) => g.meetingId === m.id);
  if (input.doc === 'ballots' || input.doc === 'certificates') {
    if (input.format !== 'pdf') throw new ServiceError('INVALID_INPUT', 'Phiếu bầu và giấy khen chỉ in ra PDF.');
    if (input.doc === 'ballots') {
      if (view.members === 0) throw new ServiceError('CONFLICT', 'Hội đồng chưa có thành viên: chưa in được phiếu bầu.');
      if (view.candidates === 0) throw new ServiceError('CONFLICT', 'Danh sách xét chưa có ai: chưa in được phiếu bầu.');
      return { fileName: `phieu-bau-${stem}.pdf`, dataBase64: encode(await renderPdf(ballotsDoc(view, wardName))), count: view.members };
    }
    if (granted.length === 0) throw new ServiceError('CONFLICT', 'Chưa có quyết định công nhận (titles grant): chưa in được giấy khen.');
    const units = new Map(view.candidateList.map((c) => [`${c.title}|${c.subjectId}`, c.unitName] as const));
    const lines = granted.map((g) => ({
      name: g.name, unitName: units.get(`${g.title}|${g.subjectId}`) ?? '',
      achievement: g.title === 'certificateOfMerit' ? `Đã có thành tích xuất sắc năm ${g.year}` : `Đã đạt danh hiệu "${AGENDA_LABELS[g.title]}" năm ${g.year}`,
      decision: `Quyết định số ${g.decisionNumber} ngày ${dmy(g.decisionDate)}`,
      dateLine: dateLineText(wardName, new Date(`${g.decisionDate}T12:00:00`)),
    }));
    return { fileName: `giay-khen-${stem}.pdf`, dataBase64: encode(await renderPdf(certificatesDoc(lines, { xMm: input.offsetXmm, yMm: input.offsetYmm }))), count: lines.length };
  }
  if ((input.doc === 'proposal' || input.doc === 'decision') && m.status !== 'closed') throw new ServiceError('CONFLICT', 'Cuộc họp chưa kết thúc (chưa khóa kết quả): chưa lập tờ trình, quyết định được.');
  const decision = granted[0] ? { number: granted[0].decisionNumber, dateText: dmy(granted[0].decisionDate) } : null;
  const facts: CouncilDocFacts = { wardName, chairman: ward.chairman ?? '', meeting: view, decision };
  const doc = input.doc === 'minutes' ? councilMinutes(facts) : input.doc === 'proposal' ? councilProposal(facts) : councilDecision(facts);
  const bytes = input.format === 'docx' ? await (await import('../documents/docx/recordDocx')).recordDocx(doc, wardName) : await renderPdf(recordDocPdf(doc, wardName));
  return { fileName: `${doc.fileStem}.${input.format}`, dataBase64: encode(bytes), count: view.candidates };
}
