/**
 * Issue 16 through the built CLI: the first administrator, --user with WARD_CONDUCT_PIN, a clerk
 * refused at `violation conclude` (nothing changes), the chairman concluding, and a CLI read in the
 * access log that the administrator exports.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { Session } from '../../../electron/services/session';
import { runCli } from '../cliHelpers';

let folder: string;
let outFolder: string;
let violationId: string;

async function preparedWard(): Promise<void> {
  const session = new Session(folder, { app: 'test', now: () => new Date() });
  await session.open();
  const handlers = createHandlers(session);
  const must = async (name: Parameters<typeof dispatch>[1], input: unknown) => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as Record<string, unknown>;
  };
  await must('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Lê Thị Hường' });
  const units = (await must('createUnit', { name: 'Văn phòng HĐND và UBND', shortName: 'VP', headId: null, isActive: true })) as unknown as { id: string }[];
  const mai = await must('createStaff', { code: 'CB0002', fullName: 'Trần Thị Mai', category: 'civilServant', unitId: units[0]!.id, idNumber: '001190000123' });
  const day = new Date().toISOString().slice(0, 10);
  const created = await must('createViolation', { date: day, staffIds: [mai.id], ruleRefs: [{ ruleSetId: 'qd-522-2017', version: 1, article: '5' }], description: 'Đi muộn họp giao ban' });
  violationId = (created.record as { id: string }).id;
  await must('moveViolation', { id: violationId, to: 'awaitingExplanation', fields: { explanationDue: day } });
  await must('moveViolation', { id: violationId, to: 'underReview', fields: { explanation: 'Xe hỏng trên đường.', explanationDate: day } });
  await session.close();
}

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-cli-access-'));
  outFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-cli-access-out-'));
  await preparedWard();
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
  await fs.rm(outFolder, { recursive: true, force: true });
});

const ADMIN = 'Phạm Quản Trị';
const CLERK = 'Lê Thị Hường';
const CHAIR = 'Trần Văn Chủ';
const conclude = () => ['violation', 'conclude', '--id', violationId, '--measure', 'nhắc nhở', '--severity', 'ít nghiêm trọng', '--conclusion', 'Nhắc nhở rút kinh nghiệm.'];

describe('ward-conduct user …, --user and access-log export', () => {
  it('the clerk cannot conclude, the chairman can, and a CLI read is in the exported access log', async () => {
    const first = await runCli(['--data', folder, 'user', 'add', '--name', ADMIN, '--role', 'quan-tri'], { WARD_CONDUCT_NEW_PIN: '2468' });
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/Mã khôi phục quản trị .*: [A-Z2-9]{4}(-[A-Z2-9]{4}){4}/);
    const anonymous = await runCli(['--data', folder, 'violation', 'list']);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('Cần đăng nhập');
    const admin = { WARD_CONDUCT_PIN: '2468' };
    expect((await runCli(['--data', folder, '--user', ADMIN, 'user', 'add', '--name', CLERK, '--role', 'van-phong', '--staff', 'CB0002'], { ...admin, WARD_CONDUCT_NEW_PIN: '1357' })).code).toBe(0);
    expect((await runCli(['--data', folder, '--user', ADMIN, 'user', 'add', '--name', CHAIR, '--role', 'lanh-dao'], { ...admin, WARD_CONDUCT_NEW_PIN: '9753' })).code).toBe(0);
    const list = await runCli(['--data', folder, '--user', ADMIN, 'user', 'list'], admin);
    expect(list.stdout).toMatch(/Lê Thị Hường\s+Văn phòng\s+Trần Thị Mai/);
    expect(list.stdout).toContain('3 người dùng.');

    const wrongPin = await runCli(['--data', folder, '--user', CLERK, 'violation', 'list'], { WARD_CONDUCT_PIN: '0000' });
    expect(wrongPin.code).toBe(2);
    expect(wrongPin.stderr).toContain('Tên người dùng hoặc mã PIN không đúng.');
    const violations = path.join(folder, 'db', `violations-${new Date().getFullYear()}.json`);
    const before = await fs.readFile(violations, 'utf8');
    const refused = await runCli(['--data', folder, '--user', CLERK, ...conclude()], { WARD_CONDUCT_PIN: '1357' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('vai trò Văn phòng không có quyền kết luận vi phạm');
    expect(await fs.readFile(violations, 'utf8')).toBe(before);
    const done = await runCli(['--data', folder, '--user', CHAIR, ...conclude()], { WARD_CONDUCT_PIN: '9753' });
    expect(done.stderr).toBe('');
    expect(done.stdout).toContain('Trần Thị Mai — Nhắc nhở');
    expect(JSON.parse(await fs.readFile(violations, 'utf8')).records[0].updatedBy).toBe(CHAIR);

    const read = await runCli(['--data', folder, '--user', CLERK, 'violation', 'list'], { WARD_CONDUCT_PIN: '1357' });
    expect(read.code).toBe(0);
    const csvFile = path.join(outFolder, 'nhat-ky.csv');
    expect((await runCli(['--data', folder, '--user', CLERK, 'access-log', 'export', '--out', csvFile], { WARD_CONDUCT_PIN: '1357' })).code).toBe(2);
    const exported = await runCli(['--data', folder, '--user', ADMIN, 'access-log', 'export', '--out', csvFile], admin);
    expect(exported.stderr).toBe('');
    const csv = await fs.readFile(csvFile, 'utf8');
    expect(csv.split('\r\n').filter((l) => l.includes('Xem danh sách vi phạm'))).toEqual([expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d,Lê Thị Hường,Văn phòng,Xem danh sách vi phạm,Trần Thị Mai \(CB0002\)$/)]);
  });

  it('staff id-number shows Mai’s full Số CCCD to the clerk and logs it; staff list never shows it; a head of unit is refused', async () => {
    await runCli(['--data', folder, 'user', 'add', '--name', ADMIN, '--role', 'quan-tri'], { WARD_CONDUCT_NEW_PIN: '2468' });
    const admin = { WARD_CONDUCT_PIN: '2468' };
    await runCli(['--data', folder, '--user', ADMIN, 'user', 'add', '--name', CLERK, '--role', 'van-phong'], { ...admin, WARD_CONDUCT_NEW_PIN: '1357' });
    // The head of Mai's unit (linked to her record here only so the account knows its unit).
    expect((await runCli(['--data', folder, '--user', ADMIN, 'user', 'add', '--name', 'Nguyễn Văn Đức', '--role', 'thu-truong', '--staff', 'CB0002'], { ...admin, WARD_CONDUCT_NEW_PIN: '8642' })).code).toBe(0);
    const clerk = { WARD_CONDUCT_PIN: '1357' };
    const list = await runCli(['--data', folder, '--user', CLERK, '--json', 'staff', 'list'], clerk);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Trần Thị Mai');
    expect(list.stdout).not.toContain('001190000123');
    const head = await runCli(['--data', folder, '--user', 'Nguyễn Văn Đức', 'staff', 'id-number', '--code', 'CB0002'], { WARD_CONDUCT_PIN: '8642' });
    expect(head.code).toBe(2);
    expect(head.stderr).toContain('vai trò Thủ trưởng đơn vị không có quyền');
    const shown = await runCli(['--data', folder, '--user', CLERK, 'staff', 'id-number', '--code', 'cb0002'], clerk);
    expect(shown.stderr).toBe('');
    expect(shown.stdout.trim()).toBe('CB0002 Trần Thị Mai: 001190000123');

    const csvFile = path.join(outFolder, 'nhat-ky-cccd.csv');
    expect((await runCli(['--data', folder, '--user', ADMIN, 'access-log', 'export', '--out', csvFile], admin)).code).toBe(0);
    const csv = await fs.readFile(csvFile, 'utf8');
    expect(csv.split('\r\n').filter((l) => l.includes('Xem số CCCD'))).toEqual([expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d,Lê Thị Hường,Văn phòng,Xem số CCCD,Trần Thị Mai \(CB0002\)$/)]);
    expect(csv).not.toContain('001190000123');
  });

  it('retention run --dry-run is for the administrator and lists nothing for a ward whose records are all current; the log exports by days', async () => {
    await runCli(['--data', folder, 'user', 'add', '--name', ADMIN, '--role', 'quan-tri'], { WARD_CONDUCT_NEW_PIN: '2468' });
    const admin = { WARD_CONDUCT_PIN: '2468' };
    await runCli(['--data', folder, '--user', ADMIN, 'user', 'add', '--name', CLERK, '--role', 'van-phong'], { ...admin, WARD_CONDUCT_NEW_PIN: '1357' });
    const refused = await runCli(['--data', folder, '--user', CLERK, 'retention', 'run', '--dry-run'], { WARD_CONDUCT_PIN: '1357' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('vai trò Văn phòng không có quyền cài đặt');
    const dry = await runCli(['--data', folder, '--user', ADMIN, 'retention', 'run', '--dry-run'], admin);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain('Không có bản ghi nào quá thời hạn lưu giữ.');

    await runCli(['--data', folder, '--user', CLERK, 'violation', 'list'], { WARD_CONDUCT_PIN: '1357' });
    const today = new Date();
    const day = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    const csvFile = path.join(outFolder, 'hom-nay.csv');
    const exported = await runCli(['--data', folder, '--user', ADMIN, 'access-log', 'export', '--out', csvFile, '--from', day(today), '--to', day(today)], admin);
    expect(exported.stderr).toBe('');
    expect((await fs.readFile(csvFile, 'utf8')).split('\r\n').filter((l) => l.includes('Xem danh sách vi phạm'))).toHaveLength(1);
    const tomorrow = new Date(today.getTime() + 86_400_000);
    await runCli(['--data', folder, '--user', ADMIN, 'access-log', 'export', '--out', csvFile, '--from', day(tomorrow)], admin);
    expect((await fs.readFile(csvFile, 'utf8')).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
