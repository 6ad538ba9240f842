/**
 * Rule references of a violation: read from text ('1665:Đ3.KNL.5', 'qd-522-2017:5.2', 'Năm không:3')
 * and checked against the rule set. A clause or point under an article whose official text is not
 * yet available (a gap) is accepted: the ward can cite it before the wording is typed in.
 */
import type { RuleSetVersion } from '../schema/ruleSet';
import { findRuleNode, formatRuleRef, ruleSetCode, visitRuleNodes, type RuleRef } from './ruleNodes';
import { foldVietnamese } from './text';

export type RefParse = { ok: true; ref: RuleRef; set: RuleSetVersion } | { ok: false; reason: string };

/** The rule set named by its id ('qd-1665-2017'), its number ('1665') or its short name ('QĐ 1665'). */
export function findRuleSetByName(sets: RuleSetVersion[], name: string): RuleSetVersion | null {
  const wanted = foldVietnamese(name);
  return sets.find((s) => s.id === name.trim()) ?? sets.find((s) => foldVietnamese(ruleSetCode(s)) === wanted || foldVietnamese(s.shortName) === wanted) ?? null;
}

function hasArticles(set: RuleSetVersion): boolean {
  return visitRuleNodes(set).some((visit) => visit.node.kind === 'article');
}

/** Reads 'RULESET:ARTICLE[.CLAUSE][.POINT]' (or '…:Đ3.KNL.5', or '…:ITEM' for sets without articles). */
export function parseRuleRefText(text: string, sets: RuleSetVersion[]): RefParse {
  const trimmed = text.normalize('NFC').trim();
  const colon = trimmed.lastIndexOf(':');
  if (colon <= 0) return { ok: false, reason: `Điều khoản "${text}" phải có dạng BỘ_QUY_TẮC:ĐIỀU[.KHOẢN], ví dụ 1665:3.KNL.5 hoặc qd-522-2017:5.2.` };
  const set = findRuleSetByName(sets, trimmed.slice(0, colon));
  if (!set) return { ok: false, reason: `Không có bộ quy tắc "${trimmed.slice(0, colon)}". Các bộ hiện có: ${sets.map((s) => `${s.id} (${ruleSetCode(s)})`).join(', ')}.` };
  const segments = trimmed.slice(colon + 1).split('.').map((s) => s.trim()).filter(Boolean);
  if (segments.length === 0) return { ok: false, reason: `Thiếu số điều sau dấu hai chấm trong "${text}".` };
  const ref: RuleRef = { ruleSetId: set.id, version: set.version };
  const withArticles = hasArticles(set);
  for (const raw of segments) {
    const folded = foldVietnamese(raw).toUpperCase();
    const number = /^(?:D|K)?(\d+)$/.exec(folded)?.[1];
    if (folded === 'NL' || folded === 'KNL') {
      ref.list = folded === 'NL' ? 'should' : 'shouldNot';
    } else if (number && withArticles && ref.article === undefined && ref.list === undefined) {
      ref.article = number;
    } else if (number && (ref.list !== undefined || !withArticles) && ref.item === undefined) {
      ref.item = number;
    } else if (number && ref.clause === undefined) {
      ref.clause = number;
    } else if (/^[a-zđ]$/i.test(raw) && ref.clause !== undefined && ref.point === undefined) {
      ref.point = raw.toLowerCase();
    } else {
      return { ok: false, reason: `Không hiểu phần "${raw}" trong "${text}".` };
    }
  }
  const problem = ruleRefProblem(set, ref);
  return problem ? { ok: false, reason: problem } : { ok: true, ref, set };
}

/** Null when the reference points at a node of the set (or under a gap article); else why not. */
export function ruleRefProblem(set: RuleSetVersion, ref: RuleRef): string | null {
  if (ref.ruleSetId !== set.id || ref.version !== set.version) return `Điều khoản không thuộc ${set.shortName} (bản ${set.version}).`;
  if (findRuleNode(set, ref)) return null;
  if (ref.article !== undefined) {
    const article = findRuleNode(set, { ruleSetId: set.id, version: set.version, article: ref.article });
    if (!article) return `${set.shortName} không có Điều ${ref.article}.`;
    if (article.isGap === true && article.children.length === 0 && ref.list === undefined) return null;
  }
  return `${set.shortName} không có ${formatRuleRef(set, ref).split(' · ').slice(1).join(' · ') || 'mục này'}.`;
}

/** A reference without empty parts, for storing and comparing. */
export function cleanRuleRef(ref: RuleRef): RuleRef {
  const out: RuleRef = { ruleSetId: ref.ruleSetId, version: ref.version };
  for (const key of ['chapter', 'article', 'clause', 'point', 'list', 'item'] as const) {
    const value = ref[key];
    if (value !== undefined && value !== '') (out as unknown as Record<string, string>)[key] = value;
  }
  return out;
}

/** A stable key for a reference: 'qd-1665-2017@1:Đ3.KNL.5'. */
export function ruleRefKey(ref: RuleRef): string {
  const c = cleanRuleRef(ref);
  const parts = [c.chapter && `C${c.chapter}`, c.article && `Đ${c.article}`, c.clause && `K${c.clause}`, c.point, c.list, c.item].filter(Boolean);
  return `${c.ruleSetId}@${c.version}:${parts.join('.')}`;
}
