/** Where the words of a search (typed with or without diacritics) occur in a text: ranges to highlight. */
import { foldVietnamese } from '../../../shared/domain/text';

export interface TextPart {
  text: string;
  isMatch: boolean;
}

function foldChar(char: string): string {
  if (/\s/.test(char)) return ' ';
  return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Splits text into plain and matching parts; one plain part when nothing matches. */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0 || text.length === 0) return [{ text, isMatch: false }];
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    for (const char of foldChar(text.charAt(i))) {
      folded += char;
      origin.push(i);
    }
  }
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      // Marks words from their start ('ap' in 'áp dụng', not in 'học tập'): the search itself matches anywhere.
      if (at > 0 && /[\p{L}\p{N}]/u.test(folded.charAt(at - 1))) continue;
      for (let k = at; k < at + word.length; k += 1) marked[origin[k] ?? 0] = true;
    }
  }
  // Words found next to each other read as one match: 'khạc nhổ', not 'khạc' and 'nhổ'.
  for (let i = 1; i < text.length - 1; i += 1) {
    if (!marked[i] && /\s/.test(text.charAt(i)) && marked[i - 1] && marked[i + 1]) marked[i] = true;
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const isMatch = marked[i] ?? false;
    const last = parts[parts.length - 1];
    if (last && last.isMatch === isMatch) last.text += text.charAt(i);
    else parts.push({ text: text.charAt(i), isMatch });
  }
  return parts;
}
