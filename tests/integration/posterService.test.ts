/**
 * The poster studio through its doors: the service refuses what has no official text, asks before
 * printing an excerpt, offers Times New Roman only when the PC has it; the CLI writes the file.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/services/session';
import { createPosterHandlers } from '../../electron/services/posterHandlers';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { posterRequest } from '../../shared/api/posterContract';
import { fonts, pageBoxes, textOf } from '../fixtures/poster/readPdf';
import { mmToPt } from '../../shared/domain/posterSizes';
import { runCli, repoRoot } from './cliHelpers';
import { tempFolder } from './helpers';

const fontsDir = path.join(repoRoot, 'resources', 'fonts');
const rulesDir = path.join(repoRoot, 'resources', 'rules');

async function openWard(systemFontDirs: string[] = []) {
  const folder = await tempFolder('poster');
  const session = new Session(folder, { app: 'test', now: () => new Date('2026-03-02T08:00:00+07:00') });
  await session.open();
  await session.store.updateMeta((meta) => {
    meta.ward.name = 'Phường Ba Đình';
  });
  return { session, handlers: { ...createHandlers(session), ...createPosterHandlers(session, { fontsDir, rulesDir, systemFontDirs }) } };
}

describe('poster service', () => {
  it('refuses QĐ 522 (no article has official text) and its motto (only quoted by the press)', async () => {
    const { session, handlers } = await openWard();
    const plan = await handlers.planPoster(posterRequest.parse({ ruleSetId: 'qd-522-2017' }));
    expect(plan.refusal).toContain('chưa có nội dung nào đã đối chiếu');
    const made = await dispatch(handlers, 'makePoster', { ruleSetId: 'qd-522-2017' });
    expect(made).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const motto = await dispatch(handlers, 'makePoster', { ruleSetId: 'qd-522-2017', source: 'motto' });
    expect(motto.ok).toBe(false);
    if (!motto.ok) expect(motto.error.message).toContain('chưa đối chiếu với văn bản chính thức');
    await session.close();
  });

  it('asks before printing the excerpt of QĐ 1665, then prints only the verified parts with the ward name', async () => {
    const { session, handlers } = await openWard();
    const plan = await handlers.planPoster(posterRequest.parse({ ruleSetId: 'qd-1665-2017' }));
    expect(plan).toMatchObject({ needsConsent: true, isExcerpt: true, refusal: null });
    expect(plan.omitted).toContain('Điều 4');
    expect(plan.omitted).toContain('Điều 3 · Không nên làm 7');
    const refused = await dispatch(handlers, 'makePoster', { ruleSetId: 'qd-1665-2017' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Neither bleed nor crop marks asked for: the page is the A3 sheet itself.
    const made = await dispatch(handlers, 'makePoster', { ruleSetId: 'qd-1665-2017', acceptExcerpt: true, paper: 'A3' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.data.fileName).toBe('bang-niem-yet-qd-1665-2017-a3-nha-in.pdf');
    const file = path.join(await tempFolder('poster-out'), made.data.fileName);
    (await import('node:fs')).writeFileSync(file, Buffer.from(made.data.dataBase64, 'base64'));
    expect(textOf(file)).toContain('UBND PHƯỜNG BA ĐÌNH');
    const [boxes] = pageBoxes(file, 1);
    expect(boxes!.media.width).toBeCloseTo(mmToPt(297), 1);
    expect(boxes!.media.height).toBeCloseTo(mmToPt(420), 1);
    expect(boxes!.trim).toEqual(boxes!.media);
    await session.close();
  });

  it('offers Times New Roman only when the PC has its four files, and embeds it', async () => {
    const without = await openWard();
    expect((await without.handlers.listPosterFonts({})).fonts).toEqual(['serif', 'sans']);
    const made = await dispatch(without.handlers, 'makePoster', { ruleSetId: 'nam-khong-2019', font: 'times' });
    expect(made).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await without.session.close();
    // A stand-in for C:\Windows\Fonts: Times New Roman's file names (the glyphs are Noto's).
    const winFonts = await tempFolder('winfonts');
    for (const [name, source] of [['times.ttf', 'Regular'], ['timesbd.ttf', 'Bold'], ['timesi.ttf', 'Italic'], ['TIMESBI.TTF', 'BoldItalic']] as const) {
      copyFileSync(path.join(fontsDir, 'NotoSerif', `NotoSerif-${source}.ttf`), path.join(winFonts, name));
    }
    const withTimes = await openWard([path.join(winFonts, 'missing'), winFonts]);
    expect((await withTimes.handlers.listPosterFonts({})).fonts).toContain('times');
    const ok = await dispatch(withTimes.handlers, 'makePoster', { ruleSetId: 'nam-khong-2019', font: 'times', paper: 'A4' });
    expect(ok.ok).toBe(true);
    await withTimes.session.close();
  });
});

describe('ward-conduct poster', () => {
  it('writes an A4 tent card, an A3 print-shop poster with crop marks and A1 tiles; refuses a bad article list', async () => {
    const root = await tempFolder('poster-cli');
    const data = path.join(root, 'data');
    expect((await runCli(['--data', data, 'init', '--ward', 'Phường Hoàn Kiếm'])).code).toBe(0);
    const tent = path.join(root, 'tent.pdf');
    const r1 = await runCli(['--data', data, 'poster', '--rules', 'nam-khong-2019', '--size', 'desk-tent', '--out', tent]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(pageBoxes(tent, 1)[0]!.media.height).toBeCloseTo(mmToPt(297), 1);
    const a3 = path.join(root, 'a3.pdf');
    const r2 = await runCli(['--data', data, 'poster', '--rules', 'qd-1665-2017', '--articles', '1,2', '--size', 'A3', '--landscape', '--frame', 'traditional', '--bleed', '5', '--crop-marks', '--out', a3]);
    expect(r2.code, r2.stderr).toBe(0);
    const [boxes] = pageBoxes(a3, 1);
    expect(boxes!.bleed.width).toBeCloseTo(mmToPt(420 + 10), 1);
    expect(boxes!.media.width).toBeGreaterThan(boxes!.bleed.width);
    expect(fonts(a3).every((f) => f.isEmbedded)).toBe(true);
    const tiles = path.join(root, 'tiles.pdf');
    const r3 = await runCli(['--data', data, 'poster', '--rules', 'nam-khong-2019', '--size', 'A1', '--tile', 'A4', '--overlap', '12', '--out', tiles, '--json']);
    expect(r3.code, r3.stderr).toBe(0);
    expect(JSON.parse(r3.stdout)).toMatchObject({ ok: true, data: { pages: 16 } });
    expect(readFileSync(tiles).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await runCli(['--data', data, 'poster', '--rules', 'qd-1665-2017', '--articles', '3-x', '--size', 'A2', '--out', path.join(root, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Danh sách điều không hợp lệ');
    const excerpt = await runCli(['--data', data, 'poster', '--rules', 'qd-1665-2017', '--size', 'A2', '--out', path.join(root, 'y.pdf')]);
    expect(excerpt.code).toBe(2);
    expect(excerpt.stderr).toContain('--verified-only');
  });
});

describe('the ward’s logo on a poster', () => {
  it('prints the chosen PNG above the ward name, and refuses a file that is not PNG or JPEG', async () => {
    const { session, handlers } = await openWard();
    // A 2×2 red PNG, made here so the test needs no fixture file.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==';
    const made = await dispatch(handlers, 'makePoster', { ruleSetId: 'nam-khong-2019', paper: 'A4', logo: { dataBase64: png, type: 'image/png' } });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const file = path.join(session.dataFolder, 'logo-poster.pdf');
    (await import('node:fs')).writeFileSync(file, Buffer.from(made.data.dataBase64, 'base64'));
    const images = (await import('node:child_process')).execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\s2\s+2\s+rgb/);
    const without = await dispatch(handlers, 'makePoster', { ruleSetId: 'nam-khong-2019', paper: 'A4' });
    expect(without.ok && without.data.dataBase64.length).toBeLessThan(made.data.dataBase64.length);
    const bad = await dispatch(handlers, 'makePoster', { ruleSetId: 'nam-khong-2019', paper: 'A4', logo: { dataBase64: png, type: 'image/gif' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Biểu trưng phải là ảnh PNG hoặc JPEG' } });
    const broken = await dispatch(handlers, 'makePoster', { ruleSetId: 'nam-khong-2019', paper: 'A4', logo: { dataBase64: png.slice(0, 40), type: 'image/png' } });
    expect(broken).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Ảnh biểu trưng bị hỏng hoặc không đọc được; hãy chọn ảnh PNG hoặc JPEG khác.' } });
    await session.close();
  });
});
