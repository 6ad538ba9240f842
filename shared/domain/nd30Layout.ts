/**
 * The ND 30/2020 document format (Nghị định 30/2020/NĐ-CP, Phụ lục I), pure: page margins, font
 * sizes and the header texts every printed administrative document of the app shares. The PDF,
 * XLSX and DOCX writers all take their figures from here, so the three cannot drift.
 */

/** Phụ lục I, mục II.2: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const ND30_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/**
 * Phụ lục I: issuing body 12–13 pt (upper case, bold for the issuing body itself), Quốc hiệu 12–13
 * bold, Tiêu ngữ 13–14 bold, place and date 13–14 italic, body 13–14, page number 13–14 top centre
 * from page 2, the signatory's authority and title 13–14 bold.
 */
export const ND30_SIZES = { issuer: 13, nationalName: 13, motto: 14, dateLine: 14, title: 14, body: 14, pageNumber: 13, signatureTitle: 14, note: 12 } as const;

/** Times New Roman, or a font with the same advance widths (Liberation Serif) where the PC lacks it. */
export const ND30_FONT_NAME = 'Times New Roman';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** "Phường Hoàn Kiếm" → "Hoàn Kiếm", for the place in "Hoàn Kiếm, ngày … tháng … năm …". */
export function placeName(wardName: string): string {
  return wardName.replace(/^(ủy ban nhân dân|ubnd)\s+/i, '').replace(/^(phường|xã|thị trấn)\s+/i, '').trim() || wardName;
}

/** The issuing body in two lines: "ỦY BAN NHÂN DÂN" / "PHƯỜNG HOÀN KIẾM" (both bold: the UBND issues itself). */
export function issuerLines(wardName: string): [string, string] {
  const tail = wardName.trim().replace(/^(ủy ban nhân dân|ubnd)\s+/i, '');
  return ['ỦY BAN NHÂN DÂN', (tail || 'Phường').toLocaleUpperCase('vi')];
}

/** "Hoàn Kiếm, ngày 05 tháng 06 năm 2026" — or with dotted blanks when the date is left to the signer. */
export function dateLineText(wardName: string, date: Date | null): string {
  if (!date) return `${placeName(wardName)}, ngày ..... tháng ..... năm ..........`;
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${placeName(wardName)}, ngày ${day} tháng ${month} năm ${date.getFullYear()}`;
}

/** Phụ lục I: the rule under the issuing body is a third to a half of its line; under the motto, as long as the motto. */
export function ruleLengths(issuerWidth: number, mottoWidth: number): { issuer: number; motto: number } {
  return { issuer: issuerWidth * 0.45, motto: mottoWidth };
}

export interface SignatureSpec {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" … (optional). */
  authority?: string;
  /** "CHỦ TỊCH", "NGƯỜI LẬP BIỂU", "THƯ KÝ" … */
  title: string;
  /** Printed under the space left for the signature; empty leaves a dotted line. */
  name?: string;
  /** "(Ký, ghi rõ họ tên)" style hint under the title. */
  hint?: string;
}
