/**
 * Issue 16 item 3: reading a person's Số CCCD is a logged read (who, when, whose); every other output
 * that carries a person has at most the masked form. Mai's number is 001190000123; a clerk records it,
 * the chairman reads the ward's lists and pages, then asks to see it once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../../../shared/api/accessContract';
import type { MethodName } from '../../../shared/api/contract';
import type { StaffDetail } from '../../../shared/api/rosterTypes';
import type { Session } from '../../../electron/services/session';
import { NAMES, wardWithUsers } from './wardUsers';

const MAI_ID_NUMBER = '001190000123';
const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function wardWithMaisNumber() {
  const ward = await wardWithUsers();
  sessions.push(ward.session);
  await ward.signInAs('van-phong');
  const mai = await ward.must<StaffDetail>('getStaff', { id: ward.ids.mai });
  const saved = await ward.must<StaffDetail>('updateStaff', {
    id: ward.ids.mai,
    fields: { code: mai.code, fullName: mai.fullName, category: mai.category, unitId: mai.unitId, idNumber: '001 190 000 123' },
  });
  return { ward, saved };
}

describe('Số CCCD: shown masked everywhere, the full number only on a logged request', () => {
  it('the clerk saves Mai’s number and gets back only its masked form, also in her history', async () => {
    const { ward, saved } = await wardWithMaisNumber();
    expect(saved.idNumberMasked).toBe('0011******23');
    expect(JSON.stringify(saved)).not.toContain(MAI_ID_NUMBER);
    expect(saved.history.at(-1)?.changes).toEqual({ idNumber: { from: null, to: '0011******23' } });
    // A status change made without revealing the number leaves it on record.
    const moved = await ward.must<StaffDetail>('updateStaff', { id: ward.ids.mai, fields: { code: saved.code, fullName: saved.fullName, category: saved.category, unitId: saved.unitId, position: 'Chuyên viên' } });
    expect(moved.idNumberMasked).toBe('0011******23');
    expect(await ward.must('revealIdNumber', { staffId: ward.ids.mai })).toEqual({ idNumber: MAI_ID_NUMBER });
  });

  it('no list or page the chairman opens carries the full number', async () => {
    const { ward } = await wardWithMaisNumber();
    await ward.signInAs('lanh-dao');
    const reads: [MethodName, unknown][] = [
      ['listStaff', { status: 'all' }], ['getStaff', { id: ward.ids.mai }], ['listUnits', {}], ['listViolations', {}],
      ['getViolation', { id: ward.ids.violation }], ['getTodo', {}], ['getScoreGrid', { period: '2026-11', setId: 'nd335-2025' }],
      ['evaluateStaff', { code: 'CB0002', period: '2026' }], ['listStaffScores', { staffId: ward.ids.mai, year: 2026 }],
      ['getPersonTitles', { subjectId: ward.ids.mai }], ['getReport', { kind: 'tong-ket', year: 2026 }], ['getAuthState', {}],
    ];
    for (const [name, input] of reads) {
      const result = await ward.call(name, input);
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
      expect(JSON.stringify(result), name).not.toContain(MAI_ID_NUMBER);
    }
    await ward.signInAs('quan-tri');
    for (const name of ['listUsers', 'listAccessLog'] as const) expect(JSON.stringify(await ward.call(name, {})), name).not.toContain(MAI_ID_NUMBER);
  });

  it('logs the chairman’s reveal with who, when and whose number; a head of unit may not ask', async () => {
    const { ward } = await wardWithMaisNumber();
    await ward.signInAs('thu-truong');
    const refused = await ward.call('revealIdNumber', { staffId: ward.ids.mai });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    await ward.signInAs('lanh-dao');
    expect(await ward.must('revealIdNumber', { staffId: ward.ids.mai })).toEqual({ idNumber: MAI_ID_NUMBER });
    await ward.signInAs('quan-tri');
    const log = await ward.must<AccessLogEntry[]>('listAccessLog', { staffId: ward.ids.mai });
    const reveals = log.filter((e) => e.method === 'revealIdNumber');
    expect(reveals.map((e) => ({ by: e.by, role: e.role, what: e.what, staffNames: e.staffNames, at: e.at }))).toEqual([
      { by: NAMES['lanh-dao'], role: 'lanh-dao', what: 'Xem số CCCD', staffNames: ['Trần Thị Mai (CB0002)'], at: '2026-11-26T02:00:00.000Z' },
    ]);
    // The refused request read nothing and left no entry; the log itself names the read, never the number.
    expect(JSON.stringify(log)).not.toContain(MAI_ID_NUMBER);
  });

  it('refuses a malformed number with what to type, and changes nothing', async () => {
    const { ward, saved } = await wardWithMaisNumber();
    const result = await ward.call('updateStaff', { id: ward.ids.mai, fields: { code: saved.code, fullName: saved.fullName, category: saved.category, idNumber: '0011900001' } });
    expect(!result.ok && result.error.message).toBe('Số CCCD: nhập đủ 12 chữ số của căn cước công dân (hoặc 9 chữ số của CMND cũ), chỉ gồm chữ số');
    expect(await ward.must('revealIdNumber', { staffId: ward.ids.mai })).toEqual({ idNumber: MAI_ID_NUMBER });
  });
});
