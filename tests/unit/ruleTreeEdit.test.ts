import { describe, expect, it } from 'vitest';
import type { RuleNode, RuleNodeKind } from '../../shared/schema/ruleSet';
import { flattenTree, pathKey, removeNode, setAllVerified, setVerified, updateNode } from '../../renderer/features/rules/ruleTreeEdit';

function node(kind: RuleNodeKind, number: string, text: string, children: RuleNode[] = [], title?: string): RuleNode {
  return { kind, number, text, verified: false, source: 'Bản đánh máy của phường', children, ...(title ? { title } : {}) };
}

/** Chương II of the ward's typed copy of QĐ 1665, with the typo "khạc nhố" still in it. */
function importedChapter(): RuleNode[] {
  return [
    node('chapter', 'II', '', [
      node('article', '3', '', [
        node('clause', '1', 'Khi thực hiện nhiệm vụ:', [node('point', 'a', 'Đeo thẻ công chức đúng quy định.')]),
        node('shouldNotList', '', '', [node('item', '4', 'Uống rượu, bia trong giờ làm việc.'), node('item', '5', 'Hút thuốc, khạc nhố, phóng uế tùy tiện.')]),
      ], 'Quy tắc ứng xử chung'),
      node('article', '4', 'Ứng xử với nhân dân.', [], 'Quy tắc ứng xử với nhân dân'),
    ], 'QUY TẮC ỨNG XỬ CHUNG'),
  ];
}

const SMOKING_PATH = [0, 0, 1, 1];

function nodeAt(tree: RuleNode[], path: number[]): RuleNode | undefined {
  return flattenTree(tree).find((flat) => pathKey(flat.path) === pathKey(path))?.node;
}

describe('the reviewer walks through an imported rule set before saving it', () => {
  it('lists Chương II in reading order, each row addressed as the ward cites it', () => {
    const rows = flattenTree(importedChapter());

    expect(rows.map((row) => [pathKey(row.path), row.depth, row.label])).toEqual([
      ['0', 0, 'Chương II'],
      ['0.0', 1, 'Điều 3'],
      ['0.0.0', 2, 'Điều 3 · Khoản 1'],
      ['0.0.0.0', 3, 'Điều 3 · Khoản 1 · Điểm a'],
      ['0.0.1', 2, 'Điều 3 · Không nên làm'],
      ['0.0.1.0', 3, 'Điều 3 · Không nên làm 4'],
      ['0.0.1.1', 3, 'Điều 3 · Không nên làm 5'],
      ['0.1', 1, 'Điều 4'],
    ]);
    expect(rows[6]?.node.text).toBe('Hút thuốc, khạc nhố, phóng uế tùy tiện.');
  });

  it('corrects "khạc nhố" in Không nên làm 5 and leaves the imported copy and every other row as they were', () => {
    const imported = importedChapter();

    const corrected = updateNode(imported, SMOKING_PATH, { text: 'Hút thuốc, khạc nhổ, phóng uế tùy tiện.' });

    expect(nodeAt(corrected, SMOKING_PATH)?.text).toBe('Hút thuốc, khạc nhổ, phóng uế tùy tiện.');
    expect(nodeAt(corrected, SMOKING_PATH)?.number).toBe('5');
    expect(nodeAt(imported, SMOKING_PATH)?.text).toBe('Hút thuốc, khạc nhố, phóng uế tùy tiện.');
    const others = (tree: RuleNode[]) => flattenTree(tree).filter((row) => pathKey(row.path) !== pathKey(SMOKING_PATH)).map((row) => [row.label, row.node.text]);
    expect(others(corrected)).toEqual(others(imported));
  });

  it('renumbers Điều 4 to Điều 5 when the typed copy had the wrong number', () => {
    const renumbered = updateNode(importedChapter(), [0, 1], { number: '5' });

    expect(flattenTree(renumbered).map((row) => row.label)).toContain('Điều 5');
    expect(flattenTree(renumbered).map((row) => row.label)).not.toContain('Điều 4');
    expect(nodeAt(renumbered, [0, 1])?.title).toBe('Quy tắc ứng xử với nhân dân');
  });

  it('drops Không nên làm 4, a line the typist added by mistake, and Không nên làm 5 moves up in its place', () => {
    const imported = importedChapter();

    const trimmed = removeNode(imported, [0, 0, 1, 0]);

    const list = nodeAt(trimmed, [0, 0, 1]);
    expect(list?.children.map((item) => item.number)).toEqual(['5']);
    expect(nodeAt(trimmed, [0, 0, 1, 0])?.text).toBe('Hút thuốc, khạc nhố, phóng uế tùy tiện.');
    expect(flattenTree(trimmed)).toHaveLength(flattenTree(imported).length - 1);
    expect(nodeAt(imported, [0, 0, 1])?.children).toHaveLength(2);
  });

  it('marks Điều 3 and everything inside it as checked against the official text, but not Điều 4', () => {
    const checked = setVerified(importedChapter(), [0, 0], true);

    const verifiedLabels = flattenTree(checked).filter((row) => row.node.verified).map((row) => row.label);
    expect(verifiedLabels).toEqual([
      'Điều 3', 'Điều 3 · Khoản 1', 'Điều 3 · Khoản 1 · Điểm a', 'Điều 3 · Không nên làm', 'Điều 3 · Không nên làm 4', 'Điều 3 · Không nên làm 5',
    ]);
  });

  it('takes the check back from Khoản 1 alone when the reviewer finds a doubt in it', () => {
    const checked = setVerified(setAllVerified(importedChapter(), true), [0, 0, 0], false);

    const unverified = flattenTree(checked).filter((row) => !row.node.verified).map((row) => row.label);
    expect(unverified).toEqual(['Điều 3 · Khoản 1', 'Điều 3 · Khoản 1 · Điểm a']);
  });

  it('checks the whole chapter at once, and unchecks it all again', () => {
    const all = setAllVerified(importedChapter(), true);
    expect(flattenTree(all).every((row) => row.node.verified)).toBe(true);

    const none = setAllVerified(all, false);
    expect(flattenTree(none).some((row) => row.node.verified)).toBe(false);
    expect(flattenTree(none)).toHaveLength(8);
  });

  it('names a row by its path, the key the review table keeps its selection under', () => {
    expect(pathKey(SMOKING_PATH)).toBe('0.0.1.1');
    expect(pathKey([])).toBe('');
  });
});
