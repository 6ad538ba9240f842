/**
 * Pre-filled commitment forms (bản cam kết thực hiện Quy tắc ứng xử), one A4 page per person.
 * The commitment wording is the ward's own form text, not a quotation of the code.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { printedDate } from '../../../shared/domain/typography';
import { dateLine, documentTitle, nd30Header, nd30Page, signatureBlocks } from './nd30Blocks';

export interface CommitmentPerson {
  fullName: string;
  position: string;
  title: string;
  unitName: string;
  birthDate: string | null;
}

export const DEFAULT_COMMITMENT_TEXT = [
  'Nghiêm túc thực hiện Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động trong các cơ quan thuộc thành phố Hà Nội ban hành kèm theo Quyết định số 522/QĐ-UBND ngày 25/01/2017 của UBND Thành phố và Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội ban hành kèm theo Quyết định số 1665/QĐ-UBND ngày 10/3/2017 của UBND Thành phố.',
  'Thực hiện đúng thời gian làm việc; trang phục, tác phong, lời nói phù hợp; ứng xử văn minh, tận tình, thân thiện với nhân dân và đồng nghiệp; chấp hành nghiêm kỷ luật, kỷ cương hành chính.',
  'Thực hiện Cuộc vận động "Năm không" và phong trào thi đua thực hiện văn hóa công sở và nơi công cộng.',
  'Nếu vi phạm, tôi xin chịu hình thức xử lý theo quy định.',
];

function formatBirth(iso: string | null): string {
  if (!iso) return '......../......../................';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return printedDate(new Date(y, m - 1, d));
}

function field(label: string, value: string): Content {
  return { text: [{ text: `${label}: ` }, { text: value || '.'.repeat(60), bold: Boolean(value) }], margin: [0, 3, 0, 3] };
}

function personPage(person: CommitmentPerson, wardName: string, items: string[], isLast: boolean): Content[] {
  return [
    nd30Header(wardName),
    ...documentTitle('Bản cam kết', 'Thực hiện Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động'),
    field('Họ và tên', person.fullName),
    field('Ngày sinh', formatBirth(person.birthDate)),
    field('Chức vụ', person.position),
    field('Chức danh/ngạch', person.title),
    field('Đơn vị công tác', person.unitName ? `${person.unitName}, UBND ${wardName}` : `UBND ${wardName}`),
    { text: 'Tôi xin cam kết:', bold: true, margin: [0, 10, 0, 6] },
    { ol: items.map((item) => ({ text: item, alignment: 'justify', margin: [0, 0, 0, 4] })), margin: [10, 0, 0, 0] },
    dateLine(wardName, null),
    signatureBlocks({ title: 'NGƯỜI CAM KẾT', hint: '(Ký, ghi rõ họ tên)', name: person.fullName }, { title: 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, ghi rõ họ tên)' }),
    ...(isLast ? [] : [{ text: '', pageBreak: 'after' } as Content]),
  ];
}

export function commitmentFormsDoc(people: CommitmentPerson[], wardName: string, items: string[] = DEFAULT_COMMITMENT_TEXT): TDocumentDefinitions {
  return {
    ...nd30Page('portrait'),
    // One form a person: each restarts at page 1, so no page numbers.
    header: () => null,
    defaultStyle: { ...nd30Page('portrait').defaultStyle, fontSize: 13 },
    info: { title: `Bản cam kết thực hiện Quy tắc ứng xử — ${wardName}`, creator: 'Ward Conduct' },
    content: people.flatMap((person, i) => personPage(person, wardName, items, i === people.length - 1)),
  };
}
