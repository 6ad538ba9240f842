/** The ward's scoring settings: roll-up method, cadence, 20 % cap scopes, titles' thresholds (one record in scoringSettings.json). */
import type { ScoringSettingsView } from '../../shared/api/scoringTypes';
import { applyChanges, newRecord } from './records';
import type { Session } from './session';

export const SOLDIER_RATIO_NOTE = 'Tỷ lệ Chiến sĩ thi đua cơ sở do phường tự quy định (mức 15% số Lao động tiên tiến chưa được đối chiếu với văn bản hướng dẫn Luật Thi đua, khen thưởng 2022).';

/** TT 01/2024/TT-BNV as cited by the review (issue 12); its article text is not in our sources. */
export const MIN_SERVICE_NOTE = 'Người mới tuyển dụng dưới 6 tháng tính đến cuối năm không đề nghị "Lao động tiên tiến" (Thông tư 01/2024/TT-BNV — chưa đối chiếu văn bản gốc; số tháng sửa được).';

export const DEFAULT_SCORING_SETTINGS: ScoringSettingsView = {
  rollupMethod: 'mean', soldierRatio: 0.15, soldierRatioNote: SOLDIER_RATIO_NOTE,
  cadence: 'month', capScopes: ['unit', 'ward'], taskGroups: [], minServiceMonths: 6, minServiceNote: MIN_SERVICE_NOTE,
};

export type ScoringSettingsPatch = Partial<Omit<ScoringSettingsView, 'soldierRatioNote' | 'minServiceNote'>>;

export function getScoringSettings(session: Session): ScoringSettingsView {
  const record = session.store.collection('scoringSettings').records.find((r) => !r.deletedAt);
  const d = DEFAULT_SCORING_SETTINGS;
  if (!record) return d;
  return {
    rollupMethod: record.rollupMethod ?? d.rollupMethod, soldierRatio: record.soldierRatio ?? d.soldierRatio, soldierRatioNote: SOLDIER_RATIO_NOTE,
    cadence: record.cadence ?? d.cadence, capScopes: record.capScopes ?? d.capScopes, taskGroups: record.taskGroups ?? d.taskGroups,
    minServiceMonths: record.minServiceMonths ?? d.minServiceMonths, minServiceNote: MIN_SERVICE_NOTE,
  };
}

export async function updateScoringSettings(session: Session, patch: ScoringSettingsPatch): Promise<ScoringSettingsView> {
  const store = session.store;
  await store.mutateCollection('scoringSettings', null, (file) => {
    const record = file.records.find((r) => !r.deletedAt);
    if (record) applyChanges(record, patch, store.operator, store.now());
    else file.records.push(newRecord({ ...DEFAULT_SCORING_SETTINGS, ...patch }, store.operator, store.now()));
  });
  return getScoringSettings(session);
}
