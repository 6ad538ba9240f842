/**
 * Số CCCD (căn cước công dân, 12 digits) or the older CMND (9 digits). The full number is personal
 * data (ND 13/2023): screens and lists carry only the masked form, and the full number is sent only
 * on a logged request (revealIdNumber).
 */

/** 12 digits (CCCD) or 9 digits (CMND). */
export const ID_NUMBER_PATTERN = /^(\d{9}|\d{12})$/;

/** What a person types, without the spaces, dots and dashes people put between groups of digits. */
export function cleanIdNumber(value: string): string {
  return value.replace(/[\s.'-]/g, '');
}

export function isIdNumber(value: string): boolean {
  return ID_NUMBER_PATTERN.test(value);
}

/** The first four and last two digits, the rest as stars: "001085012345" → "0010******45"; '' stays ''. */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length <= 6) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 6)}${value.slice(-2)}`;
}

/** How earlier roster imports wrote the number into the notes: "Số CCCD: <digits>", after "; " when notes had text. */
const IN_NOTES = /(?:^|;\s*)Số CCCD:\s*(\d{12}|\d{9})(?!\d)/u;

/**
 * The number an earlier import wrote into the notes, and the notes without it; null when the notes
 * hold none (a malformed number stays in the notes for a person to correct).
 */
export function idNumberInNotes(raw: string): { idNumber: string; notes: string } | null {
  const notes = raw.normalize('NFC');
  const found = IN_NOTES.exec(notes);
  if (!found) return null;
  const before = notes.slice(0, found.index);
  const after = notes.slice(found.index + found[0].length).replace(/^\s*;\s*/, '');
  const rest = [before.replace(/;\s*$/, '').trim(), after.trim()].filter(Boolean).join('; ');
  return { idNumber: found[1]!, notes: rest };
}

/** A text with every 9- or 12-digit run shown masked (notes in a history shown on screen). */
export function maskIdNumbersIn(text: string): string {
  return text.replace(/(?<!\d)(\d{12}|\d{9})(?!\d)/g, (digits) => maskIdNumber(digits));
}
