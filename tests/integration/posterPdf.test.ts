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
import { contentText, fonts, greyPixels, loadPdfFile, pageBoxes, pageCount, renderPng, textOf } from '../fixtures/poster/readPdf';
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

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
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

describe('print-shop posters at every size and frame', () => {
  const cases: { name: string; size: SizeMm; frame: PosterFrame; bleed: number; marks: boolean; set: RuleSetVersion }[] = [
    { name: 'a0-classic-1665', size: paperSize('A0'), frame: 'classic', bleed: 3, marks: true, set: qd1665 },
    { name: 'a1-traditional-namkhong', size: paperSize('A1'), frame: 'traditional', bleed: 3, marks: false, set: namKhong },
    { name: 'a2-modern-1665', size: paperSize('A2'), frame: 'modern', bleed: 5, marks: true, set: qd1665 },
    { name: 'a3-landscape-classic-1665', size: paperSize('A3', true), frame: 'classic', bleed: 3, marks: true, set: qd1665 },
    { name: 'a4-traditional-1665', size: paperSize('A4'), frame: 'traditional', bleed: 2, marks: false, set: qd1665 },
    { name: 'a4-landscape-modern-namkhong', size: paperSize('A4', true), frame: 'modern', bleed: 3, marks: true, set: namKhong },
    { name: 'custom-500x700-classic-namkhong', size: { width: 500, height: 700 }, frame: 'classic', bleed: 0, marks: false, set: namKhong },
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
    expect(first).toContain('không chọn "Vừa trang" (Fit to page)');
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

describe('desk stands', () => {
  it('prints the tent card on A4 with the back face turned 180° above the fold', async () => {
    const content = contentOf(namKhong);
    const file = await make('desk-tent', content, 'classic', { kind: 'deskTent' });
    const [boxes] = pageBoxes(file, 1);
    near(boxes!.media.width, mmToPt(210));
    near(boxes!.media.height, mmToPt(297));
    expectVerbatim(file, content, namKhong);
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

  it('prints the flat A5 card', async () => {
    const content = contentOf(namKhong);
    const file = await make('desk-a5', content, 'modern', { kind: 'deskA5', isLandscape: false });
    const [boxes] = pageBoxes(file, 1);
    near(boxes!.trim.width, mmToPt(148));
    near(boxes!.trim.height, mmToPt(210));
    expectVerbatim(file, content, namKhong);
    renderPng(file, path.join(OUT, 'desk-a5'), 40);
  });
});
