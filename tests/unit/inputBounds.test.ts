/**
 * Issue 17, defect 8 (input side): a rule or criteria tree nested 600 levels deep, a 10 MB string in a
 * criteria set, or a call with a whole object missing each come back as a Result with a plain
 * Vietnamese message naming the field — nothing throws out of dispatch and no service is called.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Handlers, MethodName } from '../../shared/api/contract';
import { METHOD_NAME_LIST } from '../../shared/api/methodNames';
import { dispatch, invokeValidated } from '../../electron/services/dispatch';
import { measureInput } from '../../shared/schema/depth';

const called: MethodName[] = [];
const handlers = Object.fromEntries(
  METHOD_NAME_LIST.map((name) => [name, async () => {
    called.push(name);
    return {};
  }]),
) as unknown as Handlers;
const silent = () => undefined;
const JARGON = /mong đợi|nhận được|object|undefined|string|number|array|Invalid|expected/i;

function ruleNode(depth: number): unknown {
  let node: Record<string, unknown> = { kind: 'item', number: 'a', text: 'Nội dung', verified: false, source: 'Nhập tay', children: [] };
  for (let i = 0; i < depth; i += 1) node = { kind: 'item', number: String(i), text: 'Nội dung', verified: false, source: 'Nhập tay', children: [node] };
  return node;
}

function criterion(depth: number, extra: Record<string, unknown> = {}): unknown {
  const leaf = (id: string, children: unknown[]) => ({ id, name: `Tiêu chí ${id}`, maxPoints: 10, input: 'manual', deductions: {}, matches: [], bonuses: {}, note: '', children, ...extra });
  let node = leaf('x', []);
  for (let i = 0; i < depth; i += 1) node = leaf(`c${i}`, [node]);
  return node;
}

const criteriaSet = (criteria: unknown[], extra: Record<string, unknown> = {}) => ({
  setId: 'bo-tieu-chi-phuong', version: 1, name: 'Bộ tiêu chí của phường', shortName: 'Phường', subject: 'staff', categories: null, basis: '', criteria,
  bands: [{ rating: 'excellent', minPoints: 90 }], triggers: [], fallbackCriterionId: null, taskRules: null, excellentCapOfGood: null, notes: [], isActive: true, ...extra,
});

describe('deep and huge inputs come back as Results', () => {
  it('refuses a rule tree 600 levels deep without calling the service', async () => {
    called.length = 0;
    const result = await dispatch(handlers, 'saveRuleImport', { tree: [ruleNode(600)], asNewVersionOf: { id: 'qd-522-2017' } }, silent);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/lồng nhau quá nhiều tầng/);
    expect(called).toEqual([]);
  });

  it('refuses a rule tree deeper than 12 levels by the contract itself, inside the 64-level door limit', async () => {
    const result = await dispatch(handlers, 'saveRuleImport', { tree: [ruleNode(20)], asNewVersionOf: { id: 'qd-522-2017' } }, silent);
    expect(result.ok || result.error.message).toMatch(/Các điều khoản: lồng nhau quá nhiều tầng \(tối đa 12 tầng\)/);
  });

  it('refuses a criteria tree 600 levels deep', async () => {
    const result = await dispatch(handlers, 'saveCriteriaSet', { set: criteriaSet([criterion(600)]) }, silent);
    expect(result.ok || result.error.message).toMatch(/lồng nhau quá nhiều tầng/);
  });

  it('refuses a criteria tree of 20 levels by the contract', async () => {
    const result = await dispatch(handlers, 'saveCriteriaSet', { set: criteriaSet([criterion(20)]) }, silent);
    expect(result.ok || result.error.message).toMatch(/Các tiêu chí: lồng nhau quá nhiều tầng \(tối đa 12 tầng\)/);
  });

  it('refuses any method given input nested 100,000 levels, without overflowing the stack', async () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    for (const name of ['updateProfile', 'createStaff', 'listViolations'] as const) {
      const result = await dispatch(handlers, name, deep, silent);
      expect(result.ok || result.error.code).toBe('INVALID_INPUT');
    }
    expect(measureInput(deep, [], { depth: 64, nodes: Infinity }).depth).toBe(65);
  });

  it.each([
    ['a note', { notes: ['x'.repeat(10 * 1024 * 1024)] }, /quá dài/],
    ['a trigger label', { triggers: [{ id: 't', kind: 'disciplineInYear', minForm: 'reprimand', forceRating: 'notCompleted', label: 'x'.repeat(10 * 1024 * 1024), source: 'NĐ 335' }] }, /quá dài/],
    ['a rule reference', { criteria: [criterion(0, { matches: [{ ruleSetId: 'x'.repeat(10 * 1024 * 1024) }] })] }, /quá dài/],
    ['a deduction key', { criteria: [criterion(0, { deductions: { ['x'.repeat(300_000)]: 1 } })] }, /Điểm trừ: có tên mục quá dài/],
  ] as const)('refuses a 10 MB string in %s of a criteria set', async (_what, extra, expected) => {
    called.length = 0;
    const result = await dispatch(handlers, 'saveCriteriaSet', { set: criteriaSet([criterion(1)], extra) }, silent);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(expected);
    expect(called).toEqual([]);
  });
});

describe('validation messages a person can read', () => {
  it.each([
    ['createStaff', {}, /Nhập mã cán bộ; Nhập họ và tên/],
    ['updateStaff', { id: 'x' }, /Thiếu thông tin/],
    ['saveInitiative', { year: 2026, staffId: 'a', initiative: 5 }, /Sáng kiến: phải là một nhóm thông tin/],
    ['markCommitments', { ids: 'CB0001', date: '2026-05-01' }, /Danh sách chọn: phải là một danh sách/],
    ['getTitles', { year: '2026' }, /Năm: phải là số/],
  ] as const)('%s with %j names the field in Vietnamese, without jargon', async (name, input, expected) => {
    const result = await dispatch(handlers, name, input, silent);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(expected);
    expect(result.error.message).not.toMatch(JARGON);
  });

  it('turns a schema that throws into an INTERNAL Result', async () => {
    const exploding = z.unknown().transform(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const result = await invokeValidated(exploding, async () => 'never', {}, silent);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/không bị thay đổi/) } });
  });
});
