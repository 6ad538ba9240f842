import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findRuleNode, formatRuleRef, formatRuleRefShort, isPrintable, printableNodes, searchRuleNodes, type RuleRef,
} from '../../shared/domain/ruleNodes';
import { ruleSetVersionSchema, type RuleSetVersion } from '../../shared/schema/ruleSet';

const shipped = (name: string): RuleSetVersion =>
  ruleSetVersionSchema.parse(JSON.parse(readFileSync(path.resolve('resources/rules', name), 'utf8')));
const qd1665 = shipped('qd-1665-2017.v1.json');
const namKhong = shipped('nam-khong-2019.v1.json');
const qd522 = shipped('qd-522-2017.v1.json');

const ref = (set: RuleSetVersion, parts: Omit<RuleRef, 'ruleSetId' | 'version'>): RuleRef => ({ ruleSetId: set.id, version: set.version, ...parts });

describe('pointing a violation at a rule', () => {
  it('finds "Không nên làm 5" of Điều 3 (smoking, spitting) and writes it both ways', () => {
    const where = ref(qd1665, { article: '3', list: 'shouldNot', item: '5' });
    expect(findRuleNode(qd1665, where)?.text).toBe('Hút thuốc, khạc nhổ, phóng uế tùy tiện.');
    expect(formatRuleRef(qd1665, where)).toBe('QĐ 1665 · Điều 3 · Không nên làm 5');
    expect(formatRuleRefShort(qd1665, where)).toBe('1665:Đ3.KNL.5');
    expect(formatRuleRef(qd1665, where, { withVersion: true })).toBe('QĐ 1665 (bản 1) · Điều 3 · Không nên làm 5');
  });

  it('finds a clause and a "Năm không" item, and writes the glossary form 522:Đ5.K2.a for a point', () => {
    expect(findRuleNode(qd1665, ref(qd1665, { article: '2', clause: '1' }))?.text).toMatch(/^Phạm vi áp dụng của Quy tắc/);
    expect(findRuleNode(namKhong, ref(namKhong, { item: '4' }))?.text).toBe('Không xu nịnh, chạy chọt, gian dối;');
    expect(formatRuleRef(namKhong, ref(namKhong, { item: '4' }))).toBe('Năm không · Mục 4');
    expect(formatRuleRefShort(namKhong, ref(namKhong, { item: '4' }))).toBe('Năm không:4');
    expect(formatRuleRefShort(qd522, ref(qd522, { article: '5', clause: '2', point: 'a' }))).toBe('522:Đ5.K2.a');
    expect(formatRuleRef(qd522, ref(qd522, { article: '5', clause: '2', point: 'a' }))).toBe('QĐ 522 · Điều 5 · Khoản 2 · Điểm a');
  });

  it('finds a chapter by its number and a gap article by its number', () => {
    expect(findRuleNode(qd1665, ref(qd1665, { chapter: 'II' }))?.title).toBe('QUY TẮC ỨNG XỬ CHUNG');
    expect(findRuleNode(qd1665, ref(qd1665, { article: '12' }))?.isGap).toBe(true);
  });

  it('finds nothing for an item that does not exist, another set, or another version', () => {
    expect(findRuleNode(qd1665, ref(qd1665, { article: '3', list: 'shouldNot', item: '12' }))).toBeNull();
    expect(findRuleNode(qd1665, { ...ref(qd1665, { article: '1' }), ruleSetId: 'qd-522-2017' })).toBeNull();
    expect(findRuleNode(qd1665, { ...ref(qd1665, { article: '1' }), version: 2 })).toBeNull();
  });
});

describe('what may be printed as the official text', () => {
  it('prints verified wording, never a gap or a press quotation', () => {
    const printed = printableNodes(qd1665);
    expect(printed.every((v) => isPrintable(v.node))).toBe(true);
    const labels = printed.map((v) => formatRuleRefShort(qd1665, v.ref));
    expect(labels).toContain('1665:Đ3.KNL.6');
    expect(labels).not.toContain('1665:Đ3.KNL.7');
    expect(labels).not.toContain('1665:Đ4');
    expect(labels).toContain('1665:Đ6.NL.4');
    expect(labels).not.toContain('1665:Đ6');
    expect(printableNodes(qd522)).toEqual([]);
  });
});

describe('searching the rules typed without accents', () => {
  it('"khac nho" finds the spitting rule, "DE DOA" the violence rule, "tham nhung" a Năm không item', () => {
    expect(searchRuleNodes(qd1665, 'khac nho').map((h) => h.label)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 5']);
    expect(searchRuleNodes(qd1665, 'DE DOA').map((h) => h.label)).toEqual(['QĐ 1665 · Điều 3 · Không nên làm 3']);
    expect(searchRuleNodes(namKhong, 'tham nhung').map((h) => h.label)).toEqual(['Năm không · Mục 3']);
  });

  it('needs every word, matches titles too, and finds nothing for an empty query', () => {
    expect(searchRuleNodes(qd1665, 'tin nguong').map((h) => h.label)).toEqual([
      'QĐ 1665 · Điều 6', 'QĐ 1665 · Điều 6 · Nên làm 1', 'QĐ 1665 · Điều 6 · Không nên làm 2', 'QĐ 1665 · Điều 6 · Không nên làm 3',
    ]);
    expect(searchRuleNodes(qd1665, 'khac nho ban tay')).toEqual([]);
    expect(searchRuleNodes(qd1665, '   ')).toEqual([]);
  });
});
