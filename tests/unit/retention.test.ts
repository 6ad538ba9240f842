import { describe, expect, it } from 'vitest';
import { RETENTION_RULES } from '../../shared/domain/retention';
import { YEARLY_KINDS } from '../../shared/schema/records';

describe('retention of personal records', () => {
  it('has a rule for every yearly kind, each with a basis and no claim of verified law', () => {
    for (const kind of YEARLY_KINDS) expect(RETENTION_RULES.map((r) => r.kind), kind).toContain(kind);
    for (const rule of RETENTION_RULES) {
      expect(['wardChoice', 'unverified']).toContain(rule.confidence);
      expect(rule.basis.length).toBeGreaterThan(20);
      if (rule.confidence === 'unverified') expect(rule.basis).toMatch(/chưa được kiểm chứng/);
    }
  });

  it('keeps discipline records until a verified period exists', () => {
    expect(RETENTION_RULES.find((r) => r.kind === 'violations')?.defaultYears).toBeNull();
  });
});
