/**
 * Saved reports (kind `reports`, one file): the clerk's narrative sections of a six-month (sơ kết) or
 * annual (tổng kết) report on carrying out the codes, keyed by kind/year/half/unit. Figures are never
 * stored: they are computed from the records each time, so regenerating keeps the narrative.
 */
import { z } from 'zod';
import type { BaseRecord } from './records';

export const REPORT_KINDS = ['so-ket', 'tong-ket'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = { 'so-ket': 'Sơ kết 6 tháng', 'tong-ket': 'Tổng kết năm' };

/** The sections the clerk writes; the figures section is generated and has an optional comment. */
export const REPORT_SECTIONS = ['situation', 'results', 'shortcomings', 'plans'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  situation: 'Tình hình triển khai thực hiện',
  results: 'Kết quả thực hiện (nhận xét thêm về số liệu)',
  shortcomings: 'Tồn tại, hạn chế và nguyên nhân',
  plans: 'Phương hướng, nhiệm vụ và đề xuất, kiến nghị',
};

export type ReportNarrative = Record<ReportSection, string>;

export interface ReportRecord extends BaseRecord {
  kind: ReportKind;
  year: number;
  /** 1 or 2 for a six-month report; null for the annual one. */
  half: 1 | 2 | null;
  /** The unit the report is about; null for the whole ward. */
  unitId: string | null;
  narrative: ReportNarrative;
}

/** The key a report is stored under: 'tong-ket:2026::' / 'so-ket:2026:1:unit-id'. */
export function reportKey(scope: { kind: ReportKind; year: number; half: 1 | 2 | null; unitId: string | null }): string {
  return `${scope.kind}:${scope.year}:${scope.half ?? ''}:${scope.unitId ?? ''}`;
}

const narrativeText = z.string().max(20_000).transform((v) => v.normalize('NFC'));

/** The record as persisted, for the store's kind → schema registry. */
export const reportRecordSchema = z.looseObject({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
  history: z.array(z.unknown()).optional(),
  kind: z.enum(REPORT_KINDS),
  year: z.number().int().min(2000).max(2100),
  half: z.union([z.literal(1), z.literal(2)]).nullable(),
  unitId: z.string().nullable(),
  narrative: z.object({ situation: narrativeText, results: narrativeText, shortcomings: narrativeText, plans: narrativeText }),
});
