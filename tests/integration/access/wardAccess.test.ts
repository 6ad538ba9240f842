/**
 * Issue 16 in the ward's day: the clerk records, the chairman concludes, a head of unit scores only
 * their own unit, reads of discipline records are logged, a lost administrator comes back with the
 * printed recovery code. Everything through dispatch, on a real data folder.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccessLogEntry, AuthState, CreatedUser } from '../../../shared/api/accessContract';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import type { ScoreGrid } from '../../../shared/api/scoringTypes';
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { Session } from '../../../electron/services/session';
import { fixedClock, tempFolder } from '../helpers';
import { NAMES, wardWithUsers } from './wardUsers';

const CONCLUSION = { severity: 'minor', measure: 'reminder', conclusion: 'Nhắc nhở rút kinh nghiệm.', concludedOn: '2026-11-26' };

describe('who may do what, in the ward', () => {
  it('a clerk cannot conclude a discipline (nothing changes); the chairman can, and the history names him', async () => {
    const ward = await wardWithUsers();
    await ward.signInAs('van-phong');
    const file = path.join(ward.folder, 'db', 'violations-2026.json');
    const before = await fs.readFile(file, 'utf8');
    const refused = await ward.call('moveViolation', { id: ward.ids.violation, to: 'concluded', fields: CONCLUSION });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Văn phòng không có quyền kết luận vi phạm') });
    expect(await fs.readFile(file, 'utf8')).toBe(before);

    await ward.signInAs('lanh-dao');
    const done = await ward.must<ViolationDetail>('moveViolation', { id: ward.ids.violation, to: 'concluded', fields: CONCLUSION });
    expect(done.record.state).toBe('concluded');
    expect(done.record.workflow.at(-1)?.by).toBe(NAMES['lanh-dao']);
    expect(done.record.updatedBy).toBe(NAMES['lanh-dao']);
    // The earlier steps were made before any user existed: recorded as the operator setting.
    expect(done.record.workflow[0]?.by).toBe('Lê Thị Hường');
    await ward.session.close();
  });

  it('a head of unit opens and scores only their own unit', async () => {
    const ward = await wardWithUsers();
    await ward.signInAs('thu-truong');
    const own = await ward.call('getScoreGrid', { period: '2026-11', setId: 'nd335-2025', unitId: ward.ids.office });
    expect(own.ok, own.ok ? '' : own.error.message).toBe(true);
    const names = (own.ok ? (own.data as ScoreGrid).rows : []).map((r) => r.name);
    expect(names).toContain('Trần Thị Mai');
    expect(names).not.toContain('Hoàng Thị Lan');
    const other = await ward.call('getScoreGrid', { period: '2026-11', setId: 'nd335-2025', unitId: ward.ids.culture });
    expect(other.ok ? 'OK' : other.error.code).toBe('FORBIDDEN');
    const whole = await ward.call('getScoreGrid', { period: '2026-11', setId: 'nd335-2025' });
    expect(whole.ok ? 'OK' : whole.error.code).toBe('FORBIDDEN');
    const scoresFile = path.join(ward.folder, 'db', 'scores-2026.json');
    const before = await fs.readFile(scoresFile, 'utf8').catch(() => 'absent');
    const outside = await ward.call('saveScores', { period: '2026-11', setId: 'nd335-2025', step: 'headScore', entries: [{ subjectId: ward.ids.lan, points: {} }] });
    expect(outside.ok ? 'OK' : outside.error.message).toBe('Thủ trưởng đơn vị chỉ xem và chấm điểm, nhận xét cho đơn vị của mình (Văn phòng HĐND và UBND). Không có gì bị thay đổi.');
    expect(await fs.readFile(scoresFile, 'utf8').catch(() => 'absent')).toBe(before);
    const breakdown = await ward.call('getScoreBreakdown', { period: '2026-11', setId: 'nd335-2025', subjectId: ward.ids.lan });
    expect(breakdown.ok ? 'OK' : breakdown.error.code).toBe('FORBIDDEN');
    await ward.session.close();
  });

  it('reads of discipline records and profiles are logged with who, when and whose; only the administrator sees the log', async () => {
    const ward = await wardWithUsers();
    await ward.signInAs('hoi-dong');
    await ward.must('getViolation', { id: ward.ids.violation });
    await ward.must('getStaff', { id: ward.ids.lan });
    expect((await ward.call('listAccessLog', {})).ok).toBe(false);
    await ward.signInAs('quan-tri');
    const log = await ward.must<AccessLogEntry[]>('listAccessLog', {});
    expect(log.map((e) => [e.by, e.what.split(' (')[0], e.staffNames])).toEqual([
      [NAMES['hoi-dong'], 'Xem hồ sơ cán bộ', ['Hoàng Thị Lan (CB0003)']],
      [NAMES['hoi-dong'], 'Xem hồ sơ vi phạm', ['Trần Thị Mai (CB0002)']],
    ]);
    expect(log[0]?.at).toBe('2026-11-26T02:00:00.000Z');
    const exported = await ward.must<{ dataBase64: string; count: number }>('exportAccessLog', {});
    const csv = Buffer.from(exported.dataBase64, 'base64').toString('utf8');
    expect(csv).toContain('Thời điểm,Người dùng,Vai trò,Thao tác,Người có dữ liệu được xem');
    expect(csv).toContain(`${NAMES['hoi-dong']},Thành viên Hội đồng,Xem hồ sơ vi phạm`);
    await ward.session.close();
  });

  it('a store without users works as before; the first user must be the administrator, who gets a recovery code once', async () => {
    const folder = await tempFolder('first-user');
    const session = new Session(folder, { app: 'test', now: fixedClock('2026-11-26T09:00:00+07:00').now });
    await session.open();
    const handlers = createHandlers(session);
    const call = (name: Parameters<typeof dispatch>[1], input: unknown) => dispatch(handlers, name, input, () => undefined);
    expect((await call('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường' })).ok).toBe(true);
    const clerkFirst = await call('createUser', { name: 'Lê Thị Hường', role: 'van-phong', pin: '1357' });
    expect(clerkFirst.ok ? 'OK' : clerkFirst.error.message).toBe('Người dùng đầu tiên phải là Quản trị (để quản lý người dùng và cài đặt).');
    const admin = await call('createUser', { name: 'Phạm Quản Trị', role: 'quan-tri', pin: '2468' });
    const code = admin.ok ? (admin.data as CreatedUser).recoveryCode : null;
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    const users = await fs.readFile(path.join(folder, 'db', 'users.json'), 'utf8');
    // Record ids (random UUIDs) and the salted hash are random hex/base64 and may contain any four digits by
    // chance, so they are masked before looking for the PIN as written anywhere else in the file.
    const withoutRandom = users
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/"secret":"scrypt\$[^"]*"/g, '"secret":"<hash>"');
    expect(withoutRandom).toContain('"secret":"<hash>"');
    expect(withoutRandom).not.toContain('2468');
    expect(users).not.toContain(code!);
    expect(users).toMatch(/"secret":"scrypt\$16384\$8\$1\$/);

    await call('signOut', {});
    expect((await call('getProfile', {})).ok).toBe(false);
    const wrong = await call('signIn', { name: 'Phạm Quản Trị', pin: '0000' });
    expect(wrong.ok ? 'OK' : wrong.error.message).toBe('Tên người dùng hoặc mã PIN không đúng.');
    // The PIN is forgotten: the recovery code (dashes and case do not matter) sets a new one and is replaced.
    expect((await call('recoverAdmin', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE', name: 'Phạm Quản Trị', pin: '9999' })).ok).toBe(false);
    const recovered = await call('recoverAdmin', { code: code!.toLowerCase().replace(/-/g, ' '), name: 'Phạm Quản Trị', pin: '9999' });
    expect(recovered.ok, recovered.ok ? '' : recovered.error.message).toBe(true);
    const next = recovered.ok ? (recovered.data as CreatedUser).recoveryCode : null;
    expect(next).not.toBe(code);
    await call('signOut', {});
    expect((await call('recoverAdmin', { code: code!, name: 'Phạm Quản Trị', pin: '1111' })).ok).toBe(false);
    const state = await call('signIn', { name: 'pham quan tri', pin: '9999' });
    expect(state.ok ? (state.data as AuthState).user?.role : null).toBe('quan-tri');
    await session.close();
  });
});

describe("a person's data on request", () => {
  it('exports everything about one person as one readable file, and logs the export', async () => {
    const ward = await wardWithUsers();
    await ward.signInAs('van-phong');
    expect((await ward.call('exportPersonData', { staffId: ward.ids.mai })).ok).toBe(false);
    await ward.must('getStaff', { id: ward.ids.mai });
    await ward.signInAs('quan-tri');
    const out = await ward.must<{ fileName: string; dataBase64: string; count: number }>('exportPersonData', { staffId: ward.ids.mai });
    expect(out.fileName).toBe('du-lieu-ca-nhan-CB0002.txt');
    const text = Buffer.from(out.dataBase64, 'base64').toString('utf8');
    expect(text).toContain('DỮ LIỆU CÁ NHÂN: Trần Thị Mai (CB0002)');
    expect(text).toContain('2. Vi phạm (1)');
    expect(text).toMatch(/20\/11\/2026 · Xem xét · Đi muộn họp giao ban/);
    expect(text).toContain(`8. Nhật ký truy cập dữ liệu của người này (1)`);
    expect(text).toContain(`${NAMES['van-phong']} · Xem hồ sơ cán bộ`);
    // The user linked to her is listed, without the PIN's hash; nobody else's records are in it.
    expect(text).toContain(`${NAMES['van-phong']} · Văn phòng · đang dùng`);
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain('Hoàng Thị Lan');
    const log = await ward.must<AccessLogEntry[]>('listAccessLog', { staffId: ward.ids.mai });
    expect(log[0]?.what).toBe('Xuất toàn bộ dữ liệu cá nhân');
    await ward.session.close();
  });

  it("corrects Mai's phone number with the change kept in her history, and her exported file shows it", async () => {
    const ward = await wardWithUsers();
    await ward.signInAs('van-phong');
    const before = await ward.must<{ code: string; fullName: string; category: string; unitId: string; history: { action: string }[] }>('getStaff', { id: ward.ids.mai });
    await ward.must('updateStaff', { id: ward.ids.mai, fields: { code: before.code, fullName: before.fullName, category: before.category, unitId: before.unitId, phone: '0912345678' } });
    await ward.must('updateStaff', { id: ward.ids.mai, fields: { code: before.code, fullName: before.fullName, category: before.category, unitId: before.unitId, phone: '0912345679' } });
    const after = await ward.must<{ phone: string; history: { action: string; by: string; changes?: Record<string, { from: unknown; to: unknown }> }[] }>('getStaff', { id: ward.ids.mai });
    expect(after.phone).toBe('0912345679');
    expect(after.history.slice(-2).map((h) => [h.action, h.by, h.changes?.phone])).toEqual([
      ['update', NAMES['van-phong'], { from: '', to: '0912345678' }],
      ['update', NAMES['van-phong'], { from: '0912345678', to: '0912345679' }],
    ]);
    await ward.signInAs('quan-tri');
    const out = await ward.must<{ dataBase64: string }>('exportPersonData', { staffId: ward.ids.mai });
    const text = Buffer.from(out.dataBase64, 'base64').toString('utf8');
    expect(text).toContain(`${NAMES['van-phong']} · sửa · Điện thoại: 0912345678 → 0912345679`);
    expect(text).toContain(`${NAMES['van-phong']} · sửa · Điện thoại: (trống) → 0912345678`);
    await ward.session.close();
  });
});
