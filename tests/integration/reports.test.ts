/**
 * The clerk's year-end report: its figures equal counts made here straight from the records, the
 * narrative she edits survives regenerating, and the .docx opens in LibreOffice with the ND 30 header
 * and every table.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demoSeed';
import { listPeriods } from '../../electron/services/periodService';
import { exportReport } from '../../electron/services/reports/reportExport';
import { reportFigures, reportView, saveReportNarrative } from '../../electron/services/reports/reportService';
import { newRecord } from '../../electron/services/records';
import { Session } from '../../electron/services/session';
import type { Violation } from '../../shared/schema/violation';
import { fixedClock, tempFolder } from './helpers';

const run = promisify(execFile);
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function demoWard(): Promise<Session> {
  const folder = await tempFolder('report');
  const s = new Session(folder, { app: 'test', now: fixedClock('2026-12-20T09:00:00+07:00').now });
  await s.open();
  await s.store.updateMeta((m) => {
    m.ward = { name: 'Phường Hoàn Kiếm', address: '', chairman: 'Nguyễn Văn Chủ' };
  });
  await seedDemo(s.store, { size: 'S' });
  // Last year's book: three of this year's violations happened a year earlier too, one of them later cancelled.
  const some = s.store.collection('violations', '2026').records.filter((v) => !v.deletedAt).slice(0, 3);
  await s.store.mutateCollection('violations', '2025', (file) => {
    some.forEach((v, i) => file.records.push({ ...v, id: `old-${i}`, date: `2025${v.date.slice(4)}`, state: i === 2 ? 'cancelled' : v.state }));
  });
  return s;
}

const counted = (v: Violation, from: string, to: string) => !v.deletedAt && v.state !== 'cancelled' && v.date >= from && v.date <= to;

describe('the annual report of 2026 for the ward and for one unit', () => {
  it('counts what the records hold: violations by month and unit against last year, commitments, commendations, ratings', async () => {
    session = await demoWard();
    const store = session.store;
    const f = await reportFigures(session, { kind: 'tong-ket', year: 2026 });
    const v2026 = store.collection('violations', '2026').records.filter((v) => counted(v, '2026-01-01', '2026-12-31'));
    const v2025 = store.collection('violations', '2025').records.filter((v) => counted(v, '2025-01-01', '2025-12-31'));
    expect(f.violationsTotal.current.value).toBe(v2026.length);
    expect(f.violationsTotal.previous.value).toBe(v2025.length);
    expect(v2025.length).toBe(2);
    expect(new Set(f.violationsTotal.current.ids)).toEqual(new Set(v2026.map((v) => v.id)));
    const march = f.violationsByMonth.find((r) => r.key === '2026-03');
    expect(march?.current.value).toBe(v2026.filter((v) => v.date.startsWith('2026-03')).length);
    expect(f.violationsByMonth.reduce((n, r) => n + r.current.value, 0)).toBe(v2026.length);

    const staff = store.collection('staff').records.filter((s) => !s.deletedAt);
    const unitOf = new Map(staff.map((s) => [s.id, s.unitId] as const));
    const units = store.collection('units').records.filter((u) => !u.deletedAt);
    for (const unit of units) {
      const expected = v2026.filter((v) => v.staffIds.some((id) => unitOf.get(id) === unit.id)).length;
      expect(f.violationsByUnit.find((r) => r.key === unit.id)?.current.value ?? 0).toBe(expected);
    }
    const concluded = v2026.filter((v) => v.state === 'concluded');
    expect(f.violationsByMeasure.filter((r) => r.key !== 'pending').reduce((n, r) => n + r.current.value, 0)).toBe(concluded.length);
    expect(f.violationsPending.value).toBe(v2026.length - concluded.length);

    const active = staff.filter((s) => s.status === 'active' && (!s.startDate || s.startDate <= '2026-12-31'));
    expect(f.coverageTotal.staff.value).toBe(active.length);
    expect(f.coverageTotal.signed.value).toBe(active.filter((s) => s.commitmentSignedAt && s.commitmentSignedAt.slice(0, 10) <= '2026-12-31').length);

    const commendations = store.collection('commendations', '2026').records.filter((c) => !c.deletedAt);
    expect(f.commendationsTotal.current.value).toBe(commendations.length);

    // The ratings per unit add up to what the Thi đua screen's period list counts for the year.
    const periods = await listPeriods(session, { year: 2026 });
    for (const table of f.scoring) {
      const summary = periods.find((p) => p.key === '2026' && p.setId === table.setId);
      expect(table.rows.reduce((n, r) => n + r.excellent.value, 0)).toBe(summary?.counts.excellent);
      expect(table.rows.reduce((n, r) => n + r.good.value + r.meets.value + r.fails.value + r.unscored.value, 0)).toBe((summary?.counts.good ?? 0) + (summary?.counts.meets ?? 0) + (summary?.counts.fails ?? 0) + (summary?.counts.unscored ?? 0));
    }
    expect(f.scoring.length).toBeGreaterThan(0);

    // Titles granted by decision: two people and a unit in 2026, one person in 2025 (not counted), one revoked.
    const [a, b, c] = staff;
    await store.mutateCollection('grantedTitles', null, (file) => {
      const grant = (year: number, title: 'advancedWorker' | 'advancedCollective', subjectKind: 'person' | 'unit', subjectId: string, name: string) =>
        newRecord({ year, title, subjectKind, subjectId, name, decisionNumber: `${year === 2026 ? 125 : 98}/QĐ-UBND`, decisionDate: `${year}-12-20`, meetingId: null }, 'test', new Date('2026-12-20T09:00:00+07:00'));
      file.records.push(grant(2026, 'advancedWorker', 'person', a!.id, a!.fullName), grant(2026, 'advancedWorker', 'person', b!.id, b!.fullName));
      file.records.push(grant(2026, 'advancedCollective', 'unit', units[0]!.id, units[0]!.name), grant(2025, 'advancedWorker', 'person', c!.id, c!.fullName));
      file.records.push({ ...grant(2026, 'advancedWorker', 'person', c!.id, c!.fullName), deletedAt: '2026-12-21T09:00:00+07:00' });
    });
    const withGrants = await reportFigures(session, { kind: 'tong-ket', year: 2026 });
    const grantedIn2026 = store.collection('grantedTitles').records.filter((g) => !g.deletedAt && g.year === 2026);
    const advanced = withGrants.titles.find((t) => t.label === 'Lao động tiên tiến')!;
    expect(advanced.granted.value).toBe(grantedIn2026.filter((g) => g.title === 'advancedWorker').length);
    expect(advanced.grantedNames.sort()).toEqual([a!.fullName, b!.fullName].sort());
    expect(withGrants.titles.reduce((n, t) => n + t.granted.value, 0)).toBe(grantedIn2026.length);

    // One unit, named as the clerk types it: only its people and their violations.
    const unit = units.find((u) => (f.violationsByUnit.find((r) => r.key === u.id)?.current.value ?? 0) > 0) ?? units[0]!;
    const one = await reportFigures(session, { kind: 'tong-ket', year: 2026, unit: unit.name });
    expect(one.scope.subjectName).toBe(unit.name);
    expect(one.violationsTotal.current.value).toBe(v2026.filter((v) => v.staffIds.some((id) => unitOf.get(id) === unit.id)).length);
    expect(one.coverageTotal.staff.value).toBe(active.filter((s) => s.unitId === unit.id).length);
  });

  it('keeps the clerk’s narrative when the figures are regenerated after a new violation', async () => {
    session = await demoWard();
    const request = { kind: 'so-ket' as const, year: 2026, half: 1 as const };
    const before = await reportView(session, request);
    expect(before.savedAt).toBeNull();
    expect(before.narrative.situation).toContain(String(before.figures.coverageTotal.staff.value));
    const narrative = { ...before.narrative, shortcomings: 'Một số bộ phận chưa tự kiểm tra thường xuyên.', plans: 'Tổ chức ký lại bản cam kết đầu năm 2027.' };
    await saveReportNarrative(session, { ...request, narrative });
    const first = session.store.collection('violations', '2026').records.find((v) => !v.deletedAt && v.state !== 'cancelled' && v.date <= '2026-06-30')!;
    await session.store.mutateCollection('violations', '2026', (file) => {
      file.records.push({ ...first, id: 'added-after-save', date: '2026-06-15' });
    });
    const after = await reportView(session, request);
    expect(after.figures.violationsTotal.current.value).toBe(before.figures.violationsTotal.current.value + 1);
    expect(after.narrative.shortcomings).toBe('Một số bộ phận chưa tự kiểm tra thường xuyên.');
    expect(after.narrative.plans).toBe('Tổ chức ký lại bản cam kết đầu năm 2027.');
    expect(after.savedBy).not.toBeNull();
    // The annual report is another report: its narrative is still the suggested one.
    expect((await reportView(session, { kind: 'tong-ket', year: 2026 })).savedAt).toBeNull();
  });

  it('writes a .docx LibreOffice opens and converts to a PDF with the ND 30 header, every table and the charts', async () => {
    session = await demoWard();
    const out = await tempFolder('report-out');
    const docx = await exportReport(session, { kind: 'tong-ket', year: 2026, format: 'docx' });
    const file = path.join(out, docx.fileName);
    await fs.writeFile(file, docx.bytes);
    await run('soffice', ['--headless', `-env:UserInstallation=file://${out}/lo`, '--convert-to', 'pdf', '--outdir', out, file], { timeout: 120_000 });
    const pdfFile = file.replace(/\.docx$/, '.pdf');
    const { stdout: text } = await run('pdftotext', ['-layout', pdfFile, '-']);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀN KIẾM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Tổng kết năm 2026 thực hiện Quy tắc ứng xử', 'Bảng 1.', 'Bảng 2.', 'Bảng 3.', 'Bảng 4.', 'Bảng 5.', 'Bảng 6.', 'Bảng 7.', 'NGUỒN SỐ LIỆU', 'old-0, old-1', 'Nguyễn Văn Chủ']) {
      expect(flat).toContain(expected);
    }
    const { stdout: images } = await run('pdfimages', ['-list', pdfFile]);
    expect(images.trim().split('\n').length - 2).toBeGreaterThanOrEqual(4);
    const pdf = await exportReport(session, { kind: 'tong-ket', year: 2026, format: 'pdf' });
    await fs.writeFile(path.join(out, 'direct.pdf'), pdf.bytes);
    const { stdout: direct } = await run('pdftotext', [path.join(out, 'direct.pdf'), '-']);
    const directFlat = direct.replace(/\s+/g, ' ');
    expect(directFlat).toContain('Bảng 7.');
    // The PDF's charts are ECharts' SVG set as vectors: their titles, axis labels and legends are text in
    // the shipped Roboto (searchable, sharp at any print size), and the file holds no raster picture.
    for (const chartText of ['Tỷ lệ ký cam kết thực hiện quy tắc ứng xử (%)', 'Số vụ việc vi phạm theo đơn vị', 'T12', 'Năm 2025 (cùng kỳ)']) expect(directFlat).toContain(chartText);
    const { stdout: fonts } = await run('pdffonts', [path.join(out, 'direct.pdf')]);
    expect(fonts).toMatch(/Roboto-Regular/);
    const { stdout: directImages } = await run('pdfimages', ['-list', path.join(out, 'direct.pdf')]);
    expect(directImages.trim().split('\n').length - 2).toBe(0);
  }, 180_000);
});
