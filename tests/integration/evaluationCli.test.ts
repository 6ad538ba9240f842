import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFinding } from '../../electron/services/evaluationService';
import { evaluateStaff } from '../../electron/services/evaluateService';
import { saveScores, saveTaskProducts, scoreGrid } from '../../electron/services/scoringService';
import type { Session } from '../../electron/services/session';
import type { EvaluationView } from '../../shared/api/evaluationTypes';
import { openWard, person } from '../fixtures/scoring/wardScores';
import { runCli } from './cliHelpers';
import { fixedClock, tempFolder } from './helpers';

const LEADERS = 'nd335-2025-leader';

/** Oanh becomes head of Phòng Kinh tế; the ward gets its Chủ tịch; Nam (in her unit) fails May with 30 + 15 = 45. */
async function withLeaders(session: Session): Promise<void> {
  await session.store.mutateCollection('units', null, (f) => {
    f.records.find((u) => u.id === 'kt')!.headId = 's11';
  });
  await session.store.mutateCollection('staff', null, (f) => {
    f.records.push(person('s20', 'CT001', 'Nguyễn Văn Chủ', 'vp', 'official', 'Chủ tịch UBND phường'));
  });
  await saveScores(session, { period: '2026-05', setId: 'nd335-2025', step: 'headScore', entries: [{ subjectId: 's10', points: { 'task-results': 15 } }] });
  // Oanh: 10 + 10 + 10 (− 5 phê bình for being late) + her products 28,75 (15 + 15 − 5 × 25 %) + unit 50 % of 20 = 10 + organising 18 = 81,75.
  await saveScores(session, { period: '2026-05', setId: LEADERS, step: 'headScore', entries: [{ subjectId: 's11', points: { 'pham-chat': 10, 'trach-nhiem': 10, 'doi-moi': 10, 'to-chuc': 18 } }] });
  await saveTaskProducts(session, {
    period: '2026-05', setId: LEADERS, subjectId: 's11',
    products: [
      { name: 'Chỉ đạo kiểm tra trật tự xây dựng', weight: 1, isCompleted: true, qualityFailures: 0, delays: 1, excusedDelays: 0 },
      { name: 'Báo cáo tháng của phòng', weight: 1, isCompleted: true, qualityFailures: 0, delays: 0, excusedDelays: 0 },
    ],
  });
}

describe('a leader is scored on her unit; the why-this-rating answers the same in the app and on the command line', () => {
  it('Oanh heads Phòng Kinh tế where Nam failed May: 81,75 tốt; a concluded waste case then forces "không hoàn thành"; the CLI says the same', async () => {
    const folder = await tempFolder('evaluate-cli');
    const session = await openWard(folder, fixedClock('2026-06-03T09:00:00+07:00').now);
    await withLeaders(session);
    const staffGrid = await scoreGrid(session, { period: '2026-05', setId: 'nd335-2025' });
    expect(staffGrid.rows.map((r) => r.code)).not.toContain('CB011');
    const leaders = await scoreGrid(session, { period: '2026-05', setId: LEADERS });
    expect(leaders.rows.map((r) => [r.code, r.leaderLabel, r.total])).toEqual([
      ['CT001', 'Chủ tịch UBND', null],
      ['CB011', 'Người đứng đầu đơn vị Phòng Kinh tế, Hạ tầng và Đô thị', 81.75],
    ]);

    const view = await evaluateStaff(session, { code: 'cb011', period: '2026-05' });
    expect(view).toMatchObject({ setId: LEADERS, total: 81.75, rating: 'good', ratingLabel: 'Hoàn thành tốt nhiệm vụ', isComplete: true });
    expect(view.parts.find((p) => p.criterionId === 'unit-results')?.unitResults).toBe('Có 1 công chức thuộc quyền quản lý "Không hoàn thành nhiệm vụ" (Đặng Văn Nam): tính 50%.');
    expect(view.parts.find((p) => p.criterionId === 'pham-chat')?.deductions).toEqual([{ date: '2026-05-06', measure: 'Phê bình', points: 5, basis: '522:Đ5.K1', description: 'Đi làm muộn 45 phút' }]);
    // Typed by the clerk's login, the score is the Chủ tịch's (Oanh heads a unit).
    expect(view.whoScored).toEqual([{ step: 'headScore', label: 'Thủ trưởng đơn vị chấm', scorer: 'Nguyễn Văn Chủ', typedBy: 'Quản trị viên', at: '2026-06-03T02:00:00.000Z' }]);

    await expect(saveFinding(session, { staffId: 's12', kind: 'unitCorruption', date: '2026-05-20', decision: 'Kết luận 07/KL-TTr', reason: 'Lãng phí kinh phí' })).rejects.toThrow('không phải người đứng đầu đơn vị');
    await saveFinding(session, { staffId: 's11', kind: 'unitCorruption', date: '2026-05-20', decision: 'Kết luận thanh tra số 07/KL-TTr', reason: 'Lãng phí kinh phí sửa chữa trụ sở phòng' });
    await session.close();

    const evaluated = await runCli(['evaluate', '--staff', 'CB011', '--period', '2026-05', '--json', '--data', folder]);
    expect(evaluated.code).toBe(0);
    const cli = (JSON.parse(evaluated.stdout) as { ok: true; data: EvaluationView }).data;
    expect(cli).toMatchObject({ total: 81.75, rating: 'fails', ratingLabel: 'Không hoàn thành nhiệm vụ' });
    expect(cli.forced).toEqual([{
      label: 'Đơn vị do mình trực tiếp quản lý có tham ô, tham nhũng, lãng phí đã bị xử lý (người lãnh đạo, quản lý)', forceRating: 'fails',
      explanation: 'Kết luận thanh tra số 07/KL-TTr ngày 20/05/2026: Lãng phí kinh phí sửa chữa trụ sở phòng',
      source: 'Nghị định 335/2025/NĐ-CP, điều về mức "Không hoàn thành nhiệm vụ" (nội dung trích theo báo chí, cần đối chiếu văn bản gốc)',
    }]);
    expect(cli.whoScored[0]).toMatchObject({ scorer: 'Nguyễn Văn Chủ', typedBy: 'Quản trị viên' });
    const text = await runCli(['evaluate', '--staff', 'CB011', '--period', '2026-05', '--data', folder]);
    expect(text.stdout).toContain('Thủ trưởng đơn vị chấm: Nguyễn Văn Chủ (người nhập: Quản trị viên)');
    expect(text.stdout).toContain('Tổng: 81,75 — Không hoàn thành nhiệm vụ');

    const titles = await runCli(['titles', '--year', '2026', '--json', '--data', folder]);
    expect(titles.code).toBe(0);
    const people = (JSON.parse(titles.stdout) as { data: { people: { code: string; eligibility: { title: string; isEligible: boolean }[]; monthsScored: unknown }[] } }).data.people;
    expect(people.find((p) => p.code === 'CB011')?.eligibility.map((e) => [e.title, e.isEligible])).toEqual([['advancedWorker', false], ['gradeEmulationSoldier', false]]);

    const refused = await runCli(['period', 'close', '--period', '2026-05', '--set', 'nd335-2025-leader', '--data', folder]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('CT001 Nguyễn Văn Chủ (thiếu 05/2026)');
    expect(refused.stderr).toContain('Lỗi: chưa khóa Tháng 05/2026.');
    expect(refused.stderr).toContain(': 1 người chưa chấm đủ');
    const usage = await runCli(['period', 'close', '--period', '2026-05', '--allow-incomplete', '--data', folder]);
    expect(usage.code).toBe(2);
    const closed = await runCli(['period', 'close', '--period', '2026-05', '--set', 'nd335-2025-leader', '--allow-incomplete', '--reason', 'Chủ tịch chấm sau khi đi công tác về', '--data', folder]);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain('Đã khóa Tháng 05/2026 — ND 335/2025 — lãnh đạo, quản lý (chưa chấm đủ: 1 người; lý do: Chủ tịch chấm sau khi đi công tác về).');
    const periods = JSON.parse(await fs.readFile(path.join(folder, 'db', 'periods.json'), 'utf8')) as { records: { key: string; incompleteClose: unknown }[] };
    expect(periods.records[0]?.incompleteClose).toEqual({ reason: 'Chủ tịch chấm sau khi đi công tác về', missing: ['CT001 Nguyễn Văn Chủ (thiếu 05/2026)'] });
  }, 300_000);
});
