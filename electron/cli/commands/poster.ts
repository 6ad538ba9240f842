/** poster: a framed wall poster, tiles for a home printer, or a desk stand — the same service as the app. */
import { dispatch } from '../../services/dispatch';
import type { MethodInput } from '../../../shared/api/contract';
import { parseArticleList } from '../../../shared/domain/posterContent';
import { POSTER_PAPERS, TILE_SHEETS } from '../../../shared/domain/posterSizes';
import { POSTER_FONTS, POSTER_FRAMES, POSTER_THEMES } from '../../../shared/domain/posterThemes';
import { UsageError, report } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';
import { checkOutputPath, writeOutputFile } from '../../store/outputPath';

interface PosterValues {
  rules?: string;
  articles?: string;
  motto?: boolean;
  size?: string;
  landscape?: boolean;
  frame?: string;
  theme?: string;
  font?: string;
  bleed?: string;
  'crop-marks'?: boolean;
  tile?: string;
  overlap?: string;
  'verified-only'?: boolean;
  out?: string;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], label: string): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!match) throw new UsageError(`${label} không hợp lệ: ${value} (dùng: ${allowed.join(', ')})`);
  return match;
}

function millimetres(value: string | undefined, label: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) throw new UsageError(`${label} phải là số mm: ${value}`);
  return n;
}

type Request = NonNullable<MethodInput<'makePoster'>>;

function sizeFields(size: string | undefined): Pick<Request, 'paper' | 'customSize' | 'output'> {
  const value = (size ?? 'A2').toLowerCase();
  if (value === 'desk-tent') return { output: 'deskTent' };
  if (value === 'desk-a5') return { output: 'deskA5' };
  const custom = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm)?$/.exec(value);
  if (custom) return { paper: 'custom', customSize: { width: Number(custom[1]), height: Number(custom[2]) } };
  return { paper: oneOf(size ?? 'A2', POSTER_PAPERS, 'Khổ giấy') };
}

export function posterRequestFromArgs(values: PosterValues): Request {
  if (!values.rules) throw new UsageError('Thiếu --rules <mã bộ quy tắc> (ví dụ nam-khong-2019).');
  const articles = values.articles === undefined ? [] : parseArticleList(values.articles);
  if (!articles) throw new UsageError(`Danh sách điều không hợp lệ: ${values.articles} (ví dụ 1,3-6).`);
  const fields = sizeFields(values.size);
  const tileSheet = oneOf(values.tile, TILE_SHEETS, 'Khổ tờ ghép');
  if (tileSheet && fields.output) throw new UsageError('--tile chỉ dùng cho khổ A0–A4 hoặc khổ tự chọn, không dùng cho mẫu để bàn.');
  return {
    ruleSetId: values.rules,
    source: values.motto ? 'motto' : 'ruleSet',
    articles,
    acceptExcerpt: Boolean(values['verified-only']),
    output: fields.output ?? (tileSheet ? 'tiles' : 'print'),
    ...(fields.paper ? { paper: fields.paper } : {}),
    ...(fields.customSize ? { customSize: fields.customSize } : {}),
    isLandscape: Boolean(values.landscape),
    bleedMm: millimetres(values.bleed, '--bleed') ?? 0,
    hasCropMarks: Boolean(values['crop-marks']),
    ...(tileSheet ? { tileSheet } : {}),
    overlapMm: millimetres(values.overlap, '--overlap') ?? 10,
    frame: oneOf(values.frame, POSTER_FRAMES, 'Khung') ?? 'classic',
    theme: oneOf(values.theme, POSTER_THEMES, 'Màu') ?? 'red',
    ...(values.font ? { font: oneOf(values.font, POSTER_FONTS, 'Phông chữ') } : {}),
  };
}

export const posterCommand: CommandSpec = {
  name: 'poster',
  usage:
    'poster --rules <mã> [--articles 1,3-6] [--motto] --size A0|A1|A2|A3|A4|<rộng>x<cao>mm|desk-tent|desk-a5 [--landscape] [--frame classic|traditional|modern] [--theme red|navy|green|sepia] [--font serif|sans|times] [--bleed MM] [--crop-marks] [--tile A4|A3 [--overlap MM]] [--verified-only] --out <tệp.pdf>',
  summary: 'In bảng niêm yết Quy tắc ứng xử (khung treo, in ghép nhiều tờ, mẫu để bàn); chỉ in nội dung đã có văn bản chính thức.',
  options: {
    rules: { type: 'string' }, articles: { type: 'string' }, motto: { type: 'boolean' }, size: { type: 'string' }, landscape: { type: 'boolean' },
    frame: { type: 'string' }, theme: { type: 'string' }, font: { type: 'string' }, bleed: { type: 'string' }, 'crop-marks': { type: 'boolean' },
    tile: { type: 'string' }, overlap: { type: 'string' }, 'verified-only': { type: 'boolean' }, out: { type: 'string' },
  },
  positionals: 0,
  run: async (ctx, values: PosterValues) => {
    if (!values.out) throw new UsageError('Thiếu --out <tệp.pdf>.');
    const target = await checkOutputPath(ctx.dataFolder, values.out);
    const request = posterRequestFromArgs(values);
    return withSession(ctx, async (_session, handlers) => {
      const result = await dispatch(handlers, 'makePoster', request);
      if (result.ok) await writeOutputFile(ctx.dataFolder, target, Buffer.from(result.data.dataBase64, 'base64'));
      const hint = !result.ok && result.error.code === 'CONFLICT' ? 'Thêm --verified-only để in bản trích các phần đã có văn bản chính thức.' : undefined;
      const code = report(
        ctx,
        result.ok ? { ok: true, data: { ...result.data, dataBase64: undefined, file: target } } : result,
        (out) => {
          ctx.io.out(`Đã tạo ${target}: ${out.pages} trang, cỡ chữ nội dung ${out.bodySize} pt, ${out.columns} cột.`);
          if (out.omitted.length > 0) ctx.io.out(`Không in (chưa có văn bản chính thức): ${out.omitted.join('; ')}.`);
        },
        hint,
      );
      return code;
    });
  },
};
