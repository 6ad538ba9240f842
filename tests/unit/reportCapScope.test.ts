/**
 * Where a report draws the 20 % cap: ND 335/2025 caps "hoàn thành xuất sắc" at 20 % of "hoàn thành tốt"
 * for công chức of one body (legal-sources.md §5b). The ND 335 staff set gets the column and the line with
 * that basis; the ward's conduct scorecard, the unit scorecards and the leaders' set (one leader per unit)
 * do not, and the chart's line is labelled with the decree.
 */
import { describe, expect, it } from 'vitest';
import { capOf, CAP_BASIS } from '../../electron/services/reports/reportScoring';
import { reportCharts } from '../../shared/charts/reportCharts';
import { CONDUCT_SET } from '../../shared/domain/criteriaConduct';
import { COLLECTIVE_SET } from '../../shared/domain/criteriaCollective';
import { ND335_SET } from '../../shared/domain/criteriaNd335';
import { ND335_LEADER_SET } from '../../shared/domain/criteriaNd335Leader';
import { reportDocumentModel } from '../../shared/domain/reportDocument';
import type { ReportFigures, RatingRow, ScoringTable } from '../../shared/api/reportTypes';

const fig = (n: number) => ({ value: n, ids: Array.from({ length: n }, (_, i) => `id${i}`) });
const view = <T extends { audience?: string }>(set: T) => ({ ...set, audience: set.audience ?? 'all' }) as never;

function row(unitName: string, excellent: number, good: number, cap: number | null): RatingRow {
  const allowed = cap === null ? null : Math.floor(cap * good);
  return { unitName, excellent: fig(excellent), good: fig(good), meets: fig(1), fails: fig(0), unscored: fig(0), capAllowed: allowed, isOverCap: allowed !== null && excellent > allowed };
}

describe('the 20 % cap in the report, only where ND 335/2025 puts it', () => {
  it('applies to the ND 335 công chức set and not to the conduct, unit or leaders\' sets', () => {
    expect(capOf(view(ND335_SET))).toBe(0.2);
    expect(capOf(view(ND335_LEADER_SET))).toBeNull();
    expect(capOf(view(CONDUCT_SET))).toBeNull();
    expect(capOf(view(COLLECTIVE_SET))).toBeNull();
    expect(CAP_BASIS).toContain('335/2025');
  });

  it('draws the line with its basis for the ND 335 table and says in the document where it applies', () => {
    const tables: ScoringTable[] = [
      { setId: 'conduct-individual', setName: 'Thi đua văn hóa công sở', periodKey: '2026', periodLabel: 'Năm 2026', capBasis: null, rows: [row('Phòng Văn hóa - Xã hội', 5, 10, null)] },
      { setId: 'nd335-2025', setName: 'ND 335/2025 — công chức', periodKey: '2026', periodLabel: 'Năm 2026', capBasis: CAP_BASIS, rows: [row('Phòng Văn hóa - Xã hội', 3, 10, 0.2), row('Văn phòng HĐND và UBND', 1, 6, 0.2)] },
    ];
    const none = { key: 'all', label: '', current: fig(0), previous: fig(0) };
    const f = {
      scope: { kind: 'tong-ket', year: 2026, half: null, unitId: null, subjectName: 'Phường Hoàn Kiếm', periodLabel: 'năm 2026', from: '2026-01-01', to: '2026-12-31', months: [] },
      wardName: 'Phường Hoàn Kiếm', coverage: [], coverageTotal: { unitId: null, unitName: 'Tổng cộng', staff: fig(0), signed: fig(0) },
      violationsByMonth: [], violationsByUnit: [], violationsByArticle: [], violationsByMeasure: [], violationsTotal: none, violationsPending: fig(0),
      commendationsByForm: [], commendationsTotal: none, scoring: tables, titles: [],
    } as unknown as ReportFigures;
    const ratings = reportCharts(f).find((c) => c.key === 'ratings')!;
    const series = (ratings.option as { series: { name: string; type: string; data: (number | null)[] }[] }).series;
    const line = series.find((s) => s.type === 'line')!;
    expect(line.name).toContain('NĐ 335/2025');
    expect(line.data).toEqual([2, 1]);
    const model = reportDocumentModel(f, { situation: '', results: '', shortcomings: '', plans: '' }, { chairman: '' });
    const conduct = model.blocks.find((b) => b.type === 'table' && b.title.includes('Thi đua văn hóa công sở'));
    expect(conduct && conduct.type === 'table' && conduct.rows[0]?.[6]).toBe('—');
    const nd335 = model.blocks.find((b) => b.type === 'table' && b.title.includes('ND 335/2025'));
    expect(nd335 && nd335.type === 'table' && nd335.rows.map((r) => r[6])).toEqual(['2 (vượt)', '1']);
    expect(model.blocks.some((b) => b.type === 'paragraph' && b.text.includes(CAP_BASIS))).toBe(true);
  });
});
