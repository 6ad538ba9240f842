/**
 * Worked examples computed by hand from ND 335/2025 Điều 14 and 15 (as quoted by the press), the 20 %
 * cap and the forced ratings. Every expected figure is written out in the test's name or comment.
 */
import { describe, expect, it } from 'vitest';
import { capChecksFor } from '../../shared/domain/capScopes';
import { ND335_SET } from '../../shared/domain/criteriaNd335';
import { ND335_LEADER_SET } from '../../shared/domain/criteriaNd335Leader';
import { findingHits } from '../../shared/domain/findings';
import { headScorerOf, leaderRoles, type LeaderStaff } from '../../shared/domain/leadership';
import { rollUp } from '../../shared/domain/rollup';
import { computeScore } from '../../shared/domain/scoring';
import { taskResultPoints } from '../../shared/domain/scoringTasks';
import type { Rating } from '../../shared/schema/criteria';
import type { ScoreStep, TaskProduct } from '../../shared/schema/scoring';

const step = (points: Record<string, number>): ScoreStep => ({ points, by: 'vanthu', at: '2026-05-31T09:00:00Z', note: '' });
const product = (name: string, weight: number, extra: Partial<TaskProduct> = {}): TaskProduct => ({ name, weight, isCompleted: true, qualityFailures: 0, delays: 0, excusedDelays: 0, ...extra });
const base = { violations: [], commendations: [], yearViolations: [], year: 2026, periodStart: '2026-05-01', periodEnd: '2026-05-31' };

describe('Điều 14: a month of products with late and failed items', () => {
  // Weights 2 + 1 + 1 + 1 = 5 → item points 28, 14, 14, 14 of 70; each item split 1/3 quantity, quality, progress.
  const products = [
    product('Báo cáo kinh tế - xã hội', 2, { qualityFailures: 1 }), // 28 − (28/3) × 25 % = 25,6667
    product('Hồ sơ cấp phép xây dựng', 1, { delays: 2, excusedDelays: 1 }), // 1 delay counts: 14 − (14/3) × 25 % = 12,8333
    product('Kế hoạch kiểm tra trật tự đô thị', 1, { isCompleted: false }), // not completed: 0
    product('Tờ trình thu hồi đất', 1, { qualityFailures: 1, excusedQualityFailures: 1, delays: 1 }), // failure excused; 1 delay: 12,8333
  ];

  it('70 points → 25,67 + 12,83 + 0 + 12,83 = 51,33; the excused failure takes nothing off', () => {
    const result = taskResultPoints(products, 70, ND335_SET.taskRules!)!;
    expect(result.points).toBe(51.33);
    expect(result.products.map((p) => Math.round(p.points * 10000) / 10000)).toEqual([25.6667, 12.8333, 0, 12.8333]);
    expect(result.products[3]?.deductions.map((d) => d.part)).toEqual(['progress']);
    expect(result.products[0]?.deductions[0]?.text).toBe('chất lượng: 1 lần không đạt × 25% → −2,33 điểm');
  });

  it('with general criteria 10 + 10 + 8 the month totals 79,33 → "Hoàn thành tốt nhiệm vụ"', () => {
    const result = computeScore({ ...base, set: ND335_SET, steps: { headScore: step({ 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 8 }) }, products });
    expect(result.total).toBe(79.33);
    expect(result.rating).toBe('good');
  });
});

describe('Điều 15: a leader is scored on the unit they lead', () => {
  // General 10 + 9 + 9 = 28; own products: two of weight 1 on 30 points (15 each), one late once: 15 − 5 × 25 % = 13,75 → 28,75;
  // organising capacity typed 18 of 20; unit results 20 × (100 % or 50 %).
  const steps = { headScore: step({ 'pham-chat': 10, 'trach-nhiem': 9, 'doi-moi': 9, 'to-chuc': 18 }) };
  const products = [product('Chỉ đạo cải cách hành chính', 1, { delays: 1 }), product('Báo cáo tháng', 1)];
  const subs = (ratings: (Rating | null)[]) => ratings.map((rating, i) => ({ staffId: `s${i}`, name: ['Trần Thị Bình', 'Lê Văn Cường', 'Phạm Minh Dũng'][i] ?? `s${i}`, rating }));

  it('one of three công chức "không hoàn thành" → unit results 50 % = 10: 28 + 28,75 + 10 + 18 = 84,75 → tốt', () => {
    const result = computeScore({ ...base, set: ND335_LEADER_SET, steps, products, subordinates: subs(['good', 'meets', 'fails']) });
    const unit = result.criteria.find((c) => c.criterionId === 'unit-results');
    expect(unit).toMatchObject({ points: 10, baseSource: 'unitResults' });
    expect(unit?.unitResults?.explanation).toBe('Có 1 công chức thuộc quyền quản lý "Không hoàn thành nhiệm vụ" (Phạm Minh Dũng): tính 50%.');
    expect(result.total).toBe(84.75);
    expect(result.rating).toBe('good');
  });

  it('all three at least "hoàn thành" → 100 % = 20: 94,75 → xuất sắc; typing over the unit results changes nothing', () => {
    const typed = { headScore: step({ ...steps.headScore.points, 'unit-results': 3 }) };
    const result = computeScore({ ...base, set: ND335_LEADER_SET, steps: typed, products, subordinates: subs(['good', 'meets', 'excellent']) });
    expect(result.total).toBe(94.75);
    expect(result.rating).toBe('excellent');
  });

  it('someone under them not scored yet → the unit results stay open, the leader is "Chưa chấm"', () => {
    const result = computeScore({ ...base, set: ND335_LEADER_SET, steps, products, subordinates: subs(['good', null, 'meets']) });
    expect(result.total).toBeNull();
    expect(result.criteria.find((c) => c.criterionId === 'unit-results')?.unitResults?.unscored).toEqual(['Lê Văn Cường']);
  });

  it('a concluded corruption case in the unit forces "không hoàn thành" whatever the points, with its basis', () => {
    const findings = [{ id: 'f1', staffId: 'lead', kind: 'unitCorruption' as const, date: '2026-05-20', decision: 'Kết luận thanh tra số 07/KL-TTr', reason: 'Lãng phí kinh phí sửa chữa trụ sở' }];
    const result = computeScore({ ...base, set: ND335_LEADER_SET, steps, products, subordinates: subs(['good', 'meets', 'excellent']), findings });
    expect(result.total).toBe(94.75);
    expect(result.rating).toBe('fails');
    expect(result.triggers[0]).toMatchObject({ findingId: 'f1', explanation: 'Kết luận thanh tra số 07/KL-TTr ngày 20/05/2026: Lãng phí kinh phí sửa chữa trụ sở' });
    expect(result.triggers[0]?.source).toContain('Nghị định 335/2025/NĐ-CP');
    // The staff set does not take "unitCorruption" (leaders only); a finding of another year does not weigh.
    expect(findingHits(findings, ND335_SET.forcingFindings ?? [], 2026, '2026-12-31')).toEqual([]);
    expect(findingHits(findings, ['unitCorruption'], 2027, '2027-01-31')).toEqual([]);
  });
});

describe('who leads is read from the roster, not guessed from titles', () => {
  const s = (id: string, fullName: string, position: string, unitId: string | null, category: LeaderStaff['category'] = 'civilServant'): LeaderStaff => ({ id, fullName, position, category, unitId, isHeadOfUnit: false });
  const staff = [
    s('chair', 'Nguyễn Văn Chủ', 'Chủ tịch UBND phường', 'lanh-dao', 'official'),
    s('vice', 'Đỗ Thị Phó', 'Phó Chủ tịch', 'lanh-dao', 'official'),
    s('cvb', 'Hà Văn Hội', 'Chủ tịch Hội Cựu chiến binh', 'vp', 'official'),
    s('head', 'Trần Văn Hùng', 'Chánh Văn phòng', 'vp'),
    s('deputy', 'Lê Thị Phó Phòng', 'Phó Chánh Văn phòng', 'vp'),
    s('cv', 'Phạm Văn Viên', 'Chuyên viên', 'vp'),
    s('vc', 'Ngô Thị Viên Chức', 'Viên chức', 'vp', 'publicEmployee'),
  ];
  const units = [{ id: 'vp', name: 'Văn phòng HĐND và UBND', headId: 'head' }, { id: 'lanh-dao', name: 'Lãnh đạo UBND', headId: null }];
  const roles = leaderRoles(staff, units);

  it('the unit\'s head, the Chủ tịch and the Phó Chủ tịch lead; "Chủ tịch Hội…" and a deputy head do not', () => {
    expect([...roles.keys()].sort()).toEqual(['chair', 'head', 'vice']);
    expect(roles.get('head')).toMatchObject({ kind: 'unitHead', label: 'Người đứng đầu đơn vị Văn phòng HĐND và UBND', subordinateIds: ['deputy', 'cv'] });
    expect(roles.get('chair')?.subordinateIds).toEqual(['vice', 'head', 'deputy', 'cv']);
  });

  it('the head who scores a chuyên viên is the unit\'s head; a unit\'s head is scored by the Chủ tịch', () => {
    expect(headScorerOf('cv', staff, units)?.fullName).toBe('Trần Văn Hùng');
    expect(headScorerOf('head', staff, units)?.fullName).toBe('Nguyễn Văn Chủ');
  });
});

describe('the 20 % cap at each scope', () => {
  // VP: 6 tốt, 1 xuất sắc → floor(6 × 20 %) = 1 allowed: within. KT: 4 tốt, 1 xuất sắc → floor(0,8) = 0: over.
  // Ward: 10 tốt, 2 xuất sắc → floor(2) = 2: within. Group "Một cửa và Kinh tế" (KT + MC: 4 + 1 tốt, 1 + 1 xuất sắc) → floor(1) = 1: over.
  const people = [
    ...Array.from({ length: 6 }, () => ({ unitId: 'vp', unitName: 'Văn phòng', rating: 'good' as Rating })), { unitId: 'vp', unitName: 'Văn phòng', rating: 'excellent' as Rating },
    ...Array.from({ length: 4 }, () => ({ unitId: 'kt', unitName: 'Phòng Kinh tế', rating: 'good' as Rating })), { unitId: 'kt', unitName: 'Phòng Kinh tế', rating: 'excellent' as Rating },
  ];
  const settings = { capScopes: ['unit', 'ward', 'taskGroup'] as const, taskGroups: [{ id: 'g1', name: 'Một cửa và Kinh tế', unitIds: ['kt', 'mc'] }] };

  it('a unit over while the ward is within: each warning says its scope', () => {
    const checks = capChecksFor(people, 0.2, { ...settings, capScopes: ['unit', 'ward'] }, 'Phường Hoàn Kiếm');
    expect(checks.map((c) => [c.scope, c.groupName, c.allowed, c.isOver])).toEqual([
      ['ward', 'Phường Hoàn Kiếm', 2, false],
      ['unit', 'Văn phòng', 1, false],
      ['unit', 'Phòng Kinh tế', 0, true],
    ]);
    expect(checks[2]?.message).toBe('Đơn vị Phòng Kinh tế: 1 người "Hoàn thành xuất sắc nhiệm vụ" vượt 20% của 4 người "Hoàn thành tốt nhiệm vụ" (tối đa 0).');
    expect(checks[0]?.message).toBe('Toàn phường: 2 người "Hoàn thành xuất sắc nhiệm vụ", trong giới hạn 20% của 10 người "Hoàn thành tốt nhiệm vụ" (tối đa 2).');
  });

  it('one more xuất sắc in Văn phòng puts the ward over too (3 > 2)', () => {
    const checks = capChecksFor([...people, { unitId: 'vp', unitName: 'Văn phòng', rating: 'excellent' }], 0.2, settings, 'Phường Hoàn Kiếm');
    expect(checks.find((c) => c.scope === 'ward')).toMatchObject({ excellent: 3, allowed: 2, isOver: true });
    expect(checks.find((c) => c.scope === 'taskGroup')).toMatchObject({ groupName: 'Một cửa và Kinh tế', excellent: 1, good: 4, allowed: 0, isOver: true });
  });
});

describe('roll-ups never read complete with a month missing', () => {
  it('Quý IV scored in October (85) and November (95), December missing: 90 TẠM TÍNH, not complete', () => {
    const result = rollUp({ months: [{ month: '2026-10', total: 85 }, { month: '2026-11', total: 95 }, { month: '2026-12', total: null }], method: 'mean', bands: ND335_SET.bands, triggers: [], yearViolations: [], year: 2026, periodEnd: '2026-12-31' });
    expect(result).toMatchObject({ total: 90, isComplete: false, monthsMissing: ['2026-12'] });
    expect(result.explanation).toBe('Bình quân điểm các kỳ đã chấm (do phường tự quy định): 2/3 kỳ — TẠM TÍNH, thiếu 12/2026.');
  });

  it('months before recruitment are not missing: recruited in November, scored November and December → complete', () => {
    const result = rollUp({ months: [{ month: '2026-10', total: null, isApplicable: false }, { month: '2026-11', total: 80 }, { month: '2026-12', total: 90 }], method: 'mean', bands: ND335_SET.bands, triggers: [], yearViolations: [], year: 2026, periodEnd: '2026-12-31' });
    expect(result).toMatchObject({ total: 85, isComplete: true, monthsMissing: [] });
  });
});
