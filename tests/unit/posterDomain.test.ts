/** Poster maths and content, pure: sizes, tiling, what may be printed, fitting, the docDefinition. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCERPT_NOTE, parseArticleList, posterContent, type PosterContent } from '../../shared/domain/posterContent';
import { balanceColumns, fitPoster, paraHeight, type FontMeasurer } from '../../shared/domain/posterFit';
import { mmToPt, paperSize, planTiles, printGeometry, tileLabel } from '../../shared/domain/posterSizes';
import { THEMES } from '../../shared/domain/posterThemes';
import { ruleSetVersionSchema, type RuleSetVersion } from '../../shared/schema/ruleSet';
import { contentInsets, frameSvg } from '../../electron/documents/pdf/poster/frames';
import { posterDocDefinition } from '../../electron/documents/pdf/poster/posterDoc';

const rules = (id: string): RuleSetVersion =>
  ruleSetVersionSchema.parse(JSON.parse(readFileSync(path.resolve('resources/rules', `${id}.v1.json`), 'utf8')));

/** Every character half an em wide: enough to test the fitting logic without fonts. */
const halfEm: FontMeasurer = { width: (text) => text.length * 0.5, lineHeight: () => 1.3 };

function ok(result: ReturnType<typeof posterContent>): PosterContent {
  if (!result.ok) throw new Error(result.message);
  return result.content;
}

describe('poster sizes', () => {
  it('knows the A sizes, turns them for landscape and adds bleed and slug to the page', () => {
    expect(paperSize('A0')).toEqual({ width: 841, height: 1189 });
    expect(paperSize('A3', true)).toEqual({ width: 420, height: 297 });
    expect(printGeometry(paperSize('A2'), 3, false).media).toEqual({ width: 426, height: 600 });
    const marked = printGeometry(paperSize('A2'), 3, true);
    expect(marked.media.width).toBe(426 + 2 * marked.slugMm);
    expect(mmToPt(25.4)).toBeCloseTo(72, 10);
  });

  it('tiles an A0 onto the fewest A4 sheets, each overlapping its neighbour by exactly the overlap', () => {
    const plan = planTiles(paperSize('A0'), 'A4', 10);
    const usableW = plan.sheet.width - 2 * plan.marginMm;
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    const last = plan.tiles[plan.tiles.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(841, 6);
    expect(last.y + last.height).toBeCloseTo(1189, 6);
    const [a, b] = plan.tiles;
    expect(a!.x + a!.width - b!.x).toBeCloseTo(10, 6);
    expect(a!.width).toBeCloseTo(usableW, 6);
    const other = planTiles(paperSize('A0'), 'A4', 10, plan.marginMm);
    expect(other.tiles.length).toBeLessThanOrEqual(plan.tiles.length);
    expect(tileLabel(plan.tiles[plan.columns]!, plan.tiles.length)).toBe(`Tờ ${plan.columns + 1}/${plan.tiles.length} — hàng 2, cột 1`);
    expect(() => planTiles(paperSize('A1'), 'A4', 200)).toThrow(RangeError);
  });
});

describe('what a poster may print', () => {
  it('prints "Năm không" whole, five items, not as an excerpt', () => {
    const content = ok(posterContent(rules('nam-khong-2019'), { kind: 'ruleSet' }));
    expect(content.isExcerpt).toBe(false);
    expect(content.blocks.filter((b) => b.kind === 'item')).toHaveLength(5);
    expect(content.sourceLine).toBe('Tổng Liên đoàn Lao động Việt Nam phát động ngày 24/7/2019');
    expect(content.subtitle).toBe('(Cuộc vận động "Năm không")');
  });

  it('leaves out gaps and unverified items of QĐ 1665 and says so under a "Trích" title', () => {
    const set = rules('qd-1665-2017');
    const content = ok(posterContent(set, { kind: 'ruleSet' }));
    expect(content.title.startsWith('Trích Quy tắc ứng xử nơi công cộng')).toBe(true);
    expect(content.excerptNote).toBe(EXCERPT_NOTE);
    expect(content.printed).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(content.omitted).toEqual(expect.arrayContaining(['Điều 3 · Không nên làm 7', 'Điều 4', 'Điều 6', 'Điều 14']));
    const unverified = set.nodes[1]!.children[0]!.children[1]!.children[6]!;
    expect(unverified.verified).toBe(false);
    expect(content.blocks.some((b) => b.text === unverified.text)).toBe(false);
    expect(content.sourceLine).toBe('Ban hành kèm theo Quyết định số 1665/QĐ-UBND ngày 10/3/2017 của UBND thành phố Hà Nội');
  });

  it('prints chosen articles as "Trích" without the excerpt warning when all of them are verified', () => {
    const content = ok(posterContent(rules('qd-1665-2017'), { kind: 'ruleSet', articles: ['1', '2'] }));
    expect(content).toMatchObject({ isExcerpt: true, omitted: [], printed: ['Điều 1', 'Điều 2'] });
    expect(content.excerptNote).toBeUndefined();
    expect(posterContent(rules('qd-1665-2017'), { kind: 'ruleSet', articles: ['15'] })).toMatchObject({ ok: false, message: 'QĐ 1665 không có Điều 15.' });
    expect(posterContent(rules('qd-1665-2017'), { kind: 'ruleSet', articles: ['4', '5'] }).ok).toBe(false);
  });

  it('refuses QĐ 522 and its press-quoted motto', () => {
    const set = rules('qd-522-2017');
    expect(posterContent(set, { kind: 'ruleSet' }).ok).toBe(false);
    expect(posterContent(set, { kind: 'motto' }).ok).toBe(false);
    const verifiedMotto = { ...set, motto: { ...set.motto!, verified: true } };
    expect(ok(posterContent(verifiedMotto, { kind: 'motto' })).blocks.map((b) => b.text)).toEqual(['Kỷ cương', 'Trách nhiệm', 'Tận tình', 'Thân thiện']);
  });

  it('reads article lists like 1,3-6', () => {
    expect(parseArticleList('1,3-6')).toEqual(['1', '3', '4', '5', '6']);
    expect(parseArticleList(' 2 , 2 ')).toEqual(['2']);
    expect(parseArticleList('3-x')).toBeNull();
    expect(parseArticleList('6-3')).toBeNull();
  });
});

describe('fitting the text to the frame', () => {
  const target = (width: number, height: number) => ({ wardName: 'Phường Hoàn Kiếm', hasNationalHeader: true, hasLogo: false, contentWidth: width, contentHeight: height });

  it('fills the frame: the chosen size fits, 5 % larger would not, and longer text gets smaller type', () => {
    const short = ok(posterContent(rules('nam-khong-2019'), { kind: 'ruleSet' }));
    const long = ok(posterContent(rules('qd-1665-2017'), { kind: 'ruleSet' }));
    const fitLong = fitPoster(long, target(1000, 1500), halfEm);
    expect(fitLong.spare).toBeGreaterThanOrEqual(0);
    const larger = fitLong.spec.bodySize * 1.05;
    expect(() => fitPoster(long, target(1000, 1500), halfEm, { minSize: larger, maxSize: larger })).toThrow(RangeError);
    const fitShort = fitPoster(short, target(1000, 1500), halfEm);
    expect(fitShort.spec.bodySize).toBeGreaterThan(fitLong.spec.bodySize);
    expect(() => fitPoster(long, target(200, 150), halfEm)).toThrow();
  });

  it('keeps a heading with the text after it when splitting into columns', () => {
    const { columns } = balanceColumns([10, 40, 10, 40], [0, 0, 0, 0], 2, [false, false, true, false]);
    expect(columns).toEqual([[0, 1], [2, 3]]);
    const para = { role: 'item' as const, runs: [{ text: 'một hai ba bốn năm sáu' }], fontSize: 10, lineHeight: 1, alignment: 'left' as const, margin: [0, 2, 0, 3] as [number, number, number, number] };
    expect(paraHeight(para, 1000, halfEm)).toBeCloseTo(13 + 5, 6);
    // "một hai ba " fills 55 of 60 pt; "bốn năm sáu" goes to a second line.
    expect(paraHeight(para, 60, halfEm)).toBeCloseTo(2 * 13 + 5, 6);
  });
});

describe('the poster docDefinition', () => {
  it('is one page of trim + bleed, with the frame inside the trim and the background into the bleed', () => {
    const content = ok(posterContent(rules('nam-khong-2019'), { kind: 'ruleSet' }));
    const [w, h, bleed] = [mmToPt(420), mmToPt(594), mmToPt(3)];
    const insets = contentInsets('classic', w, h);
    const fit = fitPoster(content, { wardName: 'Phường Hoàn Kiếm', hasNationalHeader: false, hasLogo: false, contentWidth: w - insets.left - insets.right, contentHeight: h - insets.top - insets.bottom }, halfEm);
    const doc = posterDocDefinition({ content, fit, design: { frame: 'classic', colours: THEMES.red, fontFamily: 'NotoSerif' }, page: { trimWidth: w, trimHeight: h, bleed, insets } });
    expect(doc.pageSize).toEqual({ width: w + 2 * bleed, height: h + 2 * bleed });
    expect(doc.pageMargins).toEqual([bleed + insets.left, bleed + insets.top, bleed + insets.right, bleed + insets.bottom]);
    const json = JSON.stringify(doc.content);
    expect(json).toContain('Không tham nhũng, lãng phí, lợi ích nhóm;');
    expect(json.normalize('NFC')).toBe(json);
    expect(json).not.toContain('CỘNG HÒA XÃ HỘI');
    const svg = frameSvg({ frame: 'classic', colours: THEMES.red, trimWidth: w, trimHeight: h, bleed });
    expect(svg).toContain(`width="${Math.round((w + 2 * bleed) * 100) / 100}"`);
    expect(svg).toContain(`<rect x="0" y="0"`);
    expect(svg).toContain(THEMES.red.accent);
  });
});
