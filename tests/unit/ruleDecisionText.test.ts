import { describe, expect, it } from 'vitest';
import { readDecisionText } from '../../electron/documents/docx/readDecisionText';
import { ServiceError } from '../../shared/api/result';
import { buildDocx } from '../fixtures/rules/buildDocx';
import { QD_1665_SHOULD, qd1665Lines } from '../fixtures/rules/decisionTexts';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe('INVALID_INPUT');
  return error as ServiceError;
}

describe('reading the decision the ward received', () => {
  it('reads a Word file paragraph by paragraph, with its Vietnamese letters intact', async () => {
    const docx = await buildDocx(qd1665Lines());
    const text = await readDecisionText({ fileName: 'QD 1665 quy tac noi cong cong.DOCX', bytes: docx });
    const lines = text.split('\n').filter((l) => l.trim());
    expect(lines).toContain('Điều 3.\tQuy tắc  ứng xử   chung');
    expect(lines).toContain(`7.  ${QD_1665_SHOULD[6]}`);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('reads a .txt saved by Notepad as UTF-8 with BOM, as UTF-16 LE with BOM, and without BOM', async () => {
    const content = 'Điều 1. Mục đích\r\n1. Góp phần xây dựng người Hà Nội thanh lịch, văn minh.';
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(content, 'utf8')]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(content, 'utf16le')]);
    expect(await readDecisionText({ fileName: 'quy-tac.txt', bytes: utf8Bom })).toBe(content);
    expect(await readDecisionText({ fileName: 'quy-tac.txt', bytes: utf16 })).toBe(content);
    expect(await readDecisionText({ fileName: 'quy-tac.txt', bytes: bytesOf(content) })).toBe(content);
  });

  it('turns pasted NFD text into NFC', async () => {
    expect(await readDecisionText({ text: 'Không nên làm'.normalize('NFD') })).toBe('Không nên làm');
  });
});

describe('refusing files that are not a decision, with a message the person can act on', () => {
  it('refuses a .docx that is not a Word file, naming the file', async () => {
    const error = await refusal(readDecisionText({ fileName: 'quy-tac.docx', bytes: bytesOf('Đây không phải tệp Word') }));
    expect(error.message).toBe('Tệp quy-tac.docx không phải tệp Word (.docx) hợp lệ. Nếu là tệp .doc cũ, hãy mở bằng Word và lưu lại dạng .docx.');
  });

  it('refuses a zip that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('anh.txt', 'ảnh chụp');
    const error = await refusal(readDecisionText({ fileName: 'anh.docx', bytes: await zip.generateAsync({ type: 'uint8array' }) }));
    expect(error.message).toMatch(/^Không đọc được nội dung tệp Word anh\.docx/);
  });

  it('refuses an empty file, an empty Word file and empty pasted text', async () => {
    expect((await refusal(readDecisionText({ fileName: 'rong.txt', bytes: new Uint8Array() }))).message).toBe('Tệp rong.txt rỗng.');
    expect((await refusal(readDecisionText({ fileName: 'rong.docx', bytes: await buildDocx(['', '  ']) }))).message).toBe('Tệp rong.docx không có chữ nào.');
    expect((await refusal(readDecisionText({ text: ' \r\n ' }))).message).toBe('Nội dung dán vào không có chữ nào.');
  });

  it('refuses binary garbage saved as .txt, a legacy .doc and a PDF', async () => {
    const garbage = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7) % 32));
    expect((await refusal(readDecisionText({ fileName: 'loi.txt', bytes: garbage }))).message).toBe('Tệp loi.txt không phải tệp văn bản (.txt) đọc được.');
    const latin = new Uint8Array([0x44, 0x69, 0xea, 0x75, 0x20, 0x31]);
    expect((await refusal(readDecisionText({ fileName: 'cu.txt', bytes: latin }))).message).toMatch(/không phải văn bản mã UTF-8/);
    expect((await refusal(readDecisionText({ fileName: 'QD522.doc', bytes: bytesOf('x') }))).message).toMatch(/Word 97–2003/);
    expect((await refusal(readDecisionText({ fileName: 'QD522.pdf', bytes: bytesOf('%PDF-1.4') }))).message).toMatch(/^Chỉ nhận tệp Word \(\.docx\) hoặc văn bản \(\.txt\)/);
  });
});
