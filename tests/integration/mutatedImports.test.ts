/**
 * Issue 17, item 7: a corpus of damaged files fed to every import door — the ward's roster, a filled
 * scorecard, a decision in Word, a backup. Each mutant (byte flips, cuts, zip parts removed, replaced
 * or corrupted, backup lines edited) must come back as a Result with a known code and a message, and
 * a refused one must leave the data folder byte for byte as it was.
 * Bounded for CI (FUZZ_RUNS=1: 24 mutants of each of 4 files); `npm run fuzz` makes 20 times more.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import type { Handlers, MethodName } from '../../shared/api/contract';
import { ERROR_CODES } from '../../shared/api/result';
import { simpleRoster } from '../fixtures/roster/buildRosterFiles';
import { buildDocx } from '../fixtures/rules/buildDocx';
import { qd1665Lines } from '../fixtures/rules/decisionTexts';
import { mutants, type Mutant } from '../fixtures/mutated/mutateFiles';
import { changedEntries, folderState } from '../fixtures/hostile/folderState';
import { fixedClock } from './helpers';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));
const PER_FILE = 24 * RUNS;
const SEED = Number(process.env.FUZZ_SEED ?? 17);

let folder: string;
let outside: string;
let session: Session;
let handlers: Handlers;
const seeds: Record<'roster' | 'scorecard' | 'decision' | 'backup', Uint8Array> = {} as never;
const tally = { files: 0, calls: 0, accepted: 0, rejected: 0, internal: [] as string[] };

async function must<K extends MethodName>(name: K, input: unknown) {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
}

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-mutated-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'wc-mutants-'));
  session = new Session(folder, { app: 'test', now: fixedClock('2026-11-26T09:00:00+07:00').now });
  await session.open();
  handlers = createHandlers(session);
  await must('updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Nguyễn Thị Văn Thư' });
  await must('createStaff', { code: 'CB0001', fullName: 'Nguyễn Văn Đức', category: 'civilServant' });
  seeds.roster = await simpleRoster([
    { 'STT': 1, 'Họ và tên': 'Trần Thị Mai', 'Ngày sinh': '12/03/1985', 'Chức vụ': 'Chuyên viên' },
    { 'STT': 2, 'Họ và tên': 'Lê Văn Cường', 'Ngày sinh': '01/07/1979', 'Chức vụ': 'Phó Chủ tịch' },
  ]);
  seeds.scorecard = Buffer.from((await must('exportScorecard', { period: '2026-11', setId: 'nd335-2025' })).dataBase64, 'base64');
  seeds.decision = await buildDocx(qd1665Lines());
  seeds.backup = await fs.readFile((await must('createBackup', {})).file);
}, 180_000);

afterAll(async () => {
  await session.close();
  await fs.rm(folder, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
  console.log(`mutated imports: ${tally.files} files, ${tally.calls} calls, ${tally.accepted} accepted, ${tally.rejected} refused, ${tally.internal.length} internal errors${tally.internal.length ? `: ${tally.internal.join('; ')}` : ''}`);
});

async function feed(name: MethodName, input: unknown, mutant: Mutant): Promise<void> {
  // The day's backup of the setup's first change is written in the background: let it finish first.
  await session.store.idle();
  const before = await folderState(folder);
  expect(before.has('db/meta.json'), 'the data folder is there to compare').toBe(true);
  let result;
  try {
    result = await dispatch(handlers, name, input, () => undefined);
  } catch (error) {
    throw new Error(`${name} threw on "${mutant.recipe}": ${String(error)}`);
  }
  tally.calls += 1;
  if (result.ok) {
    tally.accepted += 1;
    return;
  }
  tally.rejected += 1;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(result.error.message.length, mutant.recipe).toBeGreaterThan(0);
  if (result.error.code === 'INTERNAL') tally.internal.push(`${name} (${mutant.recipe})`);
  expect(changedEntries(before, await folderState(folder)), `${name} wrote on rejecting "${mutant.recipe}"`).toEqual([]);
}

const asFile = (fileName: string, bytes: Uint8Array) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });
const nonEmpty = (m: Mutant) => m.bytes.length > 0;

describe('damaged files fed to every import', () => {
  it('roster .xlsx: preview and apply', async () => {
    for (const mutant of (await mutants(seeds.roster, 'zip', PER_FILE, SEED)).filter(nonEmpty)) {
      tally.files += 1;
      await feed('previewStaffImport', { file: asFile('danh-sach.xlsx', mutant.bytes) }, mutant);
      await feed('applyStaffImport', { file: asFile('danh-sach.xlsx', mutant.bytes), skippedRows: [] }, mutant);
    }
  }, 600_000);

  it('scorecard .xlsx: preview and apply', async () => {
    for (const mutant of (await mutants(seeds.scorecard, 'zip', PER_FILE, SEED + 1)).filter(nonEmpty)) {
      tally.files += 1;
      await feed('previewScorecardImport', { file: asFile('bang-cham-diem.xlsx', mutant.bytes) }, mutant);
      await feed('applyScorecardImport', { file: asFile('bang-cham-diem.xlsx', mutant.bytes), accepted: [] }, mutant);
    }
  }, 600_000);

  it('decision .docx: preview', async () => {
    for (const mutant of (await mutants(seeds.decision, 'zip', PER_FILE, SEED + 2)).filter(nonEmpty)) {
      tally.files += 1;
      await feed('previewRuleImport', { file: asFile('quyet-dinh.docx', mutant.bytes) }, mutant);
    }
  }, 600_000);

  it('backup .wcbak: preview and restore', async () => {
    let i = 0;
    for (const mutant of await mutants(seeds.backup, 'backup', PER_FILE, SEED + 3)) {
      tally.files += 1;
      const file = path.join(outside, `mutant-${(i += 1)}.wcbak`);
      await fs.writeFile(file, mutant.bytes);
      await feed('previewBackup', { file }, mutant);
      await feed('restoreBackup', { file }, mutant);
    }
  }, 600_000);
});
