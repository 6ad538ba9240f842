/**
 * ND 335/2025 Điều 14 — task-result points from the products assigned in the month ("đã quy đổi").
 *
 * Each product carries maxPoints × weight / total weight. Its points are split into quantity, quality
 * and progress by the set's shares (the split is the ward's choice; ND 335 names the three parts but
 * the sources we have give no split). Quantity: all of it when completed. Quality: less qualityFailPercent
 * (25 %) of the quality part per failed assessment for a major content error. Progress: less delayPercent
 * (25 %) of the progress part per delay. Neither deducts when the cause was objective and confirmed by
 * the competent authority (Điều 14 gives that exception for both — QUOTED-PRESS kienthuc.net.vn,
 * news.laodong.vn). Nothing below 0; an uncompleted product earns nothing.
 */
import type { TaskRules } from '../schema/criteria';
import type { TaskProduct } from '../schema/scoring';
import { round2 } from './scoringMath';

/** One 25 % deduction line: "chất lượng: 1 lần × 25% → −5,83 điểm". */
export interface TaskDeduction {
  part: 'quality' | 'progress';
  count: number;
  percent: number;
  /** Points lost (positive). */
  points: number;
  text: string;
}

export interface ProductResult {
  name: string;
  deductions: TaskDeduction[];
  itemPoints: number;
  quantity: number;
  quality: number;
  progress: number;
  points: number;
  explanation: string;
}

export interface TaskResult {
  points: number;
  products: ProductResult[];
  assigned: number;
  completed: number;
}

function fmt(n: number): string {
  return round2(n).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

function deduction(part: TaskDeduction['part'], count: number, percent: number, points: number): TaskDeduction {
  const what = part === 'quality' ? `chất lượng: ${count} lần không đạt` : `tiến độ: ${count} lần chậm`;
  return { part, count, percent, points, text: `${what} × ${fmt(percent)}% → −${fmt(points)} điểm` };
}

export function taskResultPoints(products: TaskProduct[], maxPoints: number, rules: TaskRules): TaskResult | null {
  const totalWeight = products.reduce((sum, p) => sum + Math.max(0, p.weight), 0);
  if (products.length === 0 || totalWeight <= 0) return null;
  const results = products.map((p): ProductResult => {
    const itemPoints = (maxPoints * Math.max(0, p.weight)) / totalWeight;
    if (!p.isCompleted) return { name: p.name, deductions: [], itemPoints, quantity: 0, quality: 0, progress: 0, points: 0, explanation: `Chưa hoàn thành: 0/${fmt(itemPoints)} điểm` };
    const quantity = itemPoints * rules.shares.quantity;
    const qualityShare = itemPoints * rules.shares.quality;
    const progressShare = itemPoints * rules.shares.progress;
    const lateCount = Math.max(0, p.delays - p.excusedDelays);
    const failCount = Math.max(0, p.qualityFailures - (p.excusedQualityFailures ?? 0));
    const quality = qualityShare * Math.max(0, 1 - (rules.qualityFailPercent / 100) * failCount);
    const progress = progressShare * Math.max(0, 1 - (rules.delayPercent / 100) * lateCount);
    const deductions: TaskDeduction[] = [];
    if (failCount > 0) deductions.push(deduction('quality', failCount, rules.qualityFailPercent, qualityShare - quality));
    if (lateCount > 0) deductions.push(deduction('progress', lateCount, rules.delayPercent, progressShare - progress));
    const parts = [`số lượng ${fmt(quantity)}`, `chất lượng ${fmt(quality)}${failCount > 0 ? ` (trừ ${failCount} × ${rules.qualityFailPercent}%)` : ''}`, `tiến độ ${fmt(progress)}${lateCount > 0 ? ` (trừ ${lateCount} × ${rules.delayPercent}%)` : ''}`];
    return { name: p.name, deductions, itemPoints, quantity, quality, progress, points: quantity + quality + progress, explanation: `${parts.join(', ')} / ${fmt(itemPoints)} điểm` };
  });
  return {
    points: round2(results.reduce((sum, r) => sum + r.points, 0)),
    products: results,
    assigned: products.length,
    completed: products.filter((p) => p.isCompleted).length,
  };
}
