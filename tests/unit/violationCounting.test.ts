import { describe, expect, it } from 'vitest';
import { countingViolationsOf, violationCountsOn, type CountingViolation } from '../../shared/domain/violationsCounting';
import { parseRuleRefText } from '../../shared/domain/violationRuleRef';
import type { RuleSetVersion } from '../../shared/schema/ruleSet';

const concluded: CountingViolation = {
  state: 'concluded', date: '2026-02-10', expiresOn: '2026-08-10', measure: 'warning', decision: { number: '07/QĐ-UBND', date: '2026-02-25' },
  deletedAt: null, staffIds: ['s1'], severity: 'serious',
};

describe('whether a violation counts for emulation on a day', () => {
  it('counts a concluded cảnh cáo from its day through its expiry, carrying the decision', () => {
    expect(violationCountsOn(concluded, '2026-02-09')).toMatchObject({ counts: false, reason: 'notYetHappened' });
    expect(violationCountsOn(concluded, '2026-08-10')).toEqual({ counts: true, reason: null, measure: 'warning', discipline: { form: 'warning', decision: { number: '07/QĐ-UBND', date: '2026-02-25' } } });
    expect(violationCountsOn(concluded, '2026-08-11')).toMatchObject({ counts: false, reason: 'expired' });
  });

  it('does not count a record still under review, a cancelled one or a deleted one', () => {
    expect(violationCountsOn({ ...concluded, state: 'underReview' }, '2026-03-01').reason).toBe('notConcluded');
    expect(violationCountsOn({ ...concluded, state: 'cancelled' }, '2026-03-01').reason).toBe('cancelled');
    expect(violationCountsOn({ ...concluded, deletedAt: '2026-03-01T00:00:00Z' }, '2026-03-01').reason).toBe('deleted');
  });

  it('reports a nhắc nhở as a measure without discipline, and picks one person\'s counting violations', () => {
    const reminder = { ...concluded, measure: 'reminder' as const, decision: null, staffIds: ['s2'], expiresOn: null };
    expect(violationCountsOn(reminder, '2030-01-01')).toMatchObject({ counts: true, measure: 'reminder', discipline: null });
    expect(countingViolationsOf([concluded, reminder], 's2', '2026-03-01')).toEqual([reminder]);
  });
});

const set1665: RuleSetVersion = {
  id: 'qd-1665-2017', version: 1, title: 'Quy tắc ứng xử nơi công cộng', shortName: 'QĐ 1665',
  decision: { number: '1665/QĐ-UBND', date: '2017-03-10', issuer: 'UBND thành phố Hà Nội' }, effectiveDate: '2017-03-10', status: 'inForce', sourceNote: '',
  nodes: [
    { kind: 'article', number: '2', text: '', verified: true, source: 's', children: [{ kind: 'clause', number: '1', text: 'Phạm vi', verified: true, source: 's', children: [] }] },
    { kind: 'article', number: '3', text: '', verified: true, source: 's', children: [{ kind: 'shouldNotList', number: '', text: '', verified: true, source: 's', children: [{ kind: 'item', number: '5', text: 'Hút thuốc', verified: true, source: 's', children: [] }] }] },
    { kind: 'article', number: '9', text: '', verified: false, source: 's', isGap: true, children: [] },
  ],
};

describe('reading a rule reference typed on the command line', () => {
  it('reads 1665:3.KNL.5, QĐ 1665:Đ2.K1 and a clause under an article whose text is not yet available', () => {
    expect(parseRuleRefText('1665:3.KNL.5', [set1665])).toMatchObject({ ok: true, ref: { ruleSetId: 'qd-1665-2017', version: 1, article: '3', list: 'shouldNot', item: '5' } });
    expect(parseRuleRefText('QĐ 1665:Đ2.K1', [set1665])).toMatchObject({ ok: true, ref: { article: '2', clause: '1' } });
    expect(parseRuleRefText('qd-1665-2017:9.2', [set1665])).toMatchObject({ ok: true, ref: { article: '9', clause: '2' } });
  });

  it('refuses a clause that does not exist and an unknown rule set, in Vietnamese', () => {
    expect(parseRuleRefText('1665:2.4', [set1665])).toEqual({ ok: false, reason: 'QĐ 1665 không có Điều 2 · Khoản 4.' });
    expect(parseRuleRefText('999:1', [set1665])).toMatchObject({ ok: false, reason: expect.stringContaining('Không có bộ quy tắc "999"') });
  });
});
