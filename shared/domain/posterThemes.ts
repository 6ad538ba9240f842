/** Poster frames, colour themes and fonts offered by the poster studio (labels are what the ward sees). */

export const POSTER_FRAMES = ['classic', 'traditional', 'modern'] as const;
export type PosterFrame = (typeof POSTER_FRAMES)[number];

export const FRAME_LABELS: Record<PosterFrame, string> = {
  classic: 'Cổ điển — viền đỏ kép, chỉ vàng',
  traditional: 'Truyền thống — hoa văn góc',
  modern: 'Hiện đại — dải màu đầu trang',
};

export const POSTER_THEMES = ['red', 'navy', 'green', 'sepia'] as const;
export type PosterTheme = (typeof POSTER_THEMES)[number];

export interface ThemeColours {
  /** Rules, headings, the modern band. */
  primary: string;
  /** The gold inner rule and ornaments. */
  accent: string;
  /** The paper inside the frame. */
  paper: string;
  /** The margin between the trim and the frame (runs into the bleed). */
  margin: string;
  /** Body text. */
  ink: string;
  /** "Không nên làm" headings. */
  warning: string;
}

export const THEMES: Record<PosterTheme, ThemeColours & { label: string }> = {
  red: { label: 'Đỏ – vàng', primary: '#B3121B', accent: '#C9A227', paper: '#FFFDF6', margin: '#F7ECD2', ink: '#1C1C1C', warning: '#B3121B' },
  navy: { label: 'Xanh lam', primary: '#0D3B7A', accent: '#C9A227', paper: '#FFFFFF', margin: '#E6EEF8', ink: '#14213D', warning: '#B3121B' },
  green: { label: 'Xanh lá', primary: '#1E5B2E', accent: '#B8962E', paper: '#FFFFFB', margin: '#E8F1E3', ink: '#18261A', warning: '#A3161C' },
  sepia: { label: 'Nâu trầm', primary: '#6B3E1E', accent: '#B8862B', paper: '#FFFBF2', margin: '#F1E4CC', ink: '#2A1D12', warning: '#9E1B1B' },
};

export const POSTER_FONTS = ['serif', 'sans', 'times'] as const;
export type PosterFont = (typeof POSTER_FONTS)[number];

export const FONT_LABELS: Record<PosterFont, string> = {
  serif: 'Noto Serif (có chân)',
  sans: 'Roboto (không chân)',
  times: 'Times New Roman (của máy tính)',
};

/** The font a frame looks best with when the person does not choose. */
export function defaultFontFor(frame: PosterFrame): PosterFont {
  return frame === 'modern' ? 'sans' : 'serif';
}
