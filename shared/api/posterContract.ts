/** Poster studio methods of the contract: what may be printed, and the PDF itself. */
import { z } from 'zod';
import { ruleSetIdSchema } from '../schema/ruleSet';
import { CUSTOM_SIZE_LIMITS, POSTER_PAPERS, TILE_SHEETS } from '../domain/posterSizes';
import { POSTER_FONTS, POSTER_FRAMES, POSTER_THEMES, type PosterFont } from '../domain/posterThemes';
import { method } from './method';
import { empty } from './schemas';

export const POSTER_OUTPUTS = ['print', 'tiles', 'deskTent', 'deskA5'] as const;
export type PosterOutputKind = (typeof POSTER_OUTPUTS)[number];

const mm = (label: string, min: number, max: number) =>
  z.number({ error: `${label}: phải là số (mm)` }).min(min, { error: `${label}: từ ${min} mm` }).max(max, { error: `${label}: đến ${max} mm` });

export const posterRequest = z
  .object({
    ruleSetId: ruleSetIdSchema,
    version: z.number().int().min(1).optional(),
    source: z.enum(['ruleSet', 'motto']).default('ruleSet'),
    /** Article numbers; empty = the whole set. */
    articles: z.array(z.string().regex(/^\d+[a-z]?$/i, { error: 'Số điều không hợp lệ' })).max(200).default([]),
    /** The person agreed to print only the verified parts (the poster then says so). */
    acceptExcerpt: z.boolean().default(false),
    output: z.enum(POSTER_OUTPUTS).default('print'),
    paper: z.enum([...POSTER_PAPERS, 'custom']).default('A2'),
    isLandscape: z.boolean().default(false),
    customSize: z.object({ width: mm('Chiều rộng', CUSTOM_SIZE_LIMITS.min, CUSTOM_SIZE_LIMITS.max), height: mm('Chiều cao', CUSTOM_SIZE_LIMITS.min, CUSTOM_SIZE_LIMITS.max) }).strict().optional(),
    // Bleed and crop marks only when asked: a plain print (home printer, copy shop) needs neither.
    bleedMm: mm('Lề xén (bleed)', 0, 10).default(0),
    hasCropMarks: z.boolean().default(false),
    tileSheet: z.enum(TILE_SHEETS).default('A4'),
    overlapMm: mm('Phần chồng mép', 0, 30).default(10),
    frame: z.enum(POSTER_FRAMES).default('classic'),
    theme: z.enum(POSTER_THEMES).default('red'),
    font: z.enum(POSTER_FONTS).optional(),
    hasNationalHeader: z.boolean().default(true),
    logo: z
      .object({ dataBase64: z.string().min(1).max(3_000_000, { error: 'Ảnh biểu trưng quá lớn (tối đa 2 MB).' }), type: z.enum(['image/png', 'image/jpeg'], { error: 'Biểu trưng phải là ảnh PNG hoặc JPEG' }) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((input) => input.paper !== 'custom' || input.customSize !== undefined, { error: 'Khổ tự chọn: hãy nhập chiều rộng và chiều cao (mm).' });

export type PosterRequest = z.output<typeof posterRequest>;

export interface PosterPlanView {
  title: string;
  isExcerpt: boolean;
  printed: string[];
  omitted: string[];
  /** True when parts are left out and the person has not yet agreed to print the excerpt. */
  needsConsent: boolean;
  /** Why nothing can be printed (Vietnamese), or null. */
  refusal: string | null;
}

export interface PosterFile {
  fileName: string;
  dataBase64: string;
  pages: number;
  /** Body text size (pt) and text columns the fitter chose. */
  bodySize: number;
  columns: number;
  omitted: string[];
}

export const posterMethods = {
  listPosterFonts: method<{ fonts: PosterFont[] }>()(empty),
  planPoster: method<PosterPlanView>()(posterRequest),
  makePoster: method<PosterFile>()(posterRequest),
} as const;
