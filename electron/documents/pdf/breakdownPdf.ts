/** "Why this rating" as an A4 page: each criterion, each deduction with its violation and article, each trigger. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BreakdownView } from '../../../shared/api/scoringTypes';
import { labelOfKey } from '../../../shared/domain/period';
import { formatPoints } from '../../../shared/domain/scoringMath';
import { RATING_LABELS } from '../../../shared/schema/criteria';
import { writtenRuleRefs } from '../../../shared/domain/ruleRefWords';
import { printedDate } from '../../../shared/domain/typography';
import { documentTitle, nd30Header, nd30Page, signatureBlocks } from './nd30Blocks';

const SOURCE_LABELS: Record<string, string> = {
  selfScore: 'tự chấm', headScore: 'thủ trưởng chấm', councilScore: 'Hội đồng chấm', taskProducts: 'tính từ sản phẩm', unitResults: 'tính từ kết quả đơn vị', default: 'mặc định', missing: 'chưa chấm',
};

function dmy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return printedDate(new Date(y, m - 1, d));
}

function criteriaTable(view: BreakdownView): Content {
  const b = view.breakdown;
  if (!b) return { text: '' };
  const rows = b.criteria.map((c) => {
    const lines = [
      ...c.deductions.map((d) => `− ${formatPoints(d.points)}: ${d.measure} ngày ${dmy(d.date)} (${writtenRuleRefs(d.refs)}) — ${d.description}`),
      ...c.bonuses.map((x) => `+ ${formatPoints(x.points)}: ${x.form} ngày ${dmy(x.date)} — ${x.reason}`),
      ...(c.task ? c.task.products.map((p) => `${p.name}: ${p.explanation}`) : []),
      ...(c.unitResults ? [c.unitResults.explanation] : []),
      ...(c.isFloored ? ['Không trừ xuống dưới 0.'] : []),
      ...(c.isCapped ? [`Không vượt quá ${formatPoints(c.maxPoints)} điểm.`] : []),
    ];
    return [
      { text: [...c.path, c.name].join(' › '), fontSize: 11 },
      { text: formatPoints(c.maxPoints), alignment: 'right', fontSize: 11 },
      { text: `${formatPoints(c.base)} (${SOURCE_LABELS[c.baseSource] ?? ''})`, fontSize: 11 },
      { text: lines.join('\n') || '—', fontSize: 10.5 },
      { text: formatPoints(c.points), alignment: 'right', bold: true, fontSize: 11 },
    ];
  });
  const head = ['Tiêu chí', 'Tối đa', 'Điểm chấm', 'Trừ / cộng tự động và căn cứ', 'Điểm'].map((t) => ({ text: t, bold: true, fontSize: 11 }));
  return { table: { headerRows: 1, widths: ['28%', 36, 70, '*', 36], body: [head, ...rows] }, layout: 'lightHorizontalLines' } as Content;
}

export function breakdownDoc(view: BreakdownView, wardName: string, date: Date): TDocumentDefinitions {
  const total = view.breakdown?.total ?? view.rollup?.total ?? null;
  const rating = view.breakdown?.rating ?? view.rollup?.rating ?? null;
  const triggers = view.breakdown?.triggers ?? view.rollup?.triggers ?? [];
  const content: Content[] = [
    nd30Header(wardName, { date }),
    ...documentTitle('Giải trình kết quả chấm điểm, xếp loại', `${view.periodLabel} — ${view.setName}`),
    { text: `${view.name}${view.position ? ` — ${view.position}` : ''} — ${view.unitName}`, bold: true, margin: [0, 0, 0, 6] },
    criteriaTable(view),
  ];
  if (view.rollup) {
    content.push({ text: view.rollup.months.map((m) => `${labelOfKey(m.month)}: ${formatPoints(m.total)}`).join('; '), margin: [0, 4, 0, 0] });
    content.push({ text: view.rollup.explanation, italics: true });
  }
  content.push({ text: `Tổng điểm: ${formatPoints(total)} — Xếp loại: ${rating ? RATING_LABELS[rating] : 'chưa đủ điểm để xếp loại'}`, bold: true, margin: [0, 8, 0, 4] });
  for (const t of triggers) content.push({ text: `Buộc xếp loại “${RATING_LABELS[t.forceRating]}”: ${t.label} (${t.explanation}). Căn cứ: ${t.source}.`, color: '#a8071a' });
  // Whose score each step is, by date; the login account that typed it is not printed on an official sheet.
  for (const s of view.steps) content.push({ text: `${s.label}: ${s.scorerName || '—'}, ngày ${printedDate(new Date(s.at))}`, fontSize: 11 });
  for (const a of view.amendments) content.push({ text: `Điều chỉnh ngày ${printedDate(new Date(a.at))}: ${a.reason}`, fontSize: 11 });
  content.push(signatureBlocks({ title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, ghi rõ họ tên)' }, { title: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' }));
  return {
    ...nd30Page('portrait'),
    info: { title: `Giải trình xếp loại — ${view.name} — ${view.periodLabel}`, creator: 'Ward Conduct' },
    defaultStyle: { ...nd30Page('portrait').defaultStyle, fontSize: 13 },
    content,
  };
}
