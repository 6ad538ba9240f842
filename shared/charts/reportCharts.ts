/**
 * The report's charts as ECharts options — one definition drawn by the renderer (Tổng quan, Báo cáo)
 * and rendered to SVG/PNG for the .docx and PDF, so the app and the paper show the same chart.
 * Pure: figures in, options out.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ComparedRow, ReportFigures } from '../api/reportTypes';

/** Roboto is shipped for the documents; a Windows PC without it draws the app's charts in Segoe UI. */
export const CHART_FONT = "Roboto, 'Segoe UI', Arial, sans-serif";
const COLORS = { current: '#c0392b', previous: '#95a5a6', excellent: '#1e8449', good: '#2e86c1', meets: '#f0b429', fails: '#922b21', unscored: '#bdc3c7', cap: '#000000' };

export type ChartKey = 'violationsByMonth' | 'violationsByUnit' | 'violationsByArticle' | 'ratings' | 'coverage';

export interface ReportChart {
  key: ChartKey;
  title: string;
  option: EChartsCoreOption;
  /** Relative height for a page-wide chart (width 1). */
  aspect: number;
}

const base = (title: string) => ({
  animation: false,
  textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
  title: { text: title, left: 'center', textStyle: { fontFamily: CHART_FONT, fontSize: 14, fontWeight: 'bold' as const } },
  legend: { bottom: 0, textStyle: { fontFamily: CHART_FONT } },
  tooltip: { trigger: 'axis' as const },
});

function shortLabel(text: string, max = 28): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function compared(title: string, rows: ComparedRow[], year: number, horizontal: boolean, axisLabel: (r: ComparedRow) => string = (r) => shortLabel(r.label)): EChartsCoreOption {
  const categories = rows.map(axisLabel);
  const series = [
    { name: `Năm ${year - 1} (cùng kỳ)`, type: 'bar', data: rows.map((r) => r.previous.value), itemStyle: { color: COLORS.previous } },
    { name: `Năm ${year}`, type: 'bar', data: rows.map((r) => r.current.value), itemStyle: { color: COLORS.current }, label: { show: true, position: horizontal ? 'right' : 'top', fontFamily: CHART_FONT } },
  ];
  const category = { type: 'category', data: categories, axisLabel: { fontFamily: CHART_FONT, interval: 0 }, inverse: horizontal };
  const value = { type: 'value', minInterval: 1, axisLabel: { fontFamily: CHART_FONT } };
  return {
    ...base(title),
    grid: { left: horizontal ? 8 : 40, right: 40, top: 40, bottom: 40, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series,
  };
}

function ratingsChart(f: ReportFigures): EChartsCoreOption | null {
  const table = f.scoring.find((t) => t.rows.some((r) => r.capAllowed !== null)) ?? f.scoring[0];
  if (!table) return null;
  const rows = table.rows;
  const stack = (name: string, key: 'excellent' | 'good' | 'meets' | 'fails' | 'unscored') => ({
    name,
    type: 'bar',
    stack: 'ratings',
    data: rows.map((r) => r[key].value),
    itemStyle: { color: COLORS[key] },
  });
  const series: object[] = [stack('Hoàn thành xuất sắc', 'excellent'), stack('Hoàn thành tốt', 'good'), stack('Hoàn thành', 'meets'), stack('Không hoàn thành', 'fails'), stack('Chưa chấm', 'unscored')];
  if (rows.some((r) => r.capAllowed !== null)) {
    series.push({
      name: 'Tối đa "xuất sắc" theo NĐ 335/2025 (20% số "tốt")',
      type: 'line',
      step: 'middle',
      data: rows.map((r) => r.capAllowed),
      lineStyle: { color: COLORS.cap, type: 'dashed', width: 2 },
      itemStyle: { color: COLORS.cap },
      symbol: 'diamond',
    });
  }
  return {
    ...base(`Xếp loại theo đơn vị — ${table.periodLabel}`),
    grid: { left: 8, right: 24, top: 40, bottom: 84, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => shortLabel(r.unitName, 18)), axisLabel: { fontFamily: CHART_FONT, interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: CHART_FONT } },
    series,
  };
}

function coverageChart(f: ReportFigures): EChartsCoreOption {
  const rows = f.coverage.filter((r) => r.staff.value > 0);
  const percent = (r: (typeof rows)[number]) => Math.round((r.signed.value / r.staff.value) * 1000) / 10;
  return {
    ...base('Tỷ lệ ký cam kết thực hiện quy tắc ứng xử (%)'),
    grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { fontFamily: CHART_FONT, formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => shortLabel(r.unitName)), axisLabel: { fontFamily: CHART_FONT, interval: 0 } },
    legend: { show: false },
    series: [{ name: 'Đã ký cam kết', type: 'bar', data: rows.map(percent), itemStyle: { color: COLORS.good }, label: { show: true, position: 'right', fontFamily: CHART_FONT, formatter: '{c}%' } }],
  };
}

/** The charts of a report (those with something to show), in the order the report prints them. */
export function reportCharts(f: ReportFigures): ReportChart[] {
  const year = f.scope.year;
  const charts: ReportChart[] = [
    { key: 'violationsByMonth', title: 'Vi phạm theo tháng', option: compared('Số vụ việc vi phạm theo tháng, so với cùng kỳ', f.violationsByMonth, year, false, (r) => `T${Number(r.key.slice(5))}`), aspect: 0.45 },
  ];
  if (f.violationsByUnit.length > 1) {
    charts.push({ key: 'violationsByUnit', title: 'Vi phạm theo đơn vị', option: compared('Số vụ việc vi phạm theo đơn vị', f.violationsByUnit, year, true), aspect: Math.min(1.2, 0.2 + f.violationsByUnit.length * 0.06) });
  }
  const articles = f.violationsByArticle.slice(0, 10);
  if (articles.length > 0) {
    charts.push({ key: 'violationsByArticle', title: 'Vi phạm theo điều', option: compared('Số vụ việc vi phạm theo điều của quy tắc (10 điều nhiều nhất)', articles, year, true), aspect: Math.min(1, 0.2 + articles.length * 0.06) });
  }
  const ratings = ratingsChart(f);
  if (ratings) charts.push({ key: 'ratings', title: 'Xếp loại theo đơn vị', option: ratings, aspect: 0.5 });
  if (f.coverage.some((r) => r.staff.value > 0)) {
    charts.push({ key: 'coverage', title: 'Ký cam kết', option: coverageChart(f), aspect: Math.min(1, 0.15 + f.coverage.length * 0.05) });
  }
  return charts;
}

type Loose = Record<string, unknown>;

function compactAxis(axis: unknown, mayRotate: boolean): unknown {
  if (!axis || typeof axis !== 'object') return axis;
  const a = axis as Loose;
  const label = { ...(a.axisLabel as Loose | undefined), fontSize: 10, hideOverlap: true };
  if (a.type !== 'category' || !Array.isArray(a.data)) return { ...a, axisLabel: label };
  const data = (a.data as unknown[]).map((d) => shortLabel(String(d), 12));
  const isLong = data.some((d) => d.length > 4);
  return { ...a, data, axisLabel: { ...label, interval: 'auto', rotate: mayRotate && isLong && data.length > 3 ? 35 : 0 } };
}

/**
 * The same chart for a small card (Tổng quan, about 350 × 260 px): category labels cut to 12 characters,
 * slanted when long, every other one left out by ECharts when they would still touch; no value labels on
 * the bars; smaller title and a scrolling legend — the full chart stays on Báo cáo and in the documents.
 */
export function compactChart(option: EChartsCoreOption): EChartsCoreOption {
  const o = option as Loose;
  const title = o.title as Loose | undefined;
  const legend = o.legend as Loose | undefined;
  const series = Array.isArray(o.series) ? (o.series as Loose[]).map((s) => (s.label ? { ...s, label: { ...(s.label as Loose), show: false } } : s)) : o.series;
  return {
    ...o,
    title: title ? { ...title, textStyle: { ...(title.textStyle as Loose | undefined), fontSize: 12 } } : title,
    legend: legend ? { ...legend, type: 'scroll', itemWidth: 14, itemHeight: 8, textStyle: { ...(legend.textStyle as Loose | undefined), fontSize: 10 } } : legend,
    grid: { ...(o.grid as Loose | undefined), left: 4, right: 8, top: 32, bottom: 36, containLabel: true },
    // Slanted labels only under a vertical chart; a horizontal chart's names stay level, cut short.
    xAxis: compactAxis(o.xAxis, true),
    yAxis: compactAxis(o.yAxis, false),
    series,
  } as EChartsCoreOption;
}
