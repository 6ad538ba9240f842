/**
 * The on-disk text of the data files: JSON with every string NFC, written in ASCII — each character
 * outside ASCII as a \uXXXX escape (JSON's own escape, so any JSON reader gives back the same
 * strings). Why: a Vietnamese text read as UTF-8 costs V8 its slow decoder (about 100 ms for a 10 MB
 * scores file, three times its JSON.parse), while ASCII bytes are taken as they are (under 1 ms); the
 * files grow by 5–12 %. Files written by earlier versions (UTF-8) are read as before and rewritten in
 * this form once opened (Store: rewriteUtf8Files).
 */
import { isAscii } from 'node:buffer';

const HEX = Buffer.from('0123456789abcdef');

/** UTF-8/ASCII bytes of a JSON text with every non-ASCII UTF-16 unit escaped (surrogate pairs as two escapes). */
export function asciiJsonBytes(text: string): Buffer {
  const length = text.length;
  let extra = 0;
  for (let i = 0; i < length; i += 1) if (text.charCodeAt(i) > 127) extra += 5;
  if (extra === 0) return Buffer.from(text, 'latin1');
  const out = Buffer.allocUnsafe(length + extra);
  let at = 0;
  let from = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (i > from) at += out.write(text.slice(from, i), at, 'latin1');
    // Outside a JSON string there is no non-ASCII character, so every one found is inside a string.
    out[at++] = 92; // backslash
    out[at++] = 117; // u
    out[at++] = HEX[code >> 12] ?? 48;
    out[at++] = HEX[(code >> 8) & 15] ?? 48;
    out[at++] = HEX[(code >> 4) & 15] ?? 48;
    out[at++] = HEX[code & 15] ?? 48;
    from = i + 1;
  }
  if (from < length) at += out.write(text.slice(from), at, 'latin1');
  return out;
}

/** The text of a data file's bytes: ASCII taken as it is, anything else decoded as UTF-8. */
export function decodeJsonBytes(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Whether bytes are in the ASCII form (a file an earlier version wrote in UTF-8 is not). */
export function isAsciiForm(bytes: Buffer): boolean {
  return isAscii(bytes);
}
