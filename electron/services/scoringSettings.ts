/** The ward's scoring settings: roll-up method and the Chiến sĩ thi đua cơ sở ratio (one record in scoringSettings.json). */
import type { ScoringSettingsView } from '../../shared/api/scoringTypes';
import type { RollupMethod } from '../../shared/domain/rollup';
import type { BaseRecord } from '../../shared/schema/records';
import { applyChanges, newRecord } from './records';
import type { Session } from './session';

interface SettingsRecord extends BaseRecord, ScoringSettingsView {}

export const SOLDIER_RATIO_NOTE = 'Tỷ lệ 15% là mức nhớ theo ND 91/2017 / ND 98/2023, CHƯA ĐƯỢC KIỂM CHỨNG với văn bản gốc — phường tự đặt.';

export const DEFAULT_SCORING_SETTINGS: ScoringSettingsView = { rollupMethod: 'mean', soldierRatio: 0.15, soldierRatioNote: SOLDIER_RATIO_NOTE };

export function getScoringSettings(session: Session): ScoringSettingsView {
  const record = session.store.collection<SettingsRecord>('scoringSettings').records.find((r) => !r.deletedAt);
  return record ? { rollupMethod: record.rollupMethod, soldierRatio: record.soldierRatio, soldierRatioNote: SOLDIER_RATIO_NOTE } : DEFAULT_SCORING_SETTINGS;
}

export async function updateScoringSettings(session: Session, patch: { rollupMethod?: RollupMethod; soldierRatio?: number }): Promise<ScoringSettingsView> {
  const store = session.store;
  await store.mutateCollection<SettingsRecord, void>('scoringSettings', null, (file) => {
    const record = file.records.find((r) => !r.deletedAt);
    if (record) applyChanges(record, patch, store.operator, store.now());
    else file.records.push(newRecord({ ...DEFAULT_SCORING_SETTINGS, ...patch }, store.operator, store.now()));
  });
  return getScoringSettings(session);
}
