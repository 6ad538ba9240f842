/**
 * What a poster may print, pure: a rule set (whole or chosen articles) or its motto becomes a title
 * and a list of blocks. Only verified wording is ever printed as the official rule; gaps and
 * unverified nodes are left out and listed, and the poster then says so plainly.
 */
import type { RuleNode, RuleSetVersion } from '../schema/ruleSet';
import { formatRuleRef, isPrintable, visitRuleNodes, type RuleRef } from './ruleNodes';

export type PosterBlockKind = 'chapter' | 'article' | 'paragraph' | 'listHeading' | 'item' | 'motto';

export interface PosterBlock {
  kind: PosterBlockKind;
  /** '1.', 'a)' — printed in a hanging column before the text. */
  label?: string;
  text: string;
  /** Nesting below the article (0 = article level). */
  depth: number;
  tone?: 'should' | 'shouldNot';
}

export interface PosterContent {
  title: string;
  subtitle?: string;
  isExcerpt: boolean;
  /** The plain statement printed under the title when parts were left out. */
  excerptNote?: string;
  blocks: PosterBlock[];
  /** The decision (number, date, issuer), or the campaign's launch. */
  sourceLine: string;
  /** Articles (or items) printed, e.g. ['Điều 1', 'Điều 3']. */
  printed: string[];
  /** The parts left out because they are gaps or unverified, e.g. ['Điều 3 · Không nên làm 7', 'Điều 4']. */
  omitted: string[];
}

export type PosterContentResult = { ok: true; content: PosterContent } | { ok: false; message: string };

export const EXCERPT_NOTE = 'Trích — chỉ gồm các điều đã có văn bản chính thức';

export type PosterSourceKind = 'ruleSet' | 'motto';

export interface PosterSelection {
  kind: PosterSourceKind;
  /** Article numbers; absent or empty = the whole set. */
  articles?: string[];
}

/** "1,3-6" → ['1','3','4','5','6']; null when the text is not a list of article numbers. */
export function parseArticleList(text: string): string[] | null {
  const out: string[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to || to - from > 200) return null;
      for (let n = from; n <= to; n += 1) out.push(String(n));
    } else if (/^\d+[a-z]?$/i.test(part)) out.push(part);
    else return null;
  }
  return out.length > 0 ? [...new Set(out)] : null;
}

/** d/m/yyyy, the way decisions are cited ("ngày 10/3/2017"). */
export function citeDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

export function sourceLineOf(set: RuleSetVersion): string {
  const { number, date, issuer } = set.decision;
  if (number) return `Ban hành kèm theo Quyết định số ${number} ngày ${citeDate(date)} của ${issuer}`;
  return `${issuer} phát động ngày ${citeDate(date)}`;
}

function splitTitle(title: string): { title: string; subtitle?: string } {
  const match = /^(.*\S)\s*(\([^()]*\))$/.exec(title.trim());
  return match ? { title: match[1]!, subtitle: match[2]! } : { title: title.trim() };
}

function blockOf(node: RuleNode, depth: number): PosterBlock[] {
  switch (node.kind) {
    case 'chapter':
      return [{ kind: 'chapter', text: [`Chương ${node.number}`, node.title].filter(Boolean).join('. '), depth }];
    case 'article': {
      const head: PosterBlock = { kind: 'article', text: [`Điều ${node.number}.`, node.title].filter(Boolean).join(' '), depth };
      return node.text ? [head, { kind: 'paragraph', text: node.text, depth }] : [head];
    }
    case 'shouldList':
    case 'shouldNotList':
      return [{ kind: 'listHeading', text: node.title || (node.kind === 'shouldList' ? 'NÊN LÀM' : 'KHÔNG NÊN LÀM'), depth, tone: node.kind === 'shouldList' ? 'should' : 'shouldNot' }];
    case 'clause':
    case 'item':
      return [{ kind: 'item', label: node.number ? `${node.number}.` : undefined, text: node.text, depth }];
    case 'point':
      return [{ kind: 'item', label: node.number ? `${node.number})` : undefined, text: node.text, depth }];
  }
}

function refLabel(set: RuleSetVersion, ref: RuleRef): string {
  return formatRuleRef(set, ref).slice(set.shortName.length + 3);
}

function ruleSetContent(set: RuleSetVersion, articles: string[]): PosterContentResult {
  const visits = visitRuleNodes(set);
  const hasArticles = visits.some((v) => v.node.kind === 'article');
  if (articles.length > 0 && !hasArticles) return { ok: false, message: `${set.shortName} không chia theo điều; hãy in cả bộ.` };
  const missing = articles.filter((n) => !visits.some((v) => v.node.kind === 'article' && v.node.number === n));
  if (missing.length > 0) return { ok: false, message: `${set.shortName} không có ${missing.map((n) => `Điều ${n}`).join(', ')}.` };

  const isWanted = (article: string | undefined) => articles.length === 0 || (article !== undefined && articles.includes(article));
  const blocks: PosterBlock[] = [];
  const printed: string[] = [];
  const omitted: string[] = [];
  const printedNodes = new Set<RuleNode>();
  const omittedNodes = new Set<RuleNode>();
  for (const { node, ref, ancestors } of visits) {
    if (node.kind === 'chapter') continue;
    if (!isWanted(ref.article) || ancestors.some((a) => omittedNodes.has(a))) continue;
    const parent = ancestors[ancestors.length - 1];
    const isParentOk = !parent || parent.kind === 'chapter' || printedNodes.has(parent);
    if (!isPrintable(node) || !isParentOk) {
      omittedNodes.add(node);
      omitted.push(refLabel(set, ref));
      continue;
    }
    printedNodes.add(node);
    const chapter = ancestors.find((a) => a.kind === 'chapter');
    if (chapter && isPrintable(chapter) && !printedNodes.has(chapter)) {
      printedNodes.add(chapter);
      blocks.push(...blockOf(chapter, 0));
    }
    const depth = ancestors.filter((a) => a.kind !== 'chapter' && a.kind !== 'article').length;
    blocks.push(...blockOf(node, depth));
    if (node.kind === 'article' || (!hasArticles && ancestors.length === 0)) printed.push(refLabel(set, ref));
  }
  if (blocks.every((b) => b.kind === 'chapter')) {
    const motto = set.motto?.verified ? ` Có thể in bảng phương châm "${set.motto.text}".` : '';
    const what = articles.length > 0 ? `Các điều đã chọn của ${set.shortName}` : `${set.shortName}`;
    return { ok: false, message: `${what} chưa có nội dung nào đã đối chiếu với văn bản chính thức, nên chưa thể in bảng niêm yết. Hãy nhập văn bản chính thức ở mục Quy tắc ứng xử.${motto}` };
  }
  const isExcerpt = articles.length > 0 || omitted.length > 0;
  const { title, subtitle } = splitTitle(set.title);
  return {
    ok: true,
    content: {
      title: isExcerpt ? `Trích ${title}` : title,
      ...(subtitle ? { subtitle } : {}),
      isExcerpt,
      ...(omitted.length > 0 ? { excerptNote: EXCERPT_NOTE } : {}),
      blocks,
      sourceLine: sourceLineOf(set),
      printed,
      omitted,
    },
  };
}

function mottoContent(set: RuleSetVersion): PosterContentResult {
  if (!set.motto) return { ok: false, message: `${set.shortName} không có phương châm.` };
  if (!set.motto.verified) {
    return {
      ok: false,
      message: `Phương châm "${set.motto.text}" của ${set.shortName} mới chỉ theo trích dẫn báo chí, chưa đối chiếu với văn bản chính thức, nên không in thành bảng niêm yết chính thức.`,
    };
  }
  return {
    ok: true,
    content: {
      title: 'Phương châm',
      subtitle: `(${splitTitle(set.title).title})`,
      isExcerpt: false,
      blocks: set.motto.text.split(/\s+[-–]\s+/).map((text) => ({ kind: 'motto', text, depth: 0 })),
      sourceLine: sourceLineOf(set),
      printed: ['Phương châm'],
      omitted: [],
    },
  };
}

export function posterContent(set: RuleSetVersion, selection: PosterSelection): PosterContentResult {
  return selection.kind === 'motto' ? mottoContent(set) : ruleSetContent(set, selection.articles ?? []);
}
