/**
 * A report chart drawn under Node: ECharts' server-side SVG (the same option the app draws), and a PNG
 * of it for Word (resvg, WebAssembly — no native module), with the shipped Roboto so Vietnamese renders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../../shared/charts/echartsSetup';
import { CHART_FONT, type ReportChart } from '../../../shared/charts/reportCharts';
import { defaultFontsDir } from '../pdf/pdfmake';

export function chartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, tooltip: undefined });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

let wasmReady: Promise<void> | null = null;

/** The resvg WebAssembly file: beside the packaged app's resources, or from node_modules. */
function wasmBytes(): Uint8Array {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates: string[] = [];
  if (packaged) candidates.push(path.join(packaged, 'resvg.wasm'));
  try {
    candidates.push(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
  } catch {
    // not installed beside this bundle: the packaged copy is the only one
  }
  for (const file of candidates) {
    try {
      return readFileSync(file);
    } catch {
      // next candidate
    }
  }
  throw new Error('resvg.wasm not found');
}

let fontBuffers: Uint8Array[] | null = null;

function fonts(): Uint8Array[] {
  fontBuffers ??= ['Roboto/Roboto-Regular.ttf', 'Roboto/Roboto-Medium.ttf'].map((f) => readFileSync(path.join(defaultFontsDir(), f)));
  return fontBuffers;
}

/** PNG of an SVG at `scale` × its size (2 = sharp on paper at the chart's printed width). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  wasmReady ??= initWasm(wasmBytes());
  await wasmReady;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontBuffers: fonts(), defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT, loadSystemFonts: false },
  });
  const png = resvg.render().asPng();
  resvg.free();
  return png;
}

/** Width in CSS pixels every report chart is drawn at (then rasterised at 2×, about 190 dpi on the page). */
export const CHART_PX = 640;

/** One report chart as the PNG both documents print. */
export async function chartPng(chart: ReportChart): Promise<Uint8Array> {
  return svgToPng(chartSvg(chart.option, CHART_PX, Math.round(CHART_PX * chart.aspect)), 2);
}
