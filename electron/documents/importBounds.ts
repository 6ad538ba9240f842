/**
 * Bounds every imported Office file meets before a parser (exceljs, mammoth) unpacks it: the zip's
 * parts are counted and their declared sizes and compression ratios checked from the central
 * directory, then the parts that grow with the content (sheets, shared strings, the document body)
 * are inflated as a stream and counted — rows, cells, paragraphs — stopping at the first excess.
 * A zip bomb or a sheet whose one cell sits in row 1,048,576 is refused in milliseconds and a few MB.
 */
import { chunkCounter, ImportRefusedError, readZipDirectory, scanEntryText, type ZipEntry } from './zipDirectory';

export const IMPORT_LIMITS = {
  /** Parts inside one file; an .xlsx or .docx from Excel or Word has a few dozen. */
  maxEntries: 1_000,
  /** Declared size of any one part once unpacked. */
  maxEntryBytes: 100 * 1024 * 1024,
  /** Declared size of all parts once unpacked. */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Unpacked/packed above this, for parts over `ratioFloorBytes`, is a zip bomb, not a document. */
  maxRatio: 200,
  ratioFloorBytes: 5 * 1024 * 1024,
  /** Highest row number in any sheet: far above any ward's roster (a few hundred people). */
  maxSheetRows: 20_000,
  /** Filled cells over all sheets. */
  maxCells: 1_000_000,
  /** Paragraphs of a decision's Word file: a code of conduct has a few hundred. */
  maxParagraphs: 50_000,
} as const;

const vi = (n: number) => n.toLocaleString('vi-VN');

function mb(bytes: number): string {
  return `${vi(Math.round(bytes / 1024 / 1024))} MB`;
}

/** Checks the directory alone: count, declared sizes, ratios. */
export function checkZipDirectory(bytes: Uint8Array, what: string): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  const limits = IMPORT_LIMITS;
  if (entries.length > limits.maxEntries) throw new ImportRefusedError(`${what} có ${vi(entries.length)} phần bên trong (tối đa ${vi(limits.maxEntries)}), không phải tệp Office thông thường.`);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      throw new ImportRefusedError(`${what} khi giải nén lên tới ${mb(Math.max(total, entry.uncompressedSize))} (tối đa ${mb(limits.maxTotalBytes)}). Hãy bỏ bớt hình ảnh, tệp đính kèm hoặc chia nhỏ tệp.`);
    }
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ImportRefusedError(`${what} chứa một phần nén bất thường (giải nén gấp ${vi(Math.round(ratio))} lần). Tệp có thể bị cố ý làm hỏng; chương trình không mở tệp này.`);
    }
  }
  return entries;
}

/**
 * Inflates parts to measure what they really hold, whatever the directory declared: a part that
 * lies about its size is stopped at the per-part limit, and all parts together at the total.
 */
function actualSizes(what: string) {
  let total = 0;
  const limits = IMPORT_LIMITS;
  const message = `${what} khi giải nén quá lớn (một phần trên ${mb(limits.maxEntryBytes)} hoặc tất cả trên ${mb(limits.maxTotalBytes)}). Hãy bỏ bớt hình ảnh, tệp đính kèm hoặc chia nhỏ tệp.`;
  return {
    async scan(bytes: Uint8Array, entry: ZipEntry, onText?: (text: string) => void): Promise<void> {
      const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
      total += await scanEntryText(bytes, entry, budget, message, onText);
    },
  };
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** An .xlsx within bounds: rows per sheet (highest row number), cells over all sheets. */
export async function checkXlsxBounds(bytes: Uint8Array): Promise<void> {
  const what = 'Tệp Excel';
  const entries = checkZipDirectory(bytes, what);
  const limits = IMPORT_LIMITS;
  let cells = 0;
  const sizes = actualSizes(what);
  for (const entry of entries) {
    if (!SHEET_PART.test(entry.name)) {
      await sizes.scan(bytes, entry);
      continue;
    }
    let rowsSeen = 0;
    const refuseRow = (rowNumber: number) => {
      if (rowNumber > limits.maxSheetRows) {
        throw new ImportRefusedError(`${what} có dữ liệu hoặc định dạng ở dòng ${vi(rowNumber)}, vượt giới hạn ${vi(limits.maxSheetRows)} dòng mỗi trang tính. Hãy xóa các dòng thừa ở cuối trang tính hoặc chia tệp.`);
      }
    };
    const rows = chunkCounter(/<row\b([^>]*)>?/g, 1024, (m) => {
      rowsSeen += 1;
      const number = /\br="(\d+)"/.exec(m[1] ?? '');
      refuseRow(number ? Number(number[1]) : rowsSeen);
    });
    const cellCounter = chunkCounter(/<c\b/g, 16);
    await sizes.scan(bytes, entry, (text) => {
      rows.feed(text);
      if (cells + cellCounter.feed(text) > limits.maxCells) {
        throw new ImportRefusedError(`${what} có hơn ${vi(limits.maxCells)} ô dữ liệu. Hãy chỉ giữ lại bảng danh sách cần nhập.`);
      }
    });
    cells += cellCounter.count();
  }
}

/** A .docx within bounds: paragraphs of the document body. */
export async function checkDocxBounds(bytes: Uint8Array): Promise<void> {
  const what = 'Tệp Word';
  const entries = checkZipDirectory(bytes, what);
  const limits = IMPORT_LIMITS;
  const sizes = actualSizes(what);
  for (const entry of entries.filter((e) => !/^word\/document\.xml$/i.test(e.name))) await sizes.scan(bytes, entry);
  const body = entries.find((e) => /^word\/document\.xml$/i.test(e.name));
  if (!body) return; // not a Word document: the reader says so
  const paragraphs = chunkCounter(/<w:p\b/g, 16);
  await sizes.scan(bytes, body, (text) => {
    if (paragraphs.feed(text) > limits.maxParagraphs) {
      throw new ImportRefusedError(`${what} có hơn ${vi(limits.maxParagraphs)} đoạn văn, quá dài cho một văn bản quy tắc ứng xử. Hãy kiểm tra lại tệp (có thể chứa rất nhiều dòng trống) hoặc dán phần nội dung cần nhập.`);
    }
  });
}
