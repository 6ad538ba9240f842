/**
 * The built ward-conduct command (bin/ward-conduct.js → out/cli) imports each roster layout of the
 * corpus: the dry run finds the right people, units, refusals and structure rows; the import
 * stores exactly those people, in those units, and nothing else.
 * `npm test` builds before vitest; run alone, this test bundles the CLI first when out/cli is missing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROSTER_LAYOUTS, writeLayout, type Expected } from '../fixtures/roster/corpus';
import { isFooterText } from '../../shared/domain/rosterStructure';
import type { ImportPlan } from '../../shared/api/rosterTypes';
import type { Staff, Unit } from '../../shared/schema/staff';
import { repoRoot } from './cliHelpers';
import { TEMPLATE_COLUMNS } from '../../electron/documents/xlsx/rosterTemplate';
import { FIELD_LABELS, fieldForHeading } from '../../electron/documents/xlsx/rosterHeaders';

const bin = path.join(repoRoot, 'bin', 'ward-conduct.js');
let folder: string;
let blankStore: string;

function runBuilt(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, WARD_CONDUCT_DATA: undefined }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** The records of one data file, as the store wrote them (a file not written yet holds none). */
async function records<T>(data: string, kind: string): Promise<T[]> {
  const text = await readFile(path.join(data, 'db', `${kind}.json`), 'utf8').catch(() => null);
  return text === null ? [] : (JSON.parse(text) as { records: T[] }).records;
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'out', 'cli', 'ward-conduct.mjs'))) execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.mjs')], { cwd: repoRoot });
  folder = await mkdtemp(path.join(os.tmpdir(), 'wc-corpus-'));
  blankStore = path.join(folder, 'blank-store');
  const init = await runBuilt(['--data', blankStore, 'init', '--ward', 'Phường Hoàn Kiếm']);
  expect(init.code).toBe(0);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function checkPlan(plan: ImportPlan, expected: Expected): void {
  const people = plan.rows.filter((r) => r.action === 'new').map((r) => `${r.sheetName}!${r.rowNumber} ${r.fullName}`);
  expect(people).toEqual(expected.people.map((p) => `${p.sheet}!${p.row} ${p.fullName}`));
  const refused = plan.rows.filter((r) => r.action === 'refused');
  expect(refused.map((r) => `${r.sheetName}!${r.rowNumber}`)).toEqual(expected.refused.map((r) => `${r.sheet}!${r.row}`));
  refused.forEach((row, i) => expect(row.reason).toContain(expected.refused[i]!.reason));
  const skipped = { group: 0, footer: 0, blank: 0, sample: 0, columnNumbers: 0 };
  for (const sheet of plan.sheets) for (const kind of Object.keys(skipped) as (keyof typeof skipped)[]) skipped[kind] += sheet.skipped[kind];
  expect(skipped).toEqual(expected.skipped);
  expect(plan.ignoredSheets.map((s) => s.sheetName)).toEqual(expected.ignoredSheets);
  expect([...plan.newUnits].sort()).toEqual([...expected.units].sort());
  for (const person of expected.people.filter((p) => p.warns)) {
    const row = plan.rows.find((r) => r.sheetName === person.sheet && r.rowNumber === person.row);
    expect(row?.warnings.join(' ')).toContain(person.warns);
  }
}

describe.each(ROSTER_LAYOUTS.map((layout) => [layout.name, layout] as const))('roster layout %s', (name, layout) => {
  it(`dry-runs, then imports exactly the people of the file (${layout.quirk})`, async () => {
    const { file, expected } = await writeLayout(layout, folder);
    const data = path.join(folder, `store-${name}`);
    await cp(blankStore, data, { recursive: true });

    const dry = await runBuilt(['--data', data, '--json', 'staff', 'import', file, '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(expected.refused.length > 0 ? 1 : 0);
    const result = JSON.parse(dry.stdout) as { ok: true; data: ImportPlan };
    checkPlan(result.data, expected);
    expect(await records<Staff>(data, 'staff')).toHaveLength(0);

    const run = await runBuilt(['--data', data, 'staff', 'import', file]);
    expect(run.code).toBe(expected.refused.length > 0 ? 1 : 0);
    expect(run.stdout).toContain(`Đã ghi: thêm mới ${expected.people.length}, cập nhật 0; ${expected.refused.length} dòng bị từ chối không được ghi.`);

    const staff = await records<Staff>(data, 'staff');
    const units = await records<Unit>(data, 'units');
    const unitName = new Map(units.map((u) => [u.id, u.name] as const));
    expect(units.map((u) => u.name).sort()).toEqual([...expected.units].sort());
    expect(staff.map((s) => s.fullName).sort()).toEqual(expected.people.map((p) => p.fullName).sort());
    for (const person of expected.people) {
      const stored = staff.find((s) => s.fullName === person.fullName)!;
      expect(stored.fullName).toBe(stored.fullName.normalize('NFC'));
      expect({ name: stored.fullName, unit: stored.unitId ? unitName.get(stored.unitId) : null, category: stored.category }).toEqual({
        name: person.fullName,
        unit: person.unit,
        category: person.category,
      });
      if (person.birthDate !== undefined) expect(stored.birthDate).toBe(person.birthDate);
      if (person.gender !== undefined) expect(stored.gender).toBe(person.gender);
      if (person.keeps) expect(`${stored.title} ${stored.notes}`).toContain(person.keeps);
      if (person.idNumber) expect({ idNumber: stored.idNumber, notes: stored.notes }).toEqual({ idNumber: person.idNumber, notes: '' });
    }
    // Nothing that is not a person: no footer words, no group heading, no sample among the stored names.
    for (const s of staff) expect(isFooterText(s.fullName) || /ví dụ|^(I|II|III|\d+)\.|lập biểu|TM\./iu.test(s.fullName)).toBe(false);
  });
});

describe('the dry-run report a clerk reads', () => {
  it('names each sheet with its header row, columns and units, skips the instructions sheet and counts what is not a person', async () => {
    const layout = ROSTER_LAYOUTS.find((l) => l.name.startsWith('02-'))!;
    const { file } = await writeLayout(layout, folder);
    const run = await runBuilt(['--data', blankStore, 'staff', 'import', file, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bỏ qua trang tính "Hướng dẫn": trang hướng dẫn/ghi chú.');
    expect(run.stdout).toContain('Trang tính "Phòng Văn hóa - Xã hội", dòng tiêu đề 6. Cột nhận ra: STT, Họ (họ đệm), Tên, Ngày sinh, Giới tính, Chức vụ');
    expect(run.stdout).toContain('  Đơn vị theo bố cục: Bộ phận Một cửa');
    expect(run.stdout).toContain('  3 dòng người; bỏ qua 6 dòng không phải người (chân bảng, chữ ký: 5, dòng trống: 1).');
    expect(run.stdout).toMatch(/Dòng {4}9 \(Phòng Văn hóa - Xã hội\) {2}THÊM MỚI {12}Bùi Đức Anh/);
    expect(run.stdout).toContain('Chạy thử: chưa ghi gì.');
  });

  it('gives the empty template ("Tải mẫu danh sách"), which reads back with no one in it and its sample row skipped', async () => {
    const template = path.join(folder, 'mau-danh-sach.xlsx');
    const saved = await runBuilt(['--data', blankStore, 'staff', 'template', '--out', template]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain(`Đã lưu mẫu danh sách cán bộ vào ${template}.`);
    const dry = await runBuilt(['--data', blankStore, '--json', 'staff', 'import', template, '--dry-run']);
    const plan = (JSON.parse(dry.stdout) as { data: ImportPlan }).data;
    expect(plan.ignoredSheets).toEqual([{ sheetName: 'Hướng dẫn', reason: 'trang hướng dẫn/ghi chú' }]);
    expect(plan.sheets.map((s) => [s.sheetName, s.peopleRows, s.skipped.sample])).toEqual([['Danh sách', 0, 1]]);
    expect(plan.sheets[0]!.columns.map((c) => c.label)).toEqual(TEMPLATE_COLUMNS.map((c) => FIELD_LABELS[fieldForHeading(c.heading)!]));
    expect(plan.rows).toEqual([]);
  });
});
