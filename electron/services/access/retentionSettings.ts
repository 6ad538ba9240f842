/**
 * The retention periods the administrator sets (Cài đặt → Thời hạn lưu giữ), per kind of record, kept in
 * the ward's settings. Defaults and their basis: shared/domain/retention.ts and docs/retention.md.
 */
import type { RetentionSetting } from '../../../shared/api/retentionContract';
import { RETENTION_ACTIONS, retentionKindRules, type RetentionKind } from '../../../shared/domain/retention';
import type { Store } from '../../store/dataStore';

export function retentionSettings(store: Store): RetentionSetting[] {
  const chosen = store.meta.settings.retentionYears ?? {};
  return retentionKindRules().map((rule) => ({
    ...rule,
    years: rule.kind in chosen ? (chosen[rule.kind] ?? null) : rule.defaultYears,
    action: RETENTION_ACTIONS[rule.kind],
  }));
}

export function retentionYears(store: Store): Record<RetentionKind, number | null> {
  return Object.fromEntries(retentionSettings(store).map((s) => [s.kind, s.years])) as Record<RetentionKind, number | null>;
}

export async function updateRetention(store: Store, years: Partial<Record<RetentionKind, number | null>>): Promise<RetentionSetting[]> {
  await store.updateMeta((meta) => {
    meta.settings = { ...meta.settings, retentionYears: { ...(meta.settings.retentionYears ?? {}), ...years } };
  });
  return retentionSettings(store);
}
