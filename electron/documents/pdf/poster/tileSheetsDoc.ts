/**
 * The printed layer of a tiled poster, pure: page 1 with the assembly map and the instruction to
 * print at 100 %, then one page a sheet with cut and alignment marks and its label in the margins.
 * The poster itself is drawn into each sheet's inner area afterwards (tiles.ts), clipped, at 100 %.
 */
import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { mmToPt, tileLabel, type Tile, type TilePlan } from '../../../../shared/domain/posterSizes';

const INK = '#000000';
const GUIDE = '#555555';

/** Where the map's poster outline sits on page 1, pt from the top-left (tiles.ts draws the thumbnail there). */
export function mapBox(plan: TilePlan): { x: number; y: number; width: number; height: number } {
  const sheetW = mmToPt(plan.sheet.width);
  const sheetH = mmToPt(plan.sheet.height);
  const margin = mmToPt(plan.marginMm);
  const top = margin + mmToPt(62);
  // A little short of the bottom margin, so the map never pushes pdfmake onto another page.
  const availW = sheetW - 2 * margin;
  const availH = sheetH - top - margin - 12;
  const scale = Math.min(availW / plan.poster.width, availH / plan.poster.height);
  const width = plan.poster.width * scale;
  const height = plan.poster.height * scale;
  return { x: (sheetW - width) / 2, y: top, width, height };
}

function mapPage(plan: TilePlan, title: string): Content[] {
  const box = mapBox(plan);
  const scale = box.width / plan.poster.width;
  const count = plan.tiles.length;
  const rects: CanvasElement[] = plan.tiles.map((t) => ({
    type: 'rect', x: t.x * scale, y: t.y * scale, w: t.width * scale, h: t.height * scale, lineWidth: 0.8, lineColor: GUIDE,
  }));
  const labels: Content[] = plan.tiles.map((t) => ({
    text: String(t.index),
    bold: true,
    fontSize: Math.max(9, Math.min(28, t.height * scale * 0.25)),
    color: '#B3121B',
    // A white badge: the numbers stay readable over any frame colour of the thumbnail below.
    background: '#FFFFFF',
    absolutePosition: { x: box.x + t.x * scale + 4, y: box.y + t.y * scale + 3 },
  }));
  const sheetName = `${plan.sheetName} ${plan.isLandscapeSheet ? 'ngang' : 'dọc'}`;
  return [
    { text: 'HƯỚNG DẪN IN VÀ GHÉP BẢNG NIÊM YẾT', bold: true, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 4] },
    { text: title, italics: true, fontSize: 10, alignment: 'center', margin: [0, 0, 0, 8] },
    {
      ol: [
        { text: [{ text: 'In ở tỉ lệ thực 100 % (Actual size / Kích thước thực), ', bold: true }, { text: 'không chọn “Vừa trang” (Fit to page). ', bold: true, color: '#B3121B' }, `Khổ giấy ${sheetName}; ${count} tờ, ${plan.rows} hàng × ${plan.columns} cột.`] },
        `Poster sau khi ghép: ${plan.poster.width} × ${plan.poster.height} mm. Hai tờ cạnh nhau chồng lên nhau ${plan.overlapMm} mm.`,
        'Cắt bỏ lề trái và lề trên của mỗi tờ theo dấu cắt (trừ tờ ở cột 1 và hàng 1).',
        'Đặt mép đã cắt trùng với đường nét đứt của tờ bên trái (hoặc tờ phía trên), khớp các dấu tam giác, rồi dán.',
      ],
      fontSize: 10,
      lineHeight: 1.15,
    },
    { canvas: rects, absolutePosition: { x: box.x, y: box.y } },
    ...labels,
  ];
}

function sheetMarks(plan: TilePlan, tile: Tile): CanvasElement[] {
  const m = mmToPt(plan.marginMm);
  const w = mmToPt(tile.width);
  const h = mmToPt(tile.height);
  const overlap = mmToPt(plan.overlapMm);
  const gap = mmToPt(1.5);
  const len = m - gap - mmToPt(2);
  const marks: CanvasElement[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number, dash?: number): CanvasElement => ({
    type: 'line', x1, y1, x2, y2, lineWidth: 0.5, lineColor: INK, ...(dash ? { dash: { length: dash } } : {}),
  });
  // Cut marks: the edges of the printed area, continued into the margin at every corner.
  for (const x of [m, m + w]) for (const y of [m - gap, m + h + gap]) marks.push(line(x, y, x, y < m ? y - len : y + len));
  for (const y of [m, m + h]) for (const x of [m - gap, m + w + gap]) marks.push(line(x, y, x < m ? x - len : x + len, y));
  const triangle = (x: number, y: number, dx: number, dy: number): CanvasElement => ({
    type: 'polyline', closePath: true, color: INK, lineWidth: 0.1, points: [{ x, y }, { x: x + dx - dy, y: y + dy - dx }, { x: x + dx + dy, y: y + dy + dx }],
  });
  const t = mmToPt(2.5);
  // Where the next sheet to the right / below starts: a dashed line in the margins, with triangles.
  if (tile.column < plan.columns) {
    const x = m + w - overlap;
    marks.push(line(x, gap, x, m - gap, 2), line(x, m + h + gap, x, 2 * m + h - gap, 2), triangle(x, m - gap, 0, -t), triangle(x, m + h + gap, 0, t));
  }
  if (tile.row < plan.rows) {
    const y = m + h - overlap;
    marks.push(line(gap, y, m - gap, y, 2), line(m + w + gap, y, 2 * m + w - gap, y, 2), triangle(m - gap, y, -t, 0), triangle(m + w + gap, y, t, 0));
  }
  // The cut edges of this sheet (left, top) get the matching triangles.
  if (tile.column > 1) marks.push(triangle(m, m - gap, 0, -t), triangle(m, m + h + gap, 0, t));
  if (tile.row > 1) marks.push(triangle(m - gap, m, -t, 0), triangle(m + w + gap, m, t, 0));
  return marks;
}

/** A sheet's marks and label, drawn as the page background (outside the flow, so nothing can overflow). */
function sheetBackground(plan: TilePlan, tile: Tile): Content[] {
  const m = mmToPt(plan.marginMm);
  const sheetW = mmToPt(plan.sheet.width);
  const sheetH = mmToPt(plan.sheet.height);
  const label = tileLabel(tile, plan.tiles.length);
  return [
    { canvas: sheetMarks(plan, tile) },
    { text: label, bold: true, fontSize: 9, absolutePosition: { x: m + mmToPt(10), y: sheetH - m + mmToPt(3) } },
    {
      text: `In 100 % · chồng mép ${plan.overlapMm} mm`,
      fontSize: 7,
      color: GUIDE,
      absolutePosition: { x: sheetW - m - mmToPt(48), y: sheetH - m + mmToPt(3.5) },
    },
  ];
}

export function tileSheetsDoc(plan: TilePlan, title: string, fontFamily = 'Roboto'): TDocumentDefinitions {
  const m = mmToPt(plan.marginMm);
  return {
    pageSize: { width: mmToPt(plan.sheet.width), height: mmToPt(plan.sheet.height) },
    pageMargins: [m, m, m, m],
    info: { title: `${title} — bản in ghép ${plan.tiles.length} tờ ${plan.sheetName}`, creator: 'Ward Conduct' },
    defaultStyle: { font: fontFamily, fontSize: 10 },
    background: (page: number) => (page === 1 ? null : sheetBackground(plan, plan.tiles[page - 2]!)),
    content: [...mapPage(plan, title), ...plan.tiles.map((): Content => ({ text: ' ', fontSize: 1, pageBreak: 'before' }))],
  };
}
