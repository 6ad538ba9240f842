/**
 * Issue 17, defect 3: a crafted .xlsx or .docx must not take the process down. The ward's clerk picks
 * a file that is a zip bomb, a roster of a million rows, or a sheet with one cell in the last row:
 * each is refused in Vietnamese, quickly, with nothing written — and a file that passes the bounds
 * but still exhausts memory only kills the import worker, never the app.
 */
import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { WORKER_LIMITS } from '../../electron/documents/parseInWorker';
import { checkDocxBounds, checkXlsxBounds, IMPORT_LIMITS } from '../../electron/documents/importBounds';
import type { Handlers } from '../../shared/api/contract';
import { emptyParagraphsDocx, hugeRoster, lastRowCell, mediaBomb } from '../fixtures/hostile/hostileFiles';
import { changedEntries, folderState } from '../fixtures/hostile/folderState';
import { fixedClock, tempFolder } from './helpers';

let folder: string;
let session: Session;
let handlers: Handlers;

beforeEach(async () => {
  folder = await tempFolder('hostile');
  session = new Session(folder, { app: 'test', now: fixedClock('2026-11-26T09:00:00+07:00').now });
  await session.open();
  handlers = createHandlers(session);
  const done = await dispatch(handlers, 'updateProfile', { wardName: 'Phường Hoàn Kiếm', operatorName: 'Nguyễn Thị Văn Thư' });
  expect(done.ok).toBe(true);
});

afterEach(async () => {
  await session.close();
});

const file = (fileName: string, bytes: Uint8Array) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

async function refusedWithoutWriting(method: 'previewStaffImport' | 'applyStaffImport' | 'previewRuleImport' | 'previewScorecardImport', input: unknown): Promise<string> {
  // The day's backup of the setup's first change is written in the background: let it finish first.
  await session.store.idle();
  const before = await folderState(folder);
  const result = await dispatch(handlers, method, input, () => undefined);
  expect(changedEntries(before, await folderState(folder))).toEqual([]);
  if (result.ok) throw new Error(`${method} accepted a hostile file`);
  expect(result.error.code).toBe('INVALID_INPUT');
  return result.error.message;
}

describe('hostile imports are refused before they are unpacked', () => {
  it('refuses a 2 KB roster whose one cell sits in row 1,048,576, naming the row', async () => {
    const bytes = lastRowCell();
    expect(bytes.byteLength).toBeLessThan(4096);
    const message = await refusedWithoutWriting('previewStaffImport', { file: file('danh-sach.xlsx', bytes) });
    expect(message).toMatch(/dòng 1\.048\.576/);
    expect(message).toMatch(/20\.000 dòng/);
  });

  it('refuses a roster of more rows than any ward has, before exceljs reads it', async () => {
    const bytes = hugeRoster(IMPORT_LIMITS.maxSheetRows + 500);
    const message = await refusedWithoutWriting('applyStaffImport', { file: file('danh-sach.xlsx', bytes) });
    expect(message).toMatch(/vượt giới hạn 20\.000 dòng/);
    expect(session.store.collection('staff').records).toHaveLength(0);
  });

  it('refuses two 500 MB zero-filled pictures from the declared sizes alone', async () => {
    const bytes = await mediaBomb(1, 500 * 1024 * 1024);
    expect(bytes.byteLength).toBeLessThan(64 * 1024);
    const message = await refusedWithoutWriting('previewStaffImport', { file: file('danh-sach.xlsx', bytes) });
    expect(message).toMatch(/khi giải nén lên tới 500 MB/);
  });

  it('stops a picture that lies about its size as soon as it passes 100 MB unpacked', async () => {
    const bytes = await mediaBomb(IMPORT_LIMITS.maxEntryBytes / 1024 / 1024 + 1, 1000);
    await expect(checkXlsxBounds(bytes)).rejects.toThrow(/khi giải nén quá lớn/);
    const message = await refusedWithoutWriting('previewStaffImport', { file: file('danh-sach.xlsx', bytes) });
    expect(message).toMatch(/khi giải nén quá lớn/);
  });

  it('refuses a 0.5 MB Word file of 2,000,000 empty paragraphs as a zip bomb', async () => {
    const bytes = emptyParagraphsDocx(2_000_000);
    const message = await refusedWithoutWriting('previewRuleImport', { file: file('quyet-dinh.docx', bytes) });
    expect(message).toMatch(/Tệp Word chứa một phần nén bất thường/);
  });

  it('refuses a Word file with more paragraphs than any code of conduct by counting them', async () => {
    const bytes = emptyParagraphsDocx(IMPORT_LIMITS.maxParagraphs + 10);
    await expect(checkDocxBounds(bytes)).rejects.toThrow(/hơn 50\.000 đoạn văn/);
    const message = await refusedWithoutWriting('previewRuleImport', { file: file('quyet-dinh.docx', bytes) });
    expect(message).toMatch(/hơn 50\.000 đoạn văn/);
  });

  it('refuses a scorecard file that is a zip bomb the same way', async () => {
    const message = await refusedWithoutWriting('previewScorecardImport', { file: file('bang-cham-diem.xlsx', lastRowCell()) });
    expect(message).toMatch(/dòng 1\.048\.576/);
  });

  it('still reads an ordinary roster through the worker', async () => {
    const result = await dispatch(handlers, 'previewStaffImport', { file: file('danh-sach.xlsx', hugeRoster(3)) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.summary.new).toBe(3);
  });
});

describe('a file that exhausts the worker memory', () => {
  const saved = WORKER_LIMITS.maxOldGenerationSizeMb;
  afterEach(() => {
    WORKER_LIMITS.maxOldGenerationSizeMb = saved;
  });

  it('becomes a Vietnamese refusal and the process goes on', async () => {
    WORKER_LIMITS.maxOldGenerationSizeMb = 4;
    const bytes = hugeRoster(5_000);
    const message = await refusedWithoutWriting('previewStaffImport', { file: file('danh-sach.xlsx', bytes) });
    expect(message).toMatch(/quá lớn hoặc quá phức tạp để đọc/);
    WORKER_LIMITS.maxOldGenerationSizeMb = saved;
    const again = await dispatch(handlers, 'previewStaffImport', { file: file('danh-sach.xlsx', hugeRoster(2)) });
    expect(again.ok).toBe(true);
    expect(await fs.stat(folder)).toBeTruthy();
  });
});
