import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { createRuleHandlers } from '../../electron/services/ruleHandlers';
import { Session } from '../../electron/services/session';
import type { Handlers, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { buildDocx } from '../fixtures/rules/buildDocx';
import { qd1665Lines } from '../fixtures/rules/decisionTexts';
import { fixedClock, tempFolder } from './helpers';

let session: Session;
let handlers: Handlers;
let rulesDir: string;
let dataFolder: string;
const clock = fixedClock('2026-11-26T02:00:00.000Z');

async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const result: Result<MethodOutput<K>> = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(folder)).sort()) out[name] = await fs.readFile(path.join(folder, name), 'utf8');
  return out;
}

beforeEach(async () => {
  dataFolder = await tempFolder('rules');
  rulesDir = path.join(await tempFolder('shipped'), 'rules');
  await fs.cp(path.resolve('resources/rules'), rulesDir, { recursive: true });
  session = new Session(dataFolder, { app: 'test', now: clock.now });
  await session.open();
  await session.store.updateMeta((m) => {
    m.ward.name = 'Phường Hoàn Kiếm';
    m.settings.operatorName = 'Nguyễn Thị Văn Thư';
  });
  handlers = { ...createHandlers(session), ...createRuleHandlers(session, rulesDir) };
});

afterEach(async () => {
  await session.close();
});

const ADDENDUM = [
  'QUY TẮC ỨNG XỬ TẠI BỘ PHẬN MỘT CỬA',
  '(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/01/2026 của UBND phường)',
  'Điều 1. Khi tiếp công dân',
  '1. Chào hỏi, giới thiệu tên, chức danh.',
  '2. Lắng nghe, hướng dẫn tận tình.',
].join('\r\n');

describe('the rule sets of the ward', () => {
  it('lists the three shipped sets with their verified and missing articles', async () => {
    const sets = await call('listRuleSets', {});
    expect(sets.map((s) => [s.id, s.version, s.origin])).toEqual([
      ['nam-khong-2019', 1, 'shipped'], ['qd-1665-2017', 1, 'shipped'], ['qd-522-2017', 1, 'shipped'],
    ]);
    const qd1665 = sets.find((s) => s.id === 'qd-1665-2017')!;
    expect(qd1665.counts).toMatchObject({ articles: 14, verifiedArticles: 2, gapArticles: 10 });
    expect(sets.find((s) => s.id === 'qd-522-2017')!.counts).toMatchObject({ articles: 11, gapArticles: 11 });
  });

  it('imports a ward decision as a new set, then a corrected text as version 2; version 1 stays as it was', async () => {
    const shippedBefore = await snapshot(rulesDir);
    const preview = await call('previewRuleImport', { text: ADDENDUM });
    expect(preview.title).toBe('QUY TẮC ỨNG XỬ TẠI BỘ PHẬN MỘT CỬA');
    expect(preview.decisionHint).toEqual({ number: '15/QĐ-UBND', date: '2026-01-02' });
    expect(preview.counts).toEqual({ chapters: 0, articles: 1, nodes: 3 });

    const first = await call('saveRuleImport', {
      tree: preview.tree,
      asNewRuleSet: {
        id: 'mot-cua-2026', title: 'Quy tắc ứng xử tại Bộ phận Một cửa', shortName: 'QĐ 15',
        decision: { number: '15/QĐ-UBND', date: '2026-01-02', issuer: 'UBND phường Hoàn Kiếm' }, effectiveDate: '2026-01-02',
      },
    });
    expect(first.ruleSet).toMatchObject({ id: 'mot-cua-2026', version: 1, status: 'inForce' });
    expect(first).toMatchObject({ origin: 'imported', versions: [1], savedBy: 'Nguyễn Thị Văn Thư', savedAt: '2026-11-26T02:00:00.000Z' });

    clock.advance(86_400_000);
    const corrected = await call('previewRuleImport', { text: `${ADDENDUM}\r\n3. Trả kết quả đúng hẹn.` });
    const second = await call('saveRuleImport', { tree: corrected.tree, asNewVersionOf: { id: 'mot-cua-2026' }, sourceNote: 'Bổ sung khoản 3.' });
    expect(second.ruleSet).toMatchObject({ id: 'mot-cua-2026', version: 2, shortName: 'QĐ 15', sourceNote: 'Bổ sung khoản 3.' });
    expect(second.versions).toEqual([1, 2]);
    expect(second.ruleSet.nodes[0]!.children).toHaveLength(3);

    const old = await call('getRuleSet', { id: 'mot-cua-2026', version: 1 });
    expect(old.ruleSet).toEqual(first.ruleSet);
    expect((await call('listRuleSets', {})).find((s) => s.id === 'mot-cua-2026')).toMatchObject({ version: 2, versions: [1, 2] });

    // Reopened from disk, both versions are there; the shipped files were not touched.
    await session.close();
    await session.open();
    expect((await call('getRuleSet', { id: 'mot-cua-2026', version: 1 })).ruleSet).toEqual(first.ruleSet);
    expect((await call('getRuleSet', { id: 'mot-cua-2026' })).ruleSet.version).toBe(2);
    expect(await snapshot(rulesDir)).toEqual(shippedBefore);
  });

  it('saves a Word copy of QĐ 1665 as version 2 of the shipped set, leaving the shipped version 1 readable', async () => {
    const docx = await buildDocx(qd1665Lines());
    const preview = await call('previewRuleImport', { file: { fileName: 'QD1665.docx', dataBase64: Buffer.from(docx).toString('base64') } });
    expect(preview.counts).toMatchObject({ chapters: 2, articles: 3 });
    const saved = await call('saveRuleImport', { tree: preview.tree, asNewVersionOf: { id: 'qd-1665-2017' } });
    expect(saved.ruleSet).toMatchObject({ version: 2, decision: { number: '1665/QĐ-UBND' } });
    expect(saved.versions).toEqual([1, 2]);
    expect((await call('getRuleSet', { id: 'qd-1665-2017', version: 1 })).origin).toBe('shipped');
  });

  it('refuses a bad file with INVALID_INPUT and stores nothing', async () => {
    const result = await dispatch(handlers, 'previewRuleImport', { file: { fileName: 'QD522.docx', dataBase64: Buffer.from('not a zip').toString('base64') } });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Tệp QD522\.docx không phải tệp Word/) } });
    expect(await fs.readdir(path.join(dataFolder, 'db'))).not.toContain('ruleSets.json');
  });

  it('refuses to reuse a set id, to add a version to an unknown set, or to save an empty tree', async () => {
    const tree = (await call('previewRuleImport', { text: ADDENDUM })).tree;
    const clash = await dispatch(handlers, 'saveRuleImport', {
      tree,
      asNewRuleSet: { id: 'qd-522-2017', title: 'Trùng mã', shortName: 'X', decision: { number: '1/QĐ', date: '2026-01-01', issuer: 'UBND phường' }, effectiveDate: '2026-01-01' },
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch(handlers, 'saveRuleImport', { tree, asNewVersionOf: { id: 'khong-co' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const empty = await dispatch(handlers, 'saveRuleImport', { tree: [], asNewVersionOf: { id: 'qd-522-2017' } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Chưa có điều, khoản hay mục nào để lưu.' } });
    const both = await dispatch(handlers, 'previewRuleImport', { text: 'x', file: { fileName: 'a.txt', dataBase64: 'eA==' } });
    expect(both).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Hãy chọn một tệp hoặc dán nội dung văn bản (chỉ một trong hai).' } });
    expect((await call('listRuleSets', {})).map((s) => s.version)).toEqual([1, 1, 1]);
  });
});
