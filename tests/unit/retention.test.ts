import { describe, expect, it } from 'vitest';
import { RETENTION_KINDS, RETENTION_RULES, isPastRetention, retentionKindRules } from '../../shared/domain/retention';
import { YEARLY_KINDS } from '../../shared/schema/records';

describe('retention of personal records', () => {
  it('has a rule for every yearly kind, each with a basis and no claim of verified law', () => {
    for (const kind of YEARLY_KINDS) expect(RETENTION_RULES.map((r) => r.kind), kind).toContain(kind);
    for (const rule of RETENTION_RULES) {
      expect(['wardChoice', 'unverified']).toContain(rule.confidence);
      expect(rule.basis.length).toBeGreaterThan(20);
      if (rule.confidence === 'unverified') expect(rule.basis).toMatch(/chưa tìm thấy văn bản quy định/);
    }
  });

  it('keeps discipline records until a verified period exists', () => {
    expect(RETENTION_RULES.find((r) => r.kind === 'violations')?.defaultYears).toBeNull();
  });
});

describe('the retention run: which year a record is past its period', () => {
  it('keeps a 2019 access entry (5 years) through 2024 and acts on it from 2025; null keeps for ever', () => {
    expect(isPastRetention(2019, 5, 2024)).toBe(false);
    expect(isPastRetention(2019, 5, 2025)).toBe(true);
    expect(isPastRetention(1990, null, 2100)).toBe(false);
  });

  it('offers a setting for each kind the run acts on, with the defaults of docs/retention.md', () => {
    const rules = retentionKindRules();
    expect(rules.map((r) => r.kind)).toEqual([...RETENTION_KINDS]);
    for (const rule of rules) {
      const documented = RETENTION_RULES.find((r) => r.kind === rule.kind);
      if (documented) expect(rule.defaultYears).toBe(documented.defaultYears);
      else expect(rule).toMatchObject({ kind: 'staffLeft', defaultYears: null, confidence: 'unverified' });
    }
  });
});
