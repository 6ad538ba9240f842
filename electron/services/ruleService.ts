/**
 * Rule sets: list and read (shipped + imported), preview a decision's text as a tree, save it as a
 * new rule set or a new version. Saved versions are never edited; shipped files are never written.
 */
import type { z } from 'zod';
import { ServiceError } from '../../shared/api/result';
import type { ruleImportSave } from '../../shared/api/rulesContract';
import type { RuleImportPreview, RuleSetSummary, RuleSetView } from '../../shared/api/rulesTypes';
import { countArticles, subtree } from '../../shared/domain/ruleNodes';
import { parseRuleText } from '../../shared/domain/ruleParser';
import { ruleSetVersionSchema, type RuleSetVersion } from '../../shared/schema/ruleSet';
import type { DecisionInput } from '../documents/docx/readDecisionText';
import { readDecisionTextIsolated as readDecisionText } from '../documents/isolatedReaders';
import { newRecord } from './records';
import { allRuleSetEntries, loadShippedRuleSets, type RuleSetEntry } from './ruleSources';
import type { Session } from './session';

export interface RuleDeps {
  session: Session;
  /** Folder of the shipped rule-set files (read only). */
  rulesDir: string;
}

type SaveInput = z.output<typeof ruleImportSave>;

function groupById(entries: RuleSetEntry[]): Map<string, RuleSetEntry[]> {
  const groups = new Map<string, RuleSetEntry[]>();
  for (const entry of entries) groups.set(entry.ruleSet.id, [...(groups.get(entry.ruleSet.id) ?? []), entry]);
  return groups;
}

function toView(entry: RuleSetEntry, versions: number[]): RuleSetView {
  return {
    ruleSet: entry.ruleSet,
    origin: entry.origin,
    versions,
    counts: countArticles(entry.ruleSet),
    ...(entry.record ? { savedAt: entry.record.createdAt, savedBy: entry.record.createdBy } : {}),
  };
}

export async function listRuleSets(deps: RuleDeps): Promise<RuleSetSummary[]> {
  const groups = groupById(await allRuleSetEntries(deps.session, deps.rulesDir));
  return [...groups.values()].map((entries) => {
    const latest = entries[entries.length - 1]!;
    const { ruleSet } = latest;
    return {
      id: ruleSet.id, version: ruleSet.version, versions: entries.map((e) => e.ruleSet.version), title: ruleSet.title,
      shortName: ruleSet.shortName, decision: ruleSet.decision, effectiveDate: ruleSet.effectiveDate, status: ruleSet.status,
      origin: latest.origin, counts: countArticles(ruleSet),
    };
  });
}

/** One version (the latest when none is named). */
export async function getRuleSet(deps: RuleDeps, id: string, version?: number): Promise<RuleSetView> {
  const entries = groupById(await allRuleSetEntries(deps.session, deps.rulesDir)).get(id);
  if (!entries) throw new ServiceError('NOT_FOUND', `Không có bộ quy tắc mã ${id}.`);
  const entry = version === undefined ? entries[entries.length - 1] : entries.find((e) => e.ruleSet.version === version);
  if (!entry) throw new ServiceError('NOT_FOUND', `Bộ quy tắc ${id} không có phiên bản ${version}.`);
  return toView(entry, entries.map((e) => e.ruleSet.version));
}

/** Reads and parses; stores nothing. */
export async function previewRuleImport(input: DecisionInput): Promise<RuleImportPreview> {
  const sourceText = await readDecisionText(input);
  const parsed = parseRuleText(sourceText);
  const kinds = parsed.nodes.flatMap(subtree).map((node) => node.kind);
  return {
    title: parsed.title,
    decisionHint: parsed.decisionHint,
    tree: parsed.nodes,
    warnings: parsed.warnings,
    sourceText,
    counts: { chapters: kinds.filter((k) => k === 'chapter').length, articles: kinds.filter((k) => k === 'article').length, nodes: kinds.length },
  };
}

function buildVersion(input: SaveInput, latest: RuleSetVersion | null, version: number): RuleSetVersion {
  const sourceNote = input.sourceNote || 'Nhập từ văn bản; chưa đối chiếu với bản chính thức.';
  if (input.asNewRuleSet) {
    const { motto, ...fields } = input.asNewRuleSet;
    return ruleSetVersionSchema.parse({ ...fields, ...(motto ? { motto } : {}), version, sourceNote, nodes: input.tree });
  }
  const next = input.asNewVersionOf!;
  const base = latest!;
  return ruleSetVersionSchema.parse({
    ...base,
    title: next.title ?? base.title,
    decision: next.decision ?? base.decision,
    effectiveDate: next.effectiveDate ?? base.effectiveDate,
    status: next.status ?? base.status,
    version,
    sourceNote,
    nodes: input.tree,
  });
}

/** Saves the reviewed tree as version 1 of a new set, or as version n+1 of an existing one. */
export async function saveRuleImport(deps: RuleDeps, input: SaveInput): Promise<RuleSetView> {
  const shipped = await loadShippedRuleSets(deps.rulesDir);
  const store = deps.session.store;
  const id = (input.asNewRuleSet ?? input.asNewVersionOf)!.id;
  await store.mutateCollection('ruleSets', null, (file) => {
    const existing = [...shipped, ...file.records.filter((r) => !r.deletedAt).map((r) => r.ruleSet)]
      .filter((s) => s.id === id)
      .sort((a, b) => a.version - b.version);
    const latest = existing[existing.length - 1] ?? null;
    if (input.asNewRuleSet && latest) {
      throw new ServiceError('CONFLICT', `Đã có bộ quy tắc mã ${id}. Hãy lưu thành phiên bản mới của bộ đó hoặc chọn mã khác.`);
    }
    if (input.asNewVersionOf && !latest) throw new ServiceError('NOT_FOUND', `Không có bộ quy tắc mã ${id} để thêm phiên bản.`);
    const ruleSet = buildVersion(input, latest, (latest?.version ?? 0) + 1);
    file.records.push(newRecord({ ruleSet }, store.operator, store.now()));
  });
  return getRuleSet(deps, id);
}
