/**
 * The council's documents, pure, as RecordDocuments the ND 30 PDF and DOCX writers lay out: the
 * minutes of the meeting (biên bản họp Hội đồng) with attendance, the tally per candidate and the
 * conclusion; the proposal (tờ trình đề nghị công nhận) and a draft decision (quyết định công nhận)
 * with the annexed lists of individuals and collectives. The sentences are the ward's own forms; the
 * grounds cited are those in the references (Luật TĐKT 2022 Điều 80 khoản 3 VERBATIM); the vote rule
 * printed is the meeting's threshold with its label (mostly "do phường tự quy định").
 */
import type { CouncilMeetingView } from '../api/councilTypes';
import type { AgendaTitle } from '../schema/council';
import { AGENDA_LABELS, isForUnits, isUpward, meetingLabel } from './councilRules';
import type { DocAnnex, DocParagraph, RecordDocument } from './recordDocuments';

export interface CouncilDocFacts {
  wardName: string;
  chairman: string;
  meeting: CouncilMeetingView;
  /** The decision once granted (number, dd/mm/yyyy); null prints blanks. */
  decision: { number: string; dateText: string } | null;
}

const p = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({ runs: [{ text }], align: 'justify', isIndented: true, ...extra });
const heading = (text: string): DocParagraph => ({ runs: [{ text, bold: true }], align: 'justify', isIndented: true, spaceBefore: 6 });
const ground = (text: string): DocParagraph => ({ runs: [{ text, italics: true }], align: 'justify', isIndented: true });
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '..../..../........');
const stem = (m: CouncilMeetingView) => `hoi-dong-${m.year}${m.half ? `-6thang${m.half}` : ''}`;

function person(m: CouncilMeetingView, role: string): string {
  return m.memberList.find((x) => x.role === role)?.fullName ?? '';
}

function passed(m: CouncilMeetingView): CouncilMeetingView['candidateList'] {
  return m.candidateList.filter((c) => c.result?.isPassed);
}

const whom = (t: AgendaTitle) => (isForUnits(t) ? 'tập thể' : 'cá nhân');

/** One annexed list per title with someone passed: STT, name, unit (people) or the unit (collectives). */
function annexLists(m: CouncilMeetingView, caption: string, keep: (t: AgendaTitle) => boolean = () => true): DocAnnex[] {
  const titles = ([...new Set(passed(m).map((c) => c.title))] as AgendaTitle[]).filter(keep);
  return titles.map((title) => {
    const list = passed(m).filter((c) => c.title === title);
    const isUnit = list.every((c) => c.subjectKind === 'unit');
    return {
      title: `DANH SÁCH ${isUnit ? 'TẬP THỂ' : 'CÁ NHÂN'} ${isUpward(title) ? 'ĐỀ NGHỊ' : 'ĐẠT DANH HIỆU'} "${AGENDA_LABELS[title].toLocaleUpperCase('vi')}" NĂM ${m.year}`,
      subtitle: caption,
      table: isUnit
        ? { header: ['STT', 'Tên tập thể', 'Ghi chú'], widths: [1.6, 8, 4], rows: list.map((c, i) => [String(i + 1), c.name, c.reason]) }
        : { header: ['STT', 'Họ và tên', 'Đơn vị', 'Ghi chú'], widths: [1.6, 5, 6, 3], rows: list.map((c, i) => [String(i + 1), c.name, c.unitName, c.reason]) },
    };
  });
}

/** For the proposals upward: each candidate with the earlier-year facts the standard rests on. */
function upwardFacts(m: CouncilMeetingView): DocParagraph[] {
  const list = m.candidateList.filter((c) => isUpward(c.title));
  if (list.length === 0) return [];
  return [
    p('Các trường hợp đề nghị cấp Thành phố và thành tích các năm trước:'),
    ...list.map((c) => p(`- ${c.name} — "${c.titleLabel}": ${c.facts.slice(0, 2).join('; ')}.`)),
  ];
}

/** Titles on the agenda that have someone on the list. */
function considered(m: CouncilMeetingView): AgendaTitle[] {
  return m.agenda.filter((t) => m.candidateList.some((c) => c.title === t));
}

export function councilMinutes(f: CouncilDocFacts): RecordDocument {
  const m = f.meeting;
  const present = m.memberList.filter((x) => x.isPresent);
  const absent = m.memberList.filter((x) => !x.isPresent);
  const s = m.summary;
  const body: DocParagraph[] = [
    p(`Hôm nay, ngày ${dmy(m.date)}, tại ${m.place || '........................'}, Hội đồng Thi đua – Khen thưởng ${f.wardName} họp ${meetingLabel(m.year, m.half).toLocaleLowerCase('vi')}.`),
    heading('I. THÀNH PHẦN'),
    p(`Tổng số thành viên Hội đồng: ${m.members}; có mặt: ${m.present}; vắng mặt: ${absent.length}.`),
    ...present.map((x, i) => p(`${i + 1}. ${x.fullName} — ${x.position}, ${x.roleLabel};`)),
    ...(absent.length > 0 ? [p(`Vắng mặt: ${absent.map((x) => `${x.fullName}${x.absenceNote ? ` (${x.absenceNote})` : ''}`).join('; ')}.`)] : []),
    p(`Chủ trì: ${person(m, 'chair') || '........................'}, Chủ tịch Hội đồng. Thư ký: ${person(m, 'secretary') || '........................'}.`),
    heading('II. NỘI DUNG'),
    p(`Hội đồng xem xét danh sách đề nghị ${considered(m).map((t) => `"${AGENDA_LABELS[t]}"`).join(', ')} gồm ${m.candidates} trường hợp, cùng kết quả xếp loại, kỷ luật, sáng kiến và khen thưởng của từng người, từng tập thể; bỏ phiếu kín.`),
    p('Tỷ lệ phiếu để được đề nghị:'),
    ...m.thresholds.filter((t) => considered(m).includes(t.title)).map((t) => p(`- ${t.titleLabel}: ${t.text} (${t.basis}).`)),
    ...upwardFacts(m),
    heading('III. KẾT QUẢ KIỂM PHIẾU'),
    p(s ? `Số phiếu phát ra: ${s.issued}; số phiếu thu về: ${s.returned}; số phiếu không thu về: ${s.missing}; số phiếu không hợp lệ: ${s.spoiled}; số phiếu hợp lệ: ${s.valid}.` : 'Chưa có kết quả kiểm phiếu.'),
  ];
  const tallyAt = body.length - 1;
  if (m.amendments.length > 0) body.push(p(`Điều chỉnh kết quả sau khi kết thúc: ${m.amendments.map((a) => `${dmy(a.at.slice(0, 10))}, ${a.by}: ${a.reason}${a.changes ? ` (${Object.entries(a.changes).map(([k, c]) => `${k}: ${c.from} → ${c.to}`).join('; ')})` : ''}`).join('; ')}.`));
  body.push(heading('IV. KẾT LUẬN'));
  const byTitle = m.agenda.map((t) => ({ t, n: passed(m).filter((c) => c.title === t).length })).filter((x) => x.n > 0);
  const own = byTitle.filter((x) => !isUpward(x.t));
  const upward = byTitle.filter((x) => isUpward(x.t));
  const list = (xs: typeof byTitle) => xs.map((x) => `"${AGENDA_LABELS[x.t]}" cho ${x.n} ${isForUnits(x.t) ? 'tập thể' : 'trường hợp'}`).join('; ');
  const conclusion = [
    own.length > 0 ? `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường công nhận: ${list(own)} (danh sách kèm theo).` : '',
    upward.length > 0 ? `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường trình Chủ tịch Ủy ban nhân dân Thành phố xem xét: ${list(upward)} (danh sách kèm theo).` : '',
  ].filter(Boolean).join(' ');
  body.push(p(m.conclusion || conclusion || 'Không có trường hợp đạt tỷ lệ phiếu đề nghị.'));
  body.push(p('Cuộc họp kết thúc cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất.'));
  return {
    fileStem: `bien-ban-${stem(m)}`, kind: 'BIÊN BẢN', subject: `Họp Hội đồng Thi đua – Khen thưởng ${meetingLabel(m.year, m.half).toLocaleLowerCase('vi')}`,
    date: m.date ? new Date(`${m.date}T12:00:00`) : null, isDraft: false, body,
    tables: [{
      afterParagraph: tallyAt, header: ['STT', 'Họ và tên / Tập thể', 'Danh hiệu', 'Đồng ý', 'Tỷ lệ', 'Kết quả'], widths: [2.8, 9, 7, 3, 4, 5],
      rows: m.candidateList.map((c) => [String(c.no), c.subjectKind === 'person' ? `${c.name}${c.unitName ? ` (${c.unitName})` : ''}` : c.name, c.titleLabel,
        c.result ? String(c.result.votes) : '', c.result ? `${String(c.result.percent).replace('.', ',')}%` : '', c.result ? (c.result.isPassed ? 'Đạt' : 'Không đạt') : '']),
    }],
    signature: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: person(m, 'chair') },
    left: { title: 'THƯ KÝ', name: person(m, 'secretary') },
    keepLastWithSignature: true,
  };
}

export function councilProposal(f: CouncilDocFacts): RecordDocument {
  const m = f.meeting;
  const count = (t: AgendaTitle) => passed(m).filter((c) => c.title === t).length;
  return {
    fileStem: `to-trinh-${stem(m)}`, kind: 'TỜ TRÌNH', subject: `Đề nghị công nhận danh hiệu thi đua, khen thưởng năm ${m.year}`,
    number: 'Số:        /TTr-HĐTĐKT', date: null, isDraft: false,
    body: [
      { runs: [{ text: `Kính gửi: Chủ tịch Ủy ban nhân dân ${f.wardName}.` }], align: 'center' },
      p(`Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;`),
      p(`Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng ngày ${dmy(m.date)} (${m.present}/${m.members} thành viên có mặt, bỏ phiếu kín),`),
      p(`Hội đồng Thi đua – Khen thưởng ${f.wardName} đề nghị Chủ tịch Ủy ban nhân dân phường xem xét, quyết định công nhận:`),
      ...m.agenda.filter((t) => count(t) > 0 && !isUpward(t)).map((t, i) => p(`${i + 1}. Danh hiệu "${AGENDA_LABELS[t]}" cho ${count(t)} ${whom(t)};`)),
      ...(m.agenda.some((t) => count(t) > 0 && isUpward(t)) ? [p('Đồng thời đề nghị Chủ tịch Ủy ban nhân dân phường trình Chủ tịch Ủy ban nhân dân Thành phố xem xét:')] : []),
      ...m.agenda.filter((t) => count(t) > 0 && isUpward(t)).map((t) => p(`- "${AGENDA_LABELS[t]}" cho ${count(t)} ${whom(t)};`)),
      p('(Có danh sách kèm theo.)'),
      p('Kính trình Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./.'),
    ],
    annexes: annexLists(m, `(Kèm theo Tờ trình của Hội đồng Thi đua – Khen thưởng ${f.wardName})`),
    signature: { authority: 'TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', title: 'CHỦ TỊCH', name: person(m, 'chair') },
    left: { recipients: ['Như trên', 'Lưu: VT'] },
  };
}

export function councilDecision(f: CouncilDocFacts): RecordDocument {
  const m = f.meeting;
  // The ward chairman decides the ward's own titles; the proposals upward go to the city (Luật TĐKT 2022 Điều 80 k.3).
  const count = (t: AgendaTitle) => (isUpward(t) ? 0 : passed(m).filter((c) => c.title === t).length);
  const number = f.decision ? `Số: ${f.decision.number}` : 'Số:        /QĐ-UBND';
  return {
    fileStem: `quyet-dinh-${stem(m)}`, kind: 'QUYẾT ĐỊNH', subject: `Về việc công nhận danh hiệu thi đua, khen thưởng năm ${m.year}`,
    number, date: f.decision ? new Date(`${f.decision.dateText.split('/').reverse().join('-')}T12:00:00`) : null, isDraft: !f.decision,
    body: [
      { runs: [{ text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${f.wardName.toLocaleUpperCase('vi')}`, bold: true }], align: 'center' },
      ground('Căn cứ Luật Tổ chức chính quyền địa phương;'),
      ground('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'),
      ground('Căn cứ Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'),
      ground(`Xét đề nghị của Hội đồng Thi đua – Khen thưởng phường tại Tờ trình số ....../TTr-HĐTĐKT ngày ${dmy(m.date)}.`),
      { runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center', spaceBefore: 6 },
      { runs: [{ text: 'Điều 1. ', bold: true }, { text: `Công nhận ${m.agenda.filter((t) => count(t) > 0).map((t) => `danh hiệu "${AGENDA_LABELS[t]}" năm ${m.year} cho ${count(t)} ${whom(t)}`).join('; ') || '.....'} (có danh sách kèm theo).` }], align: 'justify', isIndented: true },
      { runs: [{ text: 'Điều 2. ', bold: true }, { text: 'Khen thưởng kèm theo danh hiệu thực hiện theo quy định hiện hành về thi đua, khen thưởng.' }], align: 'justify', isIndented: true },
      { runs: [{ text: 'Điều 3. ', bold: true }, { text: 'Quyết định này có hiệu lực kể từ ngày ký. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, các đơn vị và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.' }], align: 'justify', isIndented: true },
    ],
    annexes: annexLists(m, `(Kèm theo Quyết định số ${f.decision ? `${f.decision.number} ngày ${f.decision.dateText}` : '......./QĐ-UBND ngày ....../....../........'} của Chủ tịch Ủy ban nhân dân ${f.wardName})`, (t) => !isUpward(t)),
    signature: { title: 'CHỦ TỊCH', name: f.chairman },
    left: { recipients: ['Như Điều 3', 'Hội đồng Thi đua – Khen thưởng phường', 'Lưu: VT'] },
  };
}
