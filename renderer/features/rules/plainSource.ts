/**
 * The rule data's research notes (web sources, "VERBATIM", "QUOTED-PRESS", "S7: …") are for the
 * people who maintain the shipped rule sets, not for the clerk: the screens say in plain Vietnamese
 * whether a text was checked against the official one, and keep only notes written in plain words.
 */
import type { RuleSetView } from '../../../shared/api/rulesTypes';
import type { RuleNode } from '../../../shared/schema/ruleSet';

/** Markers of a research note: a web source, a source key like "S7:" or "A2,", a confidence label. */
const INTERNAL_NOTE = /VERBATIM|QUOTED-PRESS|CHƯA ĐƯỢC KIỂM CHỨNG|\b[a-z0-9-]+\.(?:gov\.|com\.)?vn\b|\b[SA]\d+\s*[:,)]|https?:\/\//i;

/** A note a person may read, or null when it is a research note. */
export function plainNote(note: string | undefined | null): string | null {
  const text = note?.trim() ?? '';
  return text !== '' && !INTERNAL_NOTE.test(text) ? text : null;
}

export const VERIFIED_TEXT = 'Nội dung đã đối chiếu với văn bản gốc';
export const UNVERIFIED_HINT = 'Trích từ nguồn tham khảo, chưa đối chiếu với văn bản gốc. Nhập văn bản chính thức ở thẻ “Nhập văn bản” để thay.';
export const GAP_HINT = 'Chưa có văn bản chính thức. Nhập văn bản chính thức ở thẻ “Nhập văn bản”.';

function isAllVerified(nodes: RuleNode[]): boolean {
  return nodes.every((node) => (node.verified || node.isGap === true) && isAllVerified(node.children));
}

/** "Nguồn" of a rule set: what was checked against the official text, in plain words. */
export function ruleSetSourceText(view: RuleSetView): string {
  const own = view.origin === 'imported' ? plainNote(view.ruleSet.sourceNote) : null;
  const { articles, verifiedArticles, gapArticles } = view.counts;
  const parts: string[] = [];
  if (articles === 0) parts.push(isAllVerified(view.ruleSet.nodes) ? `${VERIFIED_TEXT}.` : 'Một phần nội dung trích từ nguồn tham khảo, cần đối chiếu với văn bản gốc.');
  else if (verifiedArticles === articles) parts.push(`${VERIFIED_TEXT}.`);
  else {
    if (verifiedArticles > 0) parts.push(`${verifiedArticles}/${articles} điều: ${VERIFIED_TEXT.toLowerCase()}.`);
    if (gapArticles > 0) parts.push(`${gapArticles} điều chưa có văn bản chính thức.`);
    const quoted = articles - verifiedArticles - gapArticles;
    if (quoted > 0) parts.push(`${quoted} điều trích từ nguồn tham khảo, cần đối chiếu với văn bản gốc trước khi in niêm yết.`);
  }
  return own ? `${own} — ${parts.join(' ')}` : parts.join(' ');
}
