import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ruleRefKey } from '../../shared/domain/violationRuleRef';
import { foldedFilter } from '../../renderer/lib/foldedFilter';
import { fieldsFromValues, formChoices, valuesFromRecord, type ViolationFormValues } from '../../renderer/features/violations/violationFormValues';
import { BINH, CUONG, DUNG, OLD_LATE, PUNCTUAL, SMOKING, smokingDetail, wardRefs } from '../fixtures/renderer/wardRecords';

describe('the Ghi nhận form offers the ward\'s people and rules and hands the service what was chosen', () => {
  it('offers a new record only the people at work and the rules in force', () => {
    const choices = formChoices(wardRefs());

    expect(choices.people.map((p) => p.label)).toEqual(['Trần Thị Bình (CB0002)', 'Lê Văn Cường (CB0003)']);
    expect(choices.people[0]?.search).toBe('Trần Thị Bình CB0002 Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(choices.rules.map((r) => r.code)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 5', 'QĐ 1665 · Điều 3 · Nên làm 1']);
    // Each choice carries its wording: shown under the address, searched without accents.
    expect(choices.rules.map((r) => [r.label, r.text])).toEqual(wardRefs().rules.map((r) => [r.text ? `${r.label} — ${r.text}` : r.label, r.text]));
    expect(choices.rules.filter((r) => foldedFilter('hut thuoc', r)).map((r) => r.code)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 5']);
    expect([...choices.refsByKey.keys()]).toEqual([ruleRefKey(SMOKING), ruleRefKey(PUNCTUAL)]);
  });

  it('keeps the retired Dung and the replaced "Năm không" on the choices when editing the record that names them', () => {
    const choices = formChoices(wardRefs(), smokingDetail());

    expect(choices.people.map((p) => [p.value, p.label])).toEqual([
      [BINH.id, 'Trần Thị Bình (CB0002)'],
      [CUONG.id, 'Lê Văn Cường (CB0003)'],
      [DUNG.id, 'Phạm Thị Dung (CB0009)'],
    ]);
    expect(choices.rules.map((r) => r.code)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 5', 'QĐ 1665 · Điều 3 · Nên làm 1', 'Năm không · Mục 3']);
    const oldLate = choices.rules[2];
    expect(oldLate).toMatchObject({ value: ruleRefKey(OLD_LATE), label: 'Năm không · Mục 3 — Không đi muộn về sớm.', title: 'Không đi muộn về sớm.' });
    expect(choices.rules.filter((r) => foldedFilter('di muon', r)).map((r) => r.code)).toEqual(['Năm không · Mục 3']);
    expect(choices.refsByKey.get(ruleRefKey(OLD_LATE))).toEqual(OLD_LATE);
  });

  it('fills the form with the stored record to edit it', () => {
    const values = valuesFromRecord(smokingDetail());

    expect(values.date.format('DD/MM/YYYY')).toBe('05/03/2025');
    expect(values).toMatchObject({
      time: '09:10', place: 'Sảnh Bộ phận Một cửa', staffIds: [BINH.id, DUNG.id], rules: [ruleRefKey(SMOKING), ruleRefKey(OLD_LATE)],
      description: 'Hút thuốc tại sảnh tiếp công dân', source: 'citizenReport', severity: 'minor', recordedBy: 'Nguyễn Văn An',
    });
  });

  it('gives back the same record when the form is saved unchanged', () => {
    const detail = smokingDetail();
    const { refsByKey } = formChoices(wardRefs(), detail);

    const fields = fieldsFromValues(valuesFromRecord(detail), refsByKey);

    const { date, time, place, staffIds, ruleRefs, description, source, severity, recordedBy } = detail.record;
    expect(fields).toEqual({ date, time, place, staffIds, ruleRefs, description, source, severity, recordedBy });
  });

  it('sends an empty time as none and leaves out a rule key it cannot resolve', () => {
    const { refsByKey } = formChoices(wardRefs());
    const values: ViolationFormValues = {
      date: dayjs('2025-04-01'), time: '', staffIds: [CUONG.id], rules: [ruleRefKey(PUNCTUAL), 'qd-999-2030@1:Đ1'], description: 'Đi làm muộn 40 phút', source: 'inspection',
    };

    expect(fieldsFromValues(values, refsByKey)).toEqual({
      date: '2025-04-01', time: null, place: '', staffIds: [CUONG.id], ruleRefs: [PUNCTUAL], description: 'Đi làm muộn 40 phút', source: 'inspection', severity: null, recordedBy: '',
    });
  });
});
