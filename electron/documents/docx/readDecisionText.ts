/**
 * Reads the plain text of a decision from what a person gives: a Word file (.docx, via mammoth),
 * a text file (.txt: UTF-8 with or without BOM, UTF-16 with BOM) or pasted text.
 * Anything else, empty or unreadable → ServiceError('INVALID_INPUT') with a Vietnamese message.
 */
import { ServiceError } from '../../../shared/api/result';
import { docxParagraphs } from './docxParagraphs';
import { checkDocxBounds } from '../importBounds';
import { ImportRefusedError } from '../zipDirectory';

export type DecisionInput = { fileName: string; bytes: Uint8Array } | { text: string };

/** Larger than any code of conduct; stops a wrong file from being read into memory for nothing. */
export const MAX_DECISION_BYTES = 10 * 1024 * 1024;

function invalid(message: string): ServiceError {
  return new ServiceError('INVALID_INPUT', message);
}

function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

/** Control characters other than tab and line breaks: a sign of a binary file read as text. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0xfffd) controls += 1;
  }
  return controls > 0 && controls / text.length > 0.001;
}

export function decodeTextFile(fileName: string, bytes: Uint8Array): string {
  let text: string;
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    else if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(`Tệp ${fileName} không phải văn bản mã UTF-8 hoặc UTF-16. Hãy mở tệp và lưu lại với mã UTF-8, hoặc dán nội dung vào ô văn bản.`);
  }
  if (looksBinary(text)) throw invalid(`Tệp ${fileName} không phải tệp văn bản (.txt) đọc được.`);
  return text;
}

async function docxText(fileName: string, bytes: Uint8Array): Promise<string> {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw invalid(`Tệp ${fileName} không phải tệp Word (.docx) hợp lệ. Nếu là tệp .doc cũ, hãy mở bằng Word và lưu lại dạng .docx.`);
  }
  try {
    await checkDocxBounds(bytes);
  } catch (error) {
    throw error instanceof ImportRefusedError ? invalid(error.message) : error;
  }
  try {
    // Word's own numbering ("1.", "a)" drawn by the numbering engine) is written out; mammoth is the fallback.
    const lines = await docxParagraphs(bytes);
    if (lines !== null) return lines.join('\n');
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch {
    throw invalid(`Không đọc được nội dung tệp Word ${fileName}: tệp bị hỏng hoặc không phải văn bản Word.`);
  }
}

/** The text of the decision, NFC; never empty. */
export async function readDecisionText(input: DecisionInput): Promise<string> {
  let text: string;
  let what: string;
  if ('text' in input) {
    text = input.text;
    what = 'Nội dung dán vào';
  } else {
    const { fileName, bytes } = input;
    what = `Tệp ${fileName}`;
    if (bytes.length === 0) throw invalid(`Tệp ${fileName} rỗng.`);
    if (bytes.length > MAX_DECISION_BYTES) throw invalid(`Tệp ${fileName} quá lớn (tối đa 10 MB).`);
    const extension = extensionOf(fileName);
    if (extension === 'docx') text = await docxText(fileName, bytes);
    else if (extension === 'txt') text = decodeTextFile(fileName, bytes);
    else if (extension === 'doc') throw invalid(`Tệp ${fileName} là dạng Word 97–2003 (.doc), chưa đọc được. Hãy mở bằng Word và lưu lại dạng .docx.`);
    else throw invalid(`Chỉ nhận tệp Word (.docx) hoặc văn bản (.txt); tệp ${fileName} không thuộc hai loại này.`);
  }
  const normalised = text.normalize('NFC');
  if (normalised.trim().length === 0) throw invalid(`${what} không có chữ nào.`);
  return normalised;
}
