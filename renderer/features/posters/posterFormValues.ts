/** The poster form's values and their translation into a makePoster request. */
import type { MethodInput } from '../../../shared/api/contract';
import type { PosterOutputKind } from '../../../shared/api/posterContract';
import { parseArticleList } from '../../../shared/domain/posterContent';
import type { PosterPaper, TileSheet } from '../../../shared/domain/posterSizes';
import type { PosterFont, PosterFrame, PosterTheme } from '../../../shared/domain/posterThemes';

export type SourceChoice = 'whole' | 'articles' | 'motto';

export interface PosterFormValues {
  ruleSetId: string;
  source: SourceChoice;
  articles: string;
  output: PosterOutputKind;
  paper: PosterPaper | 'custom';
  isLandscape: boolean;
  customWidth: number;
  customHeight: number;
  bleedMm: number;
  hasCropMarks: boolean;
  tileSheet: TileSheet;
  overlapMm: number;
  frame: PosterFrame;
  theme: PosterTheme;
  font: PosterFont;
  hasNationalHeader: boolean;
}

export const INITIAL_VALUES: PosterFormValues = {
  ruleSetId: 'nam-khong-2019',
  source: 'whole',
  articles: '',
  output: 'print',
  paper: 'A2',
  isLandscape: false,
  customWidth: 500,
  customHeight: 700,
  bleedMm: 3,
  hasCropMarks: true,
  tileSheet: 'A4',
  overlapMm: 10,
  frame: 'classic',
  theme: 'red',
  font: 'serif',
  hasNationalHeader: true,
};

export const OUTPUT_LABELS: Record<PosterOutputKind, string> = {
  print: 'Gửi nhà in (có lề xén)',
  tiles: 'In ghép nhiều tờ ở máy in văn phòng',
  deskTent: 'Mẫu để bàn A4 gấp đôi',
  deskA5: 'Mẫu để bàn A5',
};

export interface Logo {
  dataBase64: string;
  type: 'image/png' | 'image/jpeg';
  name: string;
}

export type PosterInput = NonNullable<MethodInput<'makePoster'>>;

/** The request, or a Vietnamese message when the article list cannot be read. */
export function toRequest(v: PosterFormValues, acceptExcerpt: boolean, logo: Logo | null): PosterInput | string {
  const articles = v.source === 'articles' ? parseArticleList(v.articles) : [];
  if (articles === null || (v.source === 'articles' && articles.length === 0)) return 'Danh sách điều không hợp lệ (ví dụ: 1,3-6).';
  return {
    ruleSetId: v.ruleSetId,
    source: v.source === 'motto' ? 'motto' : 'ruleSet',
    articles,
    acceptExcerpt,
    output: v.output,
    paper: v.paper,
    isLandscape: v.isLandscape,
    ...(v.paper === 'custom' ? { customSize: { width: v.customWidth, height: v.customHeight } } : {}),
    bleedMm: v.bleedMm,
    hasCropMarks: v.hasCropMarks,
    tileSheet: v.tileSheet,
    overlapMm: v.overlapMm,
    frame: v.frame,
    theme: v.theme,
    font: v.font,
    hasNationalHeader: v.hasNationalHeader,
    ...(logo ? { logo: { dataBase64: logo.dataBase64, type: logo.type } } : {}),
  };
}
