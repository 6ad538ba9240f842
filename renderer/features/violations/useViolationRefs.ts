/** Loads what the violation forms choose from: the roster, the units and the citable rule references. */
import { useCallback, useEffect, useState } from 'react';
import type { UnitView } from '../../../shared/api/rosterTypes';
import type { RuleRefOption } from '../../../shared/api/violationsTypes';
import type { RosterRowView } from '../../../shared/domain/rosterQuery';
import { ruleRefKey } from '../../../shared/domain/violationRuleRef';
import { useApiCall } from '../../lib/useApiCall';

export interface ViolationRefs {
  staff: RosterRowView[];
  units: UnitView[];
  rules: RuleRefOption[];
  reload: () => Promise<void>;
}

export function useViolationRefs(): ViolationRefs {
  const call = useApiCall();
  const [staff, setStaff] = useState<RosterRowView[]>([]);
  const [units, setUnits] = useState<UnitView[]>([]);
  const [rules, setRules] = useState<RuleRefOption[]>([]);
  const reload = useCallback(async () => {
    const [s, u, r] = await Promise.all([call((api) => api.listStaff({ status: 'all' })), call((api) => api.listUnits()), call((api) => api.ruleRefOptions())]);
    if (s.ok) setStaff(s.data);
    if (u.ok) setUnits(u.data);
    if (r.ok) setRules(r.data);
  }, [call]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { staff, units, rules, reload };
}

export function staffOptions(staff: RosterRowView[]) {
  return staff.map((s) => ({ value: s.id, label: `${s.fullName} (${s.code})`, search: `${s.fullName} ${s.code} ${s.unitName}` }));
}

const TAG_TEXT_CHARS = 48;

/** 'QĐ 1665 · Điều 3 · Không nên làm 5 — Hút thuốc, khạc nhổ, phóng uế tùy tiện.' (long wording cut at a word for the chosen tag). */
export function ruleChoiceLabel(label: string, text: string): string {
  const words = text.trim();
  if (words === '') return label;
  if (words.length <= TAG_TEXT_CHARS) return `${label} — ${words}`;
  const cut = words.slice(0, TAG_TEXT_CHARS + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${label} — ${(lastSpace > TAG_TEXT_CHARS / 2 ? cut.slice(0, lastSpace) : cut.slice(0, TAG_TEXT_CHARS)).replace(/[\s,;.]+$/, '')}…`;
}

/**
 * Rule references to choose from; the value is the reference's stable key ('qd-1665-2017@1:Đ3.KNL.5').
 * The wording is shown and searched (without diacritics: "dien thoai" finds "điện thoại").
 */
export function ruleOptions(rules: RuleRefOption[]) {
  return rules.map((r) => ({ value: ruleRefKey(r.ref), label: ruleChoiceLabel(r.label, r.text), code: r.label, text: r.text, search: `${r.label} ${r.short} ${r.text}`, title: r.text }));
}
