/** What the violation services share: the session, the rule sets, the roster and today's date. */
import { localDay } from '../../shared/domain/dates';
import { formatRuleRef, formatRuleRefShort, findRuleNode, type RuleRef } from '../../shared/domain/ruleNodes';
import type { PersonLabel, RuleRefLabel } from '../../shared/api/violationsTypes';
import type { RuleSetVersion } from '../../shared/schema/ruleSet';
import type { Staff, Unit } from '../../shared/schema/staff';
import { allRuleSetEntries } from './ruleSources';
import type { Session } from './session';

export interface ViolationDeps {
  session: Session;
  /** Folder of the shipped rule-set files. */
  rulesDir: string;
}

/** Everything needed to describe violations, read once per call. */
export interface ViolationContext {
  today: string;
  operator: string;
  staff: Map<string, Staff>;
  units: Map<string, Unit>;
  /** Every version, by 'id@version'. */
  ruleSets: Map<string, RuleSetVersion>;
  /** The latest version of each rule set. */
  latestRuleSets: RuleSetVersion[];
}

export async function loadContext(deps: ViolationDeps): Promise<ViolationContext> {
  const store = deps.session.store;
  const entries = await allRuleSetEntries(deps.session, deps.rulesDir);
  const ruleSets = new Map(entries.map((e) => [`${e.ruleSet.id}@${e.ruleSet.version}`, e.ruleSet] as const));
  const latest = new Map<string, RuleSetVersion>();
  for (const { ruleSet } of entries) latest.set(ruleSet.id, ruleSet);
  return {
    today: localDay(store.now()),
    operator: store.operator,
    staff: new Map(store.collection('staff').records.filter((s) => !s.deletedAt).map((s) => [s.id, s] as const)),
    units: new Map(store.collection('units').records.map((u) => [u.id, u] as const)),
    ruleSets,
    latestRuleSets: [...latest.values()],
  };
}

export function personLabel(ctx: ViolationContext, id: string): PersonLabel {
  const staff = ctx.staff.get(id);
  if (!staff) return { id, code: '', fullName: '(không còn trong danh sách)', category: 'worker', position: '', unitId: null, unitName: '' };
  const unitName = staff.unitId ? (ctx.units.get(staff.unitId)?.name ?? '') : '';
  return { id, code: staff.code, fullName: staff.fullName, category: staff.category, position: staff.position, unitId: staff.unitId, unitName };
}

export function ruleLabel(ctx: ViolationContext, ref: RuleRef): RuleRefLabel {
  const set = ctx.ruleSets.get(`${ref.ruleSetId}@${ref.version}`);
  if (!set) return { ref, label: `${ref.ruleSetId} (bản ${ref.version})`, short: ref.ruleSetId, text: '' };
  const versions = [...ctx.ruleSets.values()].filter((s) => s.id === ref.ruleSetId).length;
  const options = { withVersion: versions > 1 };
  const node = findRuleNode(set, ref);
  return { ref, label: formatRuleRef(set, ref, options), short: formatRuleRefShort(set, ref, options), text: node?.text ?? '' };
}
