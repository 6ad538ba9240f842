import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles, visitRuleNodes } from '../../shared/domain/ruleNodes';
import { ruleSetFileName, ruleSetVersionSchema, type RuleSetVersion } from '../../shared/schema/ruleSet';

const RULES_DIR = path.resolve('resources/rules');
const files = readdirSync(RULES_DIR).filter((n) => n.endsWith('.json'));

function load(name: string): { raw: string; set: RuleSetVersion } {
  const raw = readFileSync(path.join(RULES_DIR, name), 'utf8');
  return { raw, set: ruleSetVersionSchema.parse(JSON.parse(raw)) };
}

describe('the rule sets shipped with the program', () => {
  it('are the three the ward propagates, one file per version, named after their id and version', () => {
    expect(files.sort()).toEqual(['nam-khong-2019.v1.json', 'qd-1665-2017.v1.json', 'qd-522-2017.v1.json']);
    for (const name of files) {
      const { set } = load(name);
      expect(ruleSetFileName(set.id, set.version)).toBe(name);
    }
  });

  it.each(files)('%s is stored in NFC and names a source for every node', (name) => {
    const { raw, set } = load(name);
    expect(raw.normalize('NFC')).toBe(raw);
    for (const { node } of visitRuleNodes(set)) expect(node.source.trim().length, `${node.kind} ${node.number}`).toBeGreaterThan(0);
  });

  it.each(files)('%s marks as verified only wording its source gives as VERBATIM, and gaps carry no text', (name) => {
    const { set } = load(name);
    for (const { node } of visitRuleNodes(set)) {
      if (node.verified) expect(node.source, `${node.kind} ${node.number}`).toMatch(/VERBATIM/);
      if (node.isGap) {
        expect(node.text).toBe('');
        expect(node.children).toEqual([]);
        expect(node.verified).toBe(false);
      }
    }
  });

  it('"Năm không" has its five items, all verified', () => {
    const { set } = load('nam-khong-2019.v1.json');
    expect(set.nodes.map((n) => [n.kind, n.number, n.verified])).toEqual(['1', '2', '3', '4', '5'].map((n) => ['item', n, true]));
    expect(set.nodes[2]!.text).toBe('Không tham nhũng, lãng phí, lợi ích nhóm;');
  });

  it('QĐ 1665 has 4 chapters and 14 articles; only Điều 1 and 2 are fully verified, Điều 3 and 6 partly, the rest gaps', () => {
    const { set } = load('qd-1665-2017.v1.json');
    expect(set.decision).toMatchObject({ number: '1665/QĐ-UBND', date: '2017-03-10' });
    expect(set.nodes.map((c) => [c.number, c.verified])).toEqual([['I', true], ['II', true], ['III', false], ['IV', false]]);
    const articles = visitRuleNodes(set).filter((v) => v.node.kind === 'article').map((v) => v.node);
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(articles.filter((a) => a.isGap).map((a) => a.number)).toEqual(['4', '5', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(countArticles(set)).toMatchObject({ articles: 14, verifiedArticles: 2, partialArticles: 2, gapArticles: 10 });
  });

  it('QĐ 1665 Điều 3 lists 7 "nên làm" and 11 "không nên làm"; items 7–11 are press quotations, not verified', () => {
    const { set } = load('qd-1665-2017.v1.json');
    const article3 = visitRuleNodes(set).find((v) => v.node.kind === 'article' && v.node.number === '3')!.node;
    const [should, shouldNot] = article3.children;
    expect(should!.children.map((i) => i.verified)).toEqual(Array(7).fill(true));
    expect(shouldNot!.children.map((i) => [i.number, i.verified])).toEqual(
      Array.from({ length: 11 }, (_, i) => [String(i + 1), i < 6]),
    );
    expect(shouldNot!.children[10]!.source).toMatch(/giaoducthoidai\.vn/);
  });

  it('QĐ 522 has 4 chapters, 11 articles all without official text, and its motto kept as a press quotation', () => {
    const { set } = load('qd-522-2017.v1.json');
    expect(set.decision).toMatchObject({ number: '522/QĐ-UBND', date: '2017-01-25', issuer: 'UBND thành phố Hà Nội' });
    expect(set.nodes).toHaveLength(4);
    expect(countArticles(set)).toMatchObject({ articles: 11, verifiedArticles: 0, partialArticles: 0, gapArticles: 11, printableNodes: 0 });
    expect(set.motto).toEqual({ text: 'Kỷ cương - Trách nhiệm - Tận tình - Thân thiện', verified: false, source: expect.stringMatching(/QUOTED-PRESS/) });
  });
});
