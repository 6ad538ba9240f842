/**
 * Rule references written out for official sheets, pure: the compact codes of tables and exports
 * ('1665:Đ3.KNL.5', '522:Đ5.K2.a', 'Năm không:3', '1665:C.II') become the words a Vietnamese legal
 * citation uses ("mục 5 “Không nên làm”, Điều 3 (QĐ số 1665/QĐ-UBND)"). Text that is not such a code
 * is returned as it came.
 */

const DECISIONS: Record<string, string> = { '522': 'QĐ số 522/QĐ-UBND', '1665': 'QĐ số 1665/QĐ-UBND' };
const LISTS: Record<string, string> = { NL: '“Nên làm”', KNL: '“Không nên làm”' };

function source(code: string): string {
  const bare = code.replace(/v\d+$/, '');
  return DECISIONS[bare] ?? (/^\d+$/.test(bare) ? `QĐ số ${bare}` : bare);
}

/** One compact reference in words, or null when it is not one. */
export function writtenRuleRef(short: string): string | null {
  const match = /^(.+?):(.+)$/.exec(short.trim());
  if (!match) return null;
  const [, set, path] = match as unknown as [string, string, string];
  if (/^Năm không/i.test(set)) return `mục ${path.replace(/^mục\s*/i, '')} Cuộc vận động “Năm không”`;
  const chapter = /^C\.([IVXLC\d]+)$/.exec(path);
  if (chapter) return `Chương ${chapter[1]} (${source(set)})`;
  if (/^mục\s/i.test(path)) return `${path} (${source(set)})`;
  const words: string[] = [];
  let article = '';
  let list = '';
  for (const segment of path.split('.')) {
    if (/^Đ\d+[a-z]?$/.test(segment)) article = `Điều ${segment.slice(1)}`;
    else if (/^K\d+$/.test(segment)) words.unshift(`khoản ${segment.slice(1)}`);
    else if (LISTS[segment]) list = LISTS[segment];
    else if (/^\d+$/.test(segment)) words.unshift(list ? `mục ${segment} ${list}` : `mục ${segment}`);
    else if (/^[a-zđ]$/.test(segment)) words.unshift(`điểm ${segment}`);
    else return null;
  }
  if (list && !words.some((w) => w.includes(list))) words.unshift(`phần ${list}`);
  if (!article) return null;
  // "điểm a khoản 2 Điều 5": the smallest unit first.
  const ordered = words.sort((a, b) => rank(a) - rank(b));
  return `${[...ordered, article].join(ordered.some((w) => w.includes('“')) ? ', ' : ' ')} (${source(set)})`;
}

function rank(word: string): number {
  if (word.startsWith('điểm')) return 0;
  if (word.startsWith('mục') || word.startsWith('phần')) return 1;
  return 2;
}

/** A list of compact references ("a, b" or "a; b") in words, each written out where it can be. */
export function writtenRuleRefs(text: string): string {
  return text
    .split(/\s*;\s*|\s*,\s*(?=[^,;]*:)/)
    .map((part) => writtenRuleRef(part) ?? part)
    .join('; ');
}
