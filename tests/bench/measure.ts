/** Timing helpers for the bench: medians, percentiles, folder sizes. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (samples: number[]): number => percentile(samples, 50);

export async function timeIt(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export async function repeat(times: number, task: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push(await timeIt(() => task(i)));
  return samples;
}

/** The data files (not temp files, not corrupt copies) of a db folder. */
export async function dataFiles(dbFolder: string): Promise<string[]> {
  return (await fs.readdir(dbFolder)).filter((name) => name.endsWith('.json')).map((name) => path.join(dbFolder, name));
}

export async function totalBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += (await fs.stat(file)).size;
  return total;
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
