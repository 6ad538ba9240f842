/** Small helpers of the council screens: dd/mm/yyyy ↔ yyyy-mm-dd, and the Word/PDF file types. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "12/12/2026" → "2026-12-12"; null when the text is not a day written that way. */
export function viDayToIso(text: string | undefined): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text ?? '');
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}
