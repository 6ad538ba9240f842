/**
 * The poster studio: what a rule set allows to be printed (only verified wording), and the PDF in
 * the chosen size, frame and output. Fonts come from resources/fonts; Times New Roman from the PC.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import type { PosterFile, PosterPlanView, PosterRequest } from '../../shared/api/posterContract';
import { posterContent, type PosterContent } from '../../shared/domain/posterContent';
import { PosterOverflowError } from '../../shared/domain/posterFit';
import { paperSize, type SizeMm } from '../../shared/domain/posterSizes';
import { defaultFontFor, type PosterFont } from '../../shared/domain/posterThemes';
import type { PosterOutput } from '../documents/pdf/poster/posterOutputs';
import type { FontSource } from '../documents/pdf/poster/renderPoster';
import { getRuleSet } from './ruleService';
import type { Session } from './session';

export interface PosterDeps {
  session: Session;
  rulesDir: string;
  fontsDir: string;
  /** Folders to look for Times New Roman in (C:\Windows\Fonts on Windows). */
  systemFontDirs: string[];
}

const TIMES_FILES = { normal: 'times.ttf', bold: 'timesbd.ttf', italics: 'timesi.ttf', bolditalics: 'timesbi.ttf' } as const;

export function defaultSystemFontDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.WINDIR ? path.join(env.WINDIR, 'Fonts') : 'C:\\Windows\\Fonts', '/usr/share/fonts/truetype/msttcorefonts'];
}

/** Times New Roman's four TTF files, when the PC has all of them. */
export function findTimesNewRoman(dirs: string[]): FontSource['times'] {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const names = new Map(readdirSync(dir).map((name) => [name.toLowerCase(), name] as const));
    const files = Object.entries(TIMES_FILES).map(([style, file]) => [style, names.get(file)] as const);
    if (files.every(([, name]) => name)) return Object.fromEntries(files.map(([style, name]) => [style, path.join(dir, name!)])) as FontSource['times'];
  }
  return undefined;
}

export function listPosterFonts(deps: PosterDeps): PosterFont[] {
  return findTimesNewRoman(deps.systemFontDirs) ? ['serif', 'sans', 'times'] : ['serif', 'sans'];
}

async function contentFor(deps: PosterDeps, request: PosterRequest): Promise<{ content: PosterContent | null; refusal: string | null }> {
  const { ruleSet } = await getRuleSet({ session: deps.session, rulesDir: deps.rulesDir }, request.ruleSetId, request.version);
  const result = posterContent(ruleSet, { kind: request.source, articles: request.articles });
  return result.ok ? { content: result.content, refusal: null } : { content: null, refusal: result.message };
}

export async function planPoster(deps: PosterDeps, request: PosterRequest): Promise<PosterPlanView> {
  const { content, refusal } = await contentFor(deps, request);
  if (!content) return { title: '', isExcerpt: false, printed: [], omitted: [], needsConsent: false, refusal };
  return { title: content.title, isExcerpt: content.isExcerpt, printed: content.printed, omitted: content.omitted, needsConsent: content.omitted.length > 0 && !request.acceptExcerpt, refusal: null };
}

function trimSize(request: PosterRequest): SizeMm {
  if (request.paper === 'custom') {
    const { width, height } = request.customSize!;
    return request.isLandscape ? { width: Math.max(width, height), height: Math.min(width, height) } : { width, height };
  }
  return paperSize(request.paper, request.isLandscape);
}

function outputOf(request: PosterRequest): PosterOutput {
  switch (request.output) {
    case 'print':
      return { kind: 'print', size: trimSize(request), bleedMm: request.bleedMm, hasCropMarks: request.hasCropMarks };
    case 'tiles':
      return { kind: 'tiles', size: trimSize(request), sheet: request.tileSheet, overlapMm: request.overlapMm };
    case 'deskTent':
      return { kind: 'deskTent' };
    case 'deskA5':
      return { kind: 'deskA5', isLandscape: request.isLandscape };
  }
}

function fileNameOf(request: PosterRequest): string {
  const size = request.output === 'deskTent' ? 'de-ban-gap-doi' : request.output === 'deskA5' ? 'de-ban-a5' : request.paper === 'custom' ? `${request.customSize!.width}x${request.customSize!.height}mm` : request.paper.toLowerCase();
  const extra = request.output === 'tiles' ? `-ghep-${request.tileSheet.toLowerCase()}` : request.output === 'print' ? '-nha-in' : '';
  return `bang-niem-yet-${request.source === 'motto' ? 'phuong-cham' : request.ruleSetId}-${size}${extra}.pdf`;
}

export async function makePoster(deps: PosterDeps, request: PosterRequest): Promise<PosterFile & { bytes: Uint8Array }> {
  const { content, refusal } = await contentFor(deps, request);
  if (!content) throw new ServiceError('INVALID_INPUT', refusal ?? undefined);
  if (content.omitted.length > 0 && !request.acceptExcerpt) {
    throw new ServiceError(
      'CONFLICT',
      `Các phần sau chưa có văn bản chính thức nên sẽ không được in: ${content.omitted.join('; ')}. Bảng niêm yết sẽ ghi rõ "Trích — chỉ gồm các điều đã có văn bản chính thức". Hãy xác nhận in bản trích.`,
    );
  }
  const font = request.font ?? defaultFontFor(request.frame);
  const times = findTimesNewRoman(deps.systemFontDirs);
  if (font === 'times' && !times) throw new ServiceError('INVALID_INPUT', 'Máy tính này không có phông Times New Roman; hãy chọn Noto Serif hoặc Roboto.');
  const wardName = deps.session.store.meta.ward.name || 'Phường';
  const style = {
    frame: request.frame,
    theme: request.theme,
    font,
    wardName,
    hasNationalHeader: request.hasNationalHeader,
    ...(request.logo ? { logoDataUrl: `data:${request.logo.type};base64,${request.logo.dataBase64}` } : {}),
  };
  try {
    // pdf-lib and the poster layout are loaded by the first poster, not at start.
    const { makePosterPdf } = await import('../documents/pdf/poster/posterOutputs');
    const out = await makePosterPdf(content, style, { fontsDir: deps.fontsDir, ...(times ? { times } : {}) }, outputOf(request));
    return {
      fileName: fileNameOf(request),
      dataBase64: '',
      bytes: out.bytes,
      pages: out.pages,
      bodySize: Math.round(out.fit.spec.bodySize * 10) / 10,
      columns: out.fit.columns,
      omitted: content.omitted,
    };
  } catch (error) {
    if (error instanceof PosterOverflowError) {
      throw new ServiceError('INVALID_INPUT', 'Nội dung quá dài cho khổ giấy này: chữ sẽ nhỏ hơn mức đọc được. Hãy chọn khổ lớn hơn hoặc chọn bớt điều.');
    }
    if (request.logo && /image|png|jpe?g|SOI|marker/i.test(String((error as Error)?.message))) {
      throw new ServiceError('INVALID_INPUT', 'Ảnh biểu trưng bị hỏng hoặc không đọc được; hãy chọn ảnh PNG hoặc JPEG khác.');
    }
    throw error;
  }
}
