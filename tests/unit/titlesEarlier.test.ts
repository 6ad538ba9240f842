/**
 * Proposals upward that look at earlier years, from worked examples computed by hand from the standards
 * (shared/domain/titlesEarlier.ts): Chiến sĩ thi đua Thành phố (03 lần liên tục CSTĐ cơ sở), Bằng khen
 * of the city chairman (Luật TĐKT 2022 Điều 74 k.1 điểm d) and Tập thể lao động xuất sắc.
 */
import { describe, expect, it } from 'vitest';
import { AGENDA_LABELS } from '../../shared/domain/councilRules';
import { earlierYearFacts, excellentCollective, provincialEmulationSoldier, provincialMerit, type CollectiveMemberYear, type YearRecord } from '../../shared/domain/titlesEarlier';
import type { Rating } from '../../shared/schema/criteria';

function year(y: number, opts: Partial<YearRecord> & { soldier?: string } = {}): YearRecord {
  const { soldier, ...rest } = opts;
  return {
    year: y, rating: 'excellent', isComplete: true, undecided: [], initiatives: 0, research: 0,
    granted: soldier === undefined ? [] : [{ title: 'gradeEmulationSoldier', decisionNumber: soldier, decisionDate: `${y}-12-20` }],
    ...rest,
  };
}

describe('Chiến sĩ thi đua Thành phố: Chiến sĩ thi đua cơ sở three years in a row, the third this year', () => {
  it('proposes someone with CSTĐ cơ sở 2024 and 2025 by decision who is eligible again in 2026, naming the decisions', () => {
    const e = provincialEmulationSoldier([year(2024, { soldier: '12/QĐ-UBND' }), year(2025, { soldier: '30/QĐ-UBND' })], 2026, true);
    expect(e.isEligible).toBe(true);
    expect(e.checks[0]?.detail).toBe('năm 2024, 2025 đã đạt CSTĐ cơ sở (12/QĐ-UBND ngày 20/12/2024; 30/QĐ-UBND ngày 20/12/2025); năm 2026 đủ điều kiện CSTĐ cơ sở, Hội đồng xét cùng kỳ');
    expect(e.confidence).toBe('unverified');
    expect(e.basis).toContain('Điều 22');
  });

  it('with exactly two earlier years but not eligible this year, the run is two and the proposal waits', () => {
    const e = provincialEmulationSoldier([year(2024, { soldier: '12/QĐ-UBND' }), year(2025, { soldier: '30/QĐ-UBND' })], 2026, false);
    expect(e.isEligible).toBe(false);
    expect(e.checks[0]?.detail).toContain('năm 2026 chưa đủ điều kiện CSTĐ cơ sở');
  });

  it('a year with no record breaks the run: 2023 and 2025 held, 2024 missing, so 2026 does not make three', () => {
    const e = provincialEmulationSoldier([year(2023, { soldier: '5/QĐ-UBND' }), year(2025, { soldier: '30/QĐ-UBND' })], 2026, true);
    expect(e.isEligible).toBe(false);
    expect(e.checks[0]?.detail).toContain('năm 2024 không có hồ sơ — tính là không đạt');
    expect(e.checks[0]?.detail).toContain('chưa đủ số năm liên tục');
  });

  it('a year on record without the title also breaks the run', () => {
    const e = provincialEmulationSoldier([year(2024), year(2025, { soldier: '30/QĐ-UBND' })], 2026, true);
    expect(e.isEligible).toBe(false);
    expect(e.checks[0]?.detail).toContain('năm 2024 không đạt CSTĐ cơ sở');
  });

  it('a title proposed or passed by the council without a decision does not count, nor one with a blank number', () => {
    const undecided = provincialEmulationSoldier([year(2024, { soldier: '12/QĐ-UBND' }), year(2025, { undecided: ['gradeEmulationSoldier'] })], 2026, true);
    expect(undecided.isEligible).toBe(false);
    expect(undecided.checks[0]?.detail).toContain('năm 2025 đã đề nghị CSTĐ cơ sở nhưng chưa có quyết định công nhận — không tính');
    const blank = provincialEmulationSoldier([year(2024, { soldier: '12/QĐ-UBND' }), year(2025, { soldier: '  ' })], 2026, true);
    expect(blank.isEligible).toBe(false);
    expect(blank.checks[0]?.detail).toContain('năm 2025 đã đề nghị CSTĐ cơ sở nhưng chưa có quyết định');
  });

  it('this year granted by decision already counts by the decision', () => {
    const e = provincialEmulationSoldier([year(2024, { soldier: '12/QĐ-UBND' }), year(2025, { soldier: '30/QĐ-UBND' }), year(2026, { soldier: '41/QĐ-UBND' })], 2026, false);
    expect(e.isEligible).toBe(true);
    expect(e.checks[0]?.detail).toContain('năm 2024, 2025, 2026 đã đạt');
  });
});

describe('Bằng khen của Chủ tịch UBND Thành phố (Luật TĐKT 2022 Điều 74 khoản 1 điểm d)', () => {
  it('way 1: CSTĐ cơ sở 2025 by decision and eligible in 2026 — two times in a row', () => {
    const e = provincialMerit([year(2025, { soldier: '30/QĐ-UBND', rating: 'good' })], 2026, true);
    expect(e.checks.map((c) => c.isMet)).toEqual([true, false]);
    expect(e.isEligible).toBe(true);
    expect(e.confidence).toBe('quoted');
  });

  it("way 2, the Ministry's example: xuất sắc 2025 and 2026 with one initiative each → two initiatives in the span", () => {
    const e = provincialMerit([year(2025, { initiatives: 1 }), year(2026, { initiatives: 1 })], 2026, false);
    expect(e.checks.map((c) => c.isMet)).toEqual([false, true]);
    expect(e.checks[1]?.detail).toBe('năm 2025: Hoàn thành xuất sắc nhiệm vụ; năm 2026: Hoàn thành xuất sắc nhiệm vụ; 2 sáng kiến, 0 đề tài trong 2025–2026');
    expect(e.isEligible).toBe(true);
  });

  it('way 2 fails with one initiative, with a good year in between, or with an incomplete year', () => {
    expect(provincialMerit([year(2025, { initiatives: 1 }), year(2026)], 2026, false).isEligible).toBe(false);
    expect(provincialMerit([year(2025, { rating: 'good', initiatives: 1 }), year(2026, { initiatives: 1 })], 2026, false).isEligible).toBe(false);
    const partial = provincialMerit([year(2025, { initiatives: 1 }), year(2026, { initiatives: 1, isComplete: false })], 2026, false);
    expect(partial.isEligible).toBe(false);
    expect(partial.checks[1]?.detail).toContain('năm 2026 xếp loại chưa đủ');
  });

  it('one initiative and one research work are not "02 sáng kiến hoặc 02 đề tài"; two research works are', () => {
    expect(provincialMerit([year(2025, { initiatives: 1 }), year(2026, { research: 1 })], 2026, false).isEligible).toBe(false);
    expect(provincialMerit([year(2025, { research: 1 }), year(2026, { research: 1 })], 2026, false).isEligible).toBe(true);
  });

  it('no record for 2025 counts as not xuất sắc', () => {
    const e = provincialMerit([year(2026, { initiatives: 2 })], 2026, false);
    expect(e.isEligible).toBe(false);
    expect(e.checks[1]?.detail).toContain('năm 2025 không có xếp loại — tính là không đạt');
  });
});

describe('Tập thể lao động xuất sắc: 100 % hoàn thành, ít nhất 70 % Lao động tiên tiến, có Chiến sĩ thi đua cơ sở', () => {
  const member = (i: number, over: Partial<CollectiveMemberYear> = {}): CollectiveMemberYear => ({ fullName: `Người ${i}`, rating: 'good' as Rating, isComplete: true, isAdvancedWorker: true, isSoldier: false, ...over });
  const unit = (workers: number, size: number, extra: Partial<CollectiveMemberYear>[] = []) =>
    Array.from({ length: size }, (_, i) => member(i + 1, { isAdvancedWorker: i < workers, ...(extra[i] ?? {}) }));

  it('7 of 10 Lao động tiên tiến (exactly 70 %) with one Chiến sĩ thi đua cơ sở is eligible', () => {
    const e = excellentCollective(unit(7, 10, [{ isSoldier: true }]), []);
    expect(e.checks.map((c) => c.detail)).toEqual(['10/10 người', '7/10 người', 'Người 1']);
    expect(e.isEligible).toBe(true);
  });

  it('6 of 10 (60 %) or 2 of 3 (66,7 %) is under 70 %', () => {
    expect(excellentCollective(unit(6, 10, [{ isSoldier: true }]), []).checks[1]?.isMet).toBe(false);
    expect(excellentCollective(unit(2, 3, [{ isSoldier: true }]), []).checks[1]?.isMet).toBe(false);
  });

  it('one member "Không hoàn thành" or without a classification fails the 100 %; no CSTĐ cơ sở fails d)', () => {
    const failed = excellentCollective(unit(8, 10, [{ isSoldier: true }, { rating: 'fails' }, { rating: null, isComplete: false }]), []);
    expect(failed.checks[0]).toMatchObject({ isMet: false, detail: 'Chưa đạt hoặc chưa có xếp loại năm: Người 2, Người 3' });
    expect(excellentCollective(unit(10, 10), []).checks[2]).toMatchObject({ isMet: false, detail: 'Không có' });
  });

  it("keeps the unit's earlier years and the council's own judgements as notes", () => {
    const e = excellentCollective(unit(7, 10, [{ isSoldier: true }]), ['Năm 2025: Tập thể lao động tiên tiến (8/QĐ-UBND ngày 20/12/2025)']);
    expect(e.notes[1]).toBe('Năm 2025: Tập thể lao động tiên tiến (8/QĐ-UBND ngày 20/12/2025)');
    expect(e.notes[0]).toContain('Hội đồng xem xét');
  });
});

describe('earlier-year facts for the council', () => {
  it('one line per year, a missing year said as such, undecided titles marked', () => {
    const facts = earlierYearFacts([year(2024, { soldier: '12/QĐ-UBND', initiatives: 1 }), year(2025, { rating: 'good', undecided: ['gradeEmulationSoldier'] })], 2026, 3, AGENDA_LABELS);
    expect(facts).toEqual([
      'Năm 2023: không có hồ sơ',
      'Năm 2024: Hoàn thành xuất sắc nhiệm vụ; Chiến sĩ thi đua cơ sở (12/QĐ-UBND ngày 20/12/2024); 1 sáng kiến',
      'Năm 2025: Hoàn thành tốt nhiệm vụ; đề nghị "Chiến sĩ thi đua cơ sở" chưa có quyết định',
    ]);
  });
});
