/**
 * The poster studio's PDFs read back with poppler: exact page sizes and boxes, every font embedded,
 * every printed rule verbatim and NFC in the text layer (and nothing unverified), tiles covering
 * the poster at 100 % with the stated overlap, the tent card's back face turned over.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { posterContent, type PosterContent } from '../../shared/domain/posterContent';
import { mmToPt, paperSize, planTiles, printGeometry, type SizeMm } from '../../shared/domain/posterSizes';
import type { PosterFrame } from '../../shared/domain/posterThemes';
import { ruleSetVersionSchema, type RuleSetVersion } from '../../shared/schema/ruleSet';
import { visitRuleNodes, isPrintable } from '../../shared/domain/ruleNodes';
import { makePosterPdf, type PosterOutput } from '../../electron/documents/pdf/poster/posterOutputs';
import { contentText, crispPixels, fonts, greyPixels, loadPdfFile, median, pageBoxes, pageCount, renderPng, textOf, wordBoxes, type PageBoxes } from '../fixtures/poster/readPdf';
import { typographicQuotes } from '../../shared/domain/typography';
import { CROP_MARK } from '../../shared/domain/posterSizes';
import { repoRoot } from './cliHelpers';

const OUT = path.join(repoRoot, 'test-output', 'poster');
mkdirSync(OUT, { recursive: true });
const fontsDir = path.join(repoRoot, 'resources', 'fonts');
const rules = (id: string): RuleSetVersion => ruleSetVersionSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'rules', `${id}.v1.json`), 'utf8')));
const namKhong = rules('nam-khong-2019');
const qd1665 = rules('qd-1665-2017');

function contentOf(set: RuleSetVersion, articles: string[] = []): PosterContent {
  const result = posterContent(set, { kind: 'ruleSet', articles });
  if (!result.ok) throw new Error(result.message);
  return result.content;
}

async function make(name: string, content: PosterContent, frame: PosterFrame, output: PosterOutput): Promise<string> {
  const style = { frame, theme: frame === 'modern' ? 'navy' : frame === 'traditional' ? 'sepia' : 'red', font: frame === 'modern' ? 'sans' : 'serif', wardName: 'Phường Hoàn Kiếm', hasNationalHeader: true } as const;
  const pdf = await makePosterPdf(content, style, { fontsDir }, output);
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf.bytes);
  return file;
}

const oneLine = (text: string) => typographicQuotes(text.replace(/\s+/g, ' ').trim());
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.02);

function expectVerbatim(file: string, content: PosterContent, set: RuleSetVersion): void {
  const text = textOf(file);
  expect(text).toBe(text.normalize('NFC'));
  for (const block of content.blocks) {
    const isHeading = block.kind === 'chapter' || block.kind === 'listHeading' || block.kind === 'motto';
    expect(text).toContain(isHeading ? oneLine(block.text).toLocaleUpperCase('vi') : oneLine(block.text));
  }
  for (const { node } of visitRuleNodes(set)) if (node.text && !isPrintable(node)) expect(text).not.toContain(oneLine(node.text));
  for (const font of fonts(file)) expect(font, font.name).toMatchObject({ isEmbedded: true });
  expect(fonts(file).length).toBeGreaterThan(0);
}

/**
 * The eight crop marks, read from the page rendered without anti-aliasing: each one dark along the
 * trim line's extension, from bleed + offset to bleed + offset + length outside the trim, all on the
 * page; and nothing else dark outside the BleedBox (so no mark is shifted or drawn inside).
 */
function expectCropMarks(file: string, boxes: PageBoxes, bleedMm: number, dpi: number): void {
  const { width, height, data } = crispPixels(file, 1, dpi);
  const px = (pt: number) => (pt * dpi) / 72;
  const pageH = boxes.media.height;
  const dark = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && data[Math.round(y) * width + Math.round(x)]! < 128;
  const darkNear = (x: number, y: number) => [-1, 0, 1].some((d) => dark(x + d, y) || dark(x, y + d));
  const { trim, bleed } = boxes;
  const xs = [trim.x, trim.x + trim.width];
  const ys = [trim.y, trim.y + trim.height];
  const from = mmToPt(bleedMm + CROP_MARK.offsetMm);
  const to = from + mmToPt(CROP_MARK.lengthMm);
  let found = 0;
  for (const [i, x] of xs.entries()) {
    for (const [j, y] of ys.entries()) {
      const dx = i === 0 ? -1 : 1;
      const dy = j === 0 ? -1 : 1;
      for (const t of [from + 0.2 * (to - from), (from + to) / 2, from + 0.8 * (to - from)]) {
        expect(darkNear(px(x + dx * t), px(pageH - y)), `horizontal mark at corner ${i},${j}`).toBe(true);
        expect(darkNear(px(x), px(pageH - (y + dy * t))), `vertical mark at corner ${i},${j}`).toBe(true);
      }
      found += 2;
      // Both ends on the page.
      expect(x + dx * to).toBeGreaterThanOrEqual(-0.01);
      expect(x + dx * to).toBeLessThanOrEqual(boxes.media.width + 0.01);
    }
  }
  expect(found).toBe(8);
  // Outside the BleedBox only the marks are dark, and they lie on the trim lines.
  const onTrimLine = (x: number, y: number) => xs.some((t) => Math.abs(px(t) - x) <= 1.5) || ys.some((t) => Math.abs(px(pageH - t) - y) <= 1.5);
  let stray = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const inBleed = x >= px(bleed.x) - 1 && x <= px(bleed.x + bleed.width) + 1 && y >= px(pageH - bleed.y - bleed.height) - 1 && y <= px(pageH - bleed.y) + 1;
      if (!inBleed && data[y * width + x]! < 128 && !onTrimLine(x, y)) stray += 1;
    }
  }
  expect(stray).toBe(0);
}

describe('print-shop posters at every size and frame', () => {
  const cases: { name: string; size: SizeMm; frame: PosterFrame; bleed: number; marks: boolean; set: RuleSetVersion }[] = [
    { name: 'a0-classic-1665', size: paperSize('A0'), frame: 'classic', bleed: 3, marks: true, set: qd1665 },
    { name: 'a1-traditional-namkhong', size: paperSize('A1'), frame: 'traditional', bleed: 3, marks: false, set: namKhong },
    { name: 'a2-modern-1665', size: paperSize('A2'), frame: 'modern', bleed: 5, marks: true, set: qd1665 },
    { name: 'a3-landscape-classic-1665', size: paperSize('A3', true), frame: 'classic', bleed: 3, marks: true, set: qd1665 },
    { name: 'a4-traditional-1665', size: paperSize('A4'), frame: 'traditional', bleed: 2, marks: false, set: qd1665 },
    { name: 'a4-landscape-modern-namkhong', size: paperSize('A4', true), frame: 'modern', bleed: 3, marks: true, set: namKhong },
    { name: 'custom-500x700-classic-namkhong', size: { width: 500, height: 700 }, frame: 'classic', bleed: 0, marks: true, set: namKhong },
    { name: 'a1-modern-namkhong-marks', size: paperSize('A1'), frame: 'modern', bleed: 3, marks: true, set: namKhong },
  ];
  it.each(cases)('$name: trim + 2 × bleed, boxes set, fonts embedded, rules verbatim', async ({ name, size, frame, bleed, marks, set }) => {
    const content = contentOf(set);
    const file = await make(name, content, frame, { kind: 'print', size, bleedMm: bleed, hasCropMarks: marks });
    expect(pageCount(file)).toBe(1);
    const [boxes] = pageBoxes(file, 1);
    const geometry = printGeometry(size, bleed, marks);
    near(boxes!.bleed.width, mmToPt(size.width + 2 * bleed));
    near(boxes!.bleed.height, mmToPt(size.height + 2 * bleed));
    near(boxes!.trim.width, mmToPt(size.width));
    near(boxes!.trim.height, mmToPt(size.height));
    near(boxes!.trim.x - boxes!.bleed.x, mmToPt(bleed));
    near(boxes!.media.width, mmToPt(geometry.media.width));
    if (!marks) near(boxes!.media.width, boxes!.bleed.width);
    expectVerbatim(file, content, set);
    if (marks) expectCropMarks(file, boxes!, bleed, size.width > 500 ? 24 : 48);
    expect(textOf(file)).not.toMatch(/["']/);
    renderPng(file, path.join(OUT, name), size.width > 500 ? 12 : 30);
  });
});

describe('the excerpt of QĐ 1665', () => {
  it('says plainly that only the articles with official text are printed, and prints chosen articles only', async () => {
    const whole = contentOf(qd1665);
    const file = await make('a3-excerpt-1665', whole, 'classic', { kind: 'print', size: paperSize('A3'), bleedMm: 3, hasCropMarks: false });
    expect(textOf(file)).toContain('Trích — chỉ gồm các điều đã có văn bản chính thức');
    const chosen = contentOf(qd1665, ['1', '2']);
    const chosenFile = await make('a4-articles-1-2', chosen, 'modern', { kind: 'print', size: paperSize('A4'), bleedMm: 3, hasCropMarks: false });
    const text = textOf(chosenFile);
    expect(text).toContain('TRÍCH QUY TẮC ỨNG XỬ');
    expect(text).toContain('Điều 2.');
    expect(text).not.toContain('Điều 3.');
    expectVerbatim(chosenFile, chosen, qd1665);
  });
});

describe('home-printer tiles', () => {
  it.each([
    { poster: 'A1' as const, sheet: 'A4' as const, overlap: 10 },
    { poster: 'A0' as const, sheet: 'A3' as const, overlap: 15 },
  ])('$poster on $sheet sheets at 100 % with $overlap mm overlap cover the whole poster', async ({ poster, sheet, overlap }) => {
    const size = paperSize(poster);
    const content = contentOf(namKhong);
    const file = await make(`tiles-${poster}-${sheet}`, content, 'traditional', { kind: 'tiles', size, sheet, overlapMm: overlap });
    const plan = planTiles(size, sheet, overlap);
    const pages = pageCount(file);
    expect(pages).toBe(plan.tiles.length + 1);
    for (const boxes of pageBoxes(file, pages)) {
      near(boxes.media.width, mmToPt(plan.sheet.width));
      near(boxes.media.height, mmToPt(plan.sheet.height));
    }
    const first = textOf(file, 1);
    expect(first).toContain('100 %');
    expect(first).toContain('không chọn “Vừa trang” (Fit to page)');
    // Where each sheet puts the poster, read from its content stream: clip rectangle and translation.
    const pdf = await loadPdfFile(file);
    const covered = plan.tiles.map((tile) => {
      const ops = contentText(pdf.getPage(tile.index));
      const clip = /([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re\s+W\s+n/.exec(ops)!.slice(1).map(Number) as [number, number, number, number];
      const matrices = [...ops.slice(ops.indexOf(' re')).matchAll(/([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) cm/g)].map((m) => m.slice(1).map(Number));
      const scaleX = matrices.reduce((s, m) => s * m[0]!, 1);
      expect(scaleX).toBeCloseTo(1, 6);
      const tx = matrices.reduce((s, m) => s + m[4]!, 0);
      const ty = matrices.reduce((s, m) => s + m[5]!, 0);
      const x = (clip[0] - tx) / mmToPt(1);
      const top = size.height - (clip[1] + clip[3] - ty) / mmToPt(1);
      expect(textOf(file, tile.index + 1)).toContain(`Tờ ${tile.index}/${plan.tiles.length} — hàng ${tile.row}, cột ${tile.column}`);
      return { ...tile, x, y: top, width: clip[2] / mmToPt(1), height: clip[3] / mmToPt(1) };
    });
    for (let x = 0; x <= size.width; x += 7) {
      for (let y = 0; y <= size.height; y += 7) {
        expect(covered.some((c) => x >= c.x - 0.01 && x <= c.x + c.width + 0.01 && y >= c.y - 0.01 && y <= c.y + c.height + 0.01), `${x},${y}`).toBe(true);
      }
    }
    for (const a of covered) {
      const right = covered.find((b) => b.row === a.row && b.column === a.column + 1);
      const below = covered.find((b) => b.column === a.column && b.row === a.row + 1);
      if (right) expect(a.x + a.width - right.x).toBeCloseTo(overlap, 2);
      if (below) expect(a.y + a.height - below.y).toBeCloseTo(overlap, 2);
    }
    renderPng(file, path.join(OUT, `tiles-${poster}-${sheet}-map`), 30, 1);
    renderPng(file, path.join(OUT, `tiles-${poster}-${sheet}-sheet2`), 30, 3);
  });
});

/** Nothing printed within DESK.marginMm of the sheet's edges (the fold line of a tent card aside). */
function expectPrintableMargin(file: string, page: number, foldY: number | null): void {
  const dpi = 40;
  const { width, height, data } = greyPixels(file, page, dpi);
  const margin = Math.floor((mmToPt(10) * dpi) / 72) - 1;
  let inked = 0;
  for (let y = 0; y < height; y += 1) {
    if (foldY !== null && Math.abs(y - (foldY * dpi) / 72) <= 2) continue;
    for (let x = 0; x < width; x += 1) {
      const inMargin = x < margin || y < margin || x >= width - margin || y >= height - margin || (foldY !== null && Math.abs(y - (foldY * dpi) / 72) < margin);
      if (inMargin && data[y * width + x]! < 245) inked += 1;
    }
  }
  expect(inked, `inked pixels within 10 mm of an edge on page ${page}`).toBe(0);
}

/**
 * The printed body: the median box of the words that occur only in the rules' items and paragraphs
 * (not in the title, header or footer), pt. A 14 pt serif gives boxes of about 16–19 pt.
 */
function bodyBoxHeight(file: string, page: number, content: PosterContent): number {
  const wordsOf = (text: string) => text.split(/\s+/).map((w) => w.replace(/[.,;:()“”]/g, '')).filter((w) => w.length > 3);
  const chrome = new Set(wordsOf([content.title, content.subtitle ?? '', content.sourceLine, content.excerptNote ?? '', 'ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc'].join(' ')).flatMap((w) => [w, w.toLocaleUpperCase('vi')]));
  const body = new Set(content.blocks.filter((b) => b.kind === 'item' || b.kind === 'paragraph').flatMap((b) => wordsOf(typographicQuotes(b.text))).filter((w) => !chrome.has(w)));
  const heights = wordBoxes(file, page).filter((w) => body.has(w.text.replace(/[.,;:()“”]/g, ''))).map((w) => w.yMax - w.yMin);
  expect(heights.length, `body words on page ${page}`).toBeGreaterThan(5);
  return median(heights);
}

describe('desk stands', () => {
  it('splits QĐ 1665 over several tent cards rather than shrink it: body at least 14 pt, frames 10 mm inside the sheet', async () => {
    const content = contentOf(qd1665);
    const file = await make('desk-tent-1665', content, 'classic', { kind: 'deskTent' });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      const boxes = pageBoxes(file, pages)[page - 1]!;
      near(boxes.media.width, mmToPt(210));
      near(boxes.media.height, mmToPt(297));
      // Both faces carry the same words (front upright, back turned over).
      const words = wordBoxes(file, page).filter((w) => w.text.length > 3);
      expect(words.length).toBeGreaterThan(20);
      expect(bodyBoxHeight(file, page, content)).toBeGreaterThanOrEqual(14);
      expect(textOf(file, page)).toContain(`thẻ ${page}/${pages}`);
      expectPrintableMargin(file, page, mmToPt(297) / 2);
    }
    // Every verified rule of the excerpt is on some card.
    const all = textOf(file);
    for (const block of content.blocks) if (block.kind === 'item') expect(all).toContain(oneLine(block.text));
    renderPng(file, path.join(OUT, 'desk-tent-1665'), 30, 1);
  });

  it('prints the tent card on A4 with the back face turned 180° above the fold', async () => {
    const content = contentOf(namKhong);
    const file = await make('desk-tent', content, 'classic', { kind: 'deskTent' });
    const [boxes] = pageBoxes(file, 1);
    near(boxes!.media.width, mmToPt(210));
    near(boxes!.media.height, mmToPt(297));
    expectVerbatim(file, content, namKhong);
    expect(bodyBoxHeight(file, 1, content)).toBeGreaterThanOrEqual(14);
    const { width, height, data } = greyPixels(file, 1, 60);
    // Compare 10 × 10 px block averages (the halves are not aligned to whole pixels).
    const block = 10;
    const mean = (x0: number, y0: number) => {
      let sum = 0;
      for (let y = y0; y < y0 + block; y += 1) for (let x = x0; x < x0 + block; x += 1) sum += data[y * width + x]!;
      return sum / (block * block);
    };
    const half = Math.floor(height / 2);
    let same = 0;
    let mirrored = 0;
    for (let y = 4; y + block < half - 4; y += block) {
      for (let x = 0; x + block <= width; x += block) {
        const top = mean(x, y);
        same += Math.abs(top - mean(width - block - x, height - block - y));
        mirrored += Math.abs(top - mean(x, y + (height - half)));
      }
    }
    // The top half is the bottom half turned over, not an upright copy of it.
    expect(same).toBeLessThan(mirrored / 2);
    renderPng(file, path.join(OUT, 'desk-tent'), 40);
  });

  it('prints the flat A5 card at 14 pt or more, 10 mm inside the sheet', async () => {
    const content = contentOf(namKhong);
    const file = await make('desk-a5', content, 'modern', { kind: 'deskA5', isLandscape: false });
    const pages = pageCount(file);
    for (const boxes of pageBoxes(file, pages)) {
      near(boxes.trim.width, mmToPt(148));
      near(boxes.trim.height, mmToPt(210));
    }
    expectVerbatim(file, content, namKhong);
    for (let page = 1; page <= pages; page += 1) {
      expect(bodyBoxHeight(file, page, content)).toBeGreaterThanOrEqual(14);
      expectPrintableMargin(file, page, null);
    }
    renderPng(file, path.join(OUT, 'desk-a5'), 40);
  });
});
