/**
 * Pure helpers over a rule set's node tree: addresses (RuleRef), lookup, what may be printed as
 * official, article counts and search without diacritics.
 */
import type { RuleNode, RuleSetVersion } from '../schema/ruleSet';
import { foldVietnamese } from './text';

/**
 * The address of a node, structured (as stored in a violation). Lists are addressed by `list`
 * ('should' = Nên làm, 'shouldNot' = Không nên làm) and their items by `item`; the items of a
 * rule set without articles ("Năm không") have only `item`.
 */
export interface RuleRef {
  ruleSetId: string;
  version: number;
  chapter?: string;
  article?: string;
  clause?: string;
  point?: string;
  list?: 'should' | 'shouldNot';
  item?: string;
}

export interface RuleNodeVisit {
  node: RuleNode;
  ref: RuleRef;
  /** Outermost first. */
  ancestors: RuleNode[];
}

function childRef(parent: RuleRef, node: RuleNode): RuleRef {
  switch (node.kind) {
    case 'chapter': return { ...parent, chapter: node.number };
    case 'article': return { ...parent, article: node.number };
    case 'clause': return { ...parent, clause: node.number };
    case 'point': return { ...parent, point: node.number };
    case 'shouldList': return { ...parent, list: 'should' };
    case 'shouldNotList': return { ...parent, list: 'shouldNot' };
    case 'item': return { ...parent, item: node.number };
  }
}

/** Every node of the set in document order, with its address and ancestors. */
export function visitRuleNodes(set: RuleSetVersion): RuleNodeVisit[] {
  const out: RuleNodeVisit[] = [];
  const walk = (nodes: RuleNode[], parentRef: RuleRef, ancestors: RuleNode[]) => {
    for (const node of nodes) {
      const ref = childRef(parentRef, node);
      out.push({ node, ref, ancestors });
      walk(node.children, ref, [...ancestors, node]);
    }
  };
  walk(set.nodes, { ruleSetId: set.id, version: set.version }, []);
  return out;
}

const BELOW_CHAPTER = ['article', 'clause', 'point', 'list', 'item'] as const;

function sameAddress(a: RuleRef, b: RuleRef): boolean {
  if (BELOW_CHAPTER.some((key) => a[key] !== b[key])) return false;
  // Article numbers are unique in a set, so the chapter only matters for a chapter itself.
  const isChapterRef = BELOW_CHAPTER.every((key) => b[key] === undefined);
  return !isChapterRef || a.chapter === b.chapter;
}

/** The node a reference points at, or null (wrong set, wrong version or no such node). */
export function findRuleNode(set: RuleSetVersion, ref: RuleRef): RuleNode | null {
  if (ref.ruleSetId !== set.id || ref.version !== set.version) return null;
  return visitRuleNodes(set).find((visit) => sameAddress(visit.ref, ref))?.node ?? null;
}

/** May this node's own wording be printed as the official text? */
export function isPrintable(node: RuleNode): boolean {
  return node.verified && node.isGap !== true;
}

export function printableNodes(set: RuleSetVersion): RuleNodeVisit[] {
  return visitRuleNodes(set).filter((visit) => isPrintable(visit.node));
}

/** A node and all its descendants, in document order. */
export function subtree(node: RuleNode): RuleNode[] {
  return [node, ...node.children.flatMap(subtree)];
}

export interface ArticleCounts {
  articles: number;
  /** Not a gap, and every node of the article verified. */
  verifiedArticles: number;
  /** Not a gap, but some wording only quoted by the press or otherwise unverified. */
  partialArticles: number;
  gapArticles: number;
  printableNodes: number;
}

export function countArticles(set: RuleSetVersion): ArticleCounts {
  const articles = visitRuleNodes(set).filter((v) => v.node.kind === 'article').map((v) => v.node);
  const gapArticles = articles.filter((a) => a.isGap === true).length;
  const verifiedArticles = articles.filter((a) => a.isGap !== true && subtree(a).every(isPrintable)).length;
  return {
    articles: articles.length,
    verifiedArticles,
    partialArticles: articles.length - gapArticles - verifiedArticles,
    gapArticles,
    printableNodes: printableNodes(set).length,
  };
}

/** The compact code of a set in short references: '1665' for '1665/QĐ-UBND', else the short name. */
export function ruleSetCode(set: Pick<RuleSetVersion, 'decision' | 'shortName'>): string {
  return /^(\d+)/.exec(set.decision.number)?.[1] ?? set.shortName;
}

const LIST_LONG = { should: 'Nên làm', shouldNot: 'Không nên làm' } as const;
const LIST_SHORT = { should: 'NL', shouldNot: 'KNL' } as const;

export interface RefFormatOptions {
  /** Adds the version ("bản 2") — useful once a set has more than one version. */
  withVersion?: boolean;
}

/**
 * The readable form shown in the UI and in printed lists:
 *   'QĐ 1665 · Điều 3 · Không nên làm 2', 'QĐ 522 · Điều 5 · Khoản 2 · Điểm a', 'Năm không · Mục 3',
 *   'QĐ 1665 · Chương II'; with the version: 'QĐ 1665 (bản 2) · Điều 3'.
 */
export function formatRuleRef(set: Pick<RuleSetVersion, 'shortName' | 'decision'>, ref: RuleRef, options: RefFormatOptions = {}): string {
  const parts = [options.withVersion ? `${set.shortName} (bản ${ref.version})` : set.shortName];
  if (ref.chapter !== undefined && ref.article === undefined) parts.push(`Chương ${ref.chapter}`);
  if (ref.article !== undefined) parts.push(`Điều ${ref.article}`);
  if (ref.clause !== undefined) parts.push(`Khoản ${ref.clause}`);
  if (ref.point !== undefined) parts.push(`Điểm ${ref.point}`);
  if (ref.list !== undefined) parts.push(ref.item !== undefined ? `${LIST_LONG[ref.list]} ${ref.item}` : LIST_LONG[ref.list]);
  else if (ref.item !== undefined) parts.push(`Mục ${ref.item}`);
  return parts.join(' · ');
}

/**
 * The compact form of the glossary, for tables and exports: '522:Đ5.K2.a', '1665:Đ3.KNL.2',
 * '1665:Đ3.NL', 'Năm không:3', '1665:C.II'; with the version: '1665v2:Đ3.KNL.2'.
 */
export function formatRuleRefShort(set: Pick<RuleSetVersion, 'shortName' | 'decision'>, ref: RuleRef, options: RefFormatOptions = {}): string {
  const segments: string[] = [];
  if (ref.chapter !== undefined && ref.article === undefined) segments.push(`C.${ref.chapter}`);
  if (ref.article !== undefined) segments.push(`Đ${ref.article}`);
  if (ref.clause !== undefined) segments.push(`K${ref.clause}`);
  if (ref.point !== undefined) segments.push(ref.point);
  if (ref.list !== undefined) segments.push(LIST_SHORT[ref.list]);
  if (ref.item !== undefined) segments.push(ref.item);
  return `${ruleSetCode(set)}${options.withVersion ? `v${ref.version}` : ''}:${segments.join('.')}`;
}

export interface RuleSearchHit extends RuleNodeVisit {
  label: string;
}

/** Nodes whose title or wording holds every word of the query, typed with or without diacritics. */
export function searchRuleNodes(set: RuleSetVersion, query: string): RuleSearchHit[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return visitRuleNodes(set)
    .filter(({ node }) => {
      const haystack = foldVietnamese(`${node.title ?? ''} ${node.text}`);
      return haystack.length > 0 && words.every((word) => haystack.includes(word));
    })
    .map((visit) => ({ ...visit, label: formatRuleRef(set, visit.ref) }));
}
