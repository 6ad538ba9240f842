/**
 * A report chart drawn under Node: ECharts' server-side SVG (the same option the app draws), and a PNG
 * of it for Word (resvg, WebAssembly — no native module), with the shipped Roboto so Vietnamese renders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { crc32, deflateSync } from 'node:zlib';
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

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An opaque RGBA image as an RGB PNG (8 bit, not interlaced): PDF writers embed such a PNG's data as it
 * is, where an alpha channel makes pdfmake decode and split every pixel (seconds for a report's charts).
 * Deflate level 3: a fifth of level 6's time on a report's five charts, about 90 KB more in the file.
 */
export function rgbPng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  const filled = Math.min(rgba.length, width * height * 4);
  for (let y = 0; y < height; y += 1) {
    let out = y * stride + 1;
    const end = Math.min((y + 1) * width * 4, filled);
    for (let at = y * width * 4; at < end; at += 4) {
      raw[out] = rgba[at]!;
      raw[out + 1] = rgba[at + 1]!;
      raw[out + 2] = rgba[at + 2]!;
      out += 3;
    }
    // A short pixel buffer (never from resvg): the rest of the row white, as before.
    if (end < (y + 1) * width * 4) raw.fill(255, out, (y + 1) * stride);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', new Uint8Array(0))]));
}

/**
 * The resvg module compiled by V8's baseline compiler (Liftoff) only. By default V8 also recompiles the
 * module's hot functions with its optimising compiler in the background: about 2 s of CPU for resvg's
 * 2.4 MB, more than all five charts take to draw with the baseline code (measured at the L demo ward:
 * first five charts 3.0 s of CPU with the optimiser, 1.0 s without; later ones the same either way).
 * The flag is V8's own (the same in Electron's Node); it is set for this compile only and put back after.
 */
async function compileResvg(): Promise<WebAssembly.Module> {
  // readFileSync's bytes sit on a plain (not shared) ArrayBuffer.
  const bytes = wasmBytes() as Uint8Array<ArrayBuffer>;
  setFlagsFromString('--liftoff-only');
  try {
    return await WebAssembly.compile(bytes);
  } finally {
    setFlagsFromString('--no-liftoff-only');
  }
}

/**
 * Starts compiling the resvg WebAssembly (off the main thread) and reads the chart fonts: called as a
 * report begins, so the compile overlaps the figures, and by the app's warm-up after the store opens.
 */
export function prepareChartRendering(): Promise<void> {
  wasmReady ??= compileResvg().then((module) => initWasm(module));
  fonts();
  return wasmReady;
}

/** PNG (RGB, on white) of an SVG at `scale` × its size (2 = sharp on paper at the chart's printed width). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  await prepareChartRendering();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontBuffers: fonts(), defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT, loadSystemFonts: false },
  });
  const image = resvg.render();
  const png = rgbPng(image.pixels, image.width, image.height);
  image.free();
  resvg.free();
  return png;
}

/** Width in CSS pixels every report chart is drawn at. */
export const CHART_PX = 640;

/**
 * Rasterised at 1.6× (1,024 pixels across): the chart prints 16.5 cm wide on the A4 page, so about 158 dpi —
 * sharp on an office printer; 2× (197 dpi) cost half as much again to draw, convert and embed.
 */
export const CHART_SCALE = 1.6;

// The last charts drawn, by their option and size: saving a report as Word then as PDF (or again after
// editing the narrative) draws the same charts; an unchanged option gives the same picture.
const drawn = new Map<string, Promise<Uint8Array>>();
const DRAWN_KEPT = 24;

const svgs = new Map<string, string>();

function kept<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
    if (cache.size > DRAWN_KEPT) cache.delete(cache.keys().next().value as string);
  }
  return value;
}

const chartKey = (chart: ReportChart) => `${CHART_PX}x${Math.round(CHART_PX * chart.aspect)}|${JSON.stringify(chart.option)}`;

/** One report chart as ECharts' SVG (NFC text), CHART_PX wide: what the PDF sets as vectors. */
export function reportChartSvg(chart: ReportChart): string {
  return kept(svgs, chartKey(chart), () => chartSvg(chart.option, CHART_PX, Math.round(CHART_PX * chart.aspect)).normalize('NFC'));
}

/** One report chart as the PNG the .docx carries: the same SVG, rasterised. */
export function chartPng(chart: ReportChart): Promise<Uint8Array> {
  const key = chartKey(chart);
  return kept(drawn, key, () => {
    const png = svgToPng(reportChartSvg(chart), CHART_SCALE);
    png.catch(() => drawn.delete(key));
    return png;
  });
}
