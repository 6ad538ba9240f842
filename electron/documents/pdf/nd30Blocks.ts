/** Building blocks of an ND 30/2020 document page: the two-column header, the date line, signatures. */
import type { Content } from 'pdfmake/interfaces';
import { vietnameseDateLine } from '../xlsx/nd30Sheet';

export function nd30Header(wardName: string): Content {
  return {
    columns: [
      {
        width: '42%',
        stack: [
          { text: 'ỦY BAN NHÂN DÂN', alignment: 'center', fontSize: 12 },
          { text: wardName.toUpperCase(), alignment: 'center', bold: true, fontSize: 12 },
          { canvas: [{ type: 'line', x1: 70, y1: 2, x2: 150, y2: 2, lineWidth: 0.6 }], margin: [0, 0, 0, 0] },
        ],
      },
      {
        width: '58%',
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', alignment: 'center', bold: true, fontSize: 12 },
          { text: 'Độc lập - Tự do - Hạnh phúc', alignment: 'center', bold: true, fontSize: 13 },
          { canvas: [{ type: 'line', x1: 75, y1: 2, x2: 215, y2: 2, lineWidth: 0.6 }] },
        ],
      },
    ],
  };
}

export function dateLine(wardName: string, date: Date | null): Content {
  const text = date ? vietnameseDateLine(wardName, date) : `${wardName.replace(/^(phường|xã)\s+/i, '')}, ngày ..... tháng ..... năm ..........`;
  return { text, italics: true, alignment: 'right', margin: [0, 10, 0, 0] };
}
