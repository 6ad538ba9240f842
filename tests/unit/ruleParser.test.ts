import { describe, expect, it } from 'vitest';
import { parseRuleText } from '../../shared/domain/ruleParser';
import type { RuleNode } from '../../shared/schema/ruleSet';
import {
  QD_1665_ARTICLE_1_CLAUSE_1, QD_1665_SHOULD, QD_1665_SHOULD_NOT_1_6, qd1665Lines, qd1665WindowsNfdText,
} from '../fixtures/rules/decisionTexts';

const texts = (nodes: RuleNode[]) => nodes.map((n) => n.text);
const allNodes = (nodes: RuleNode[]): RuleNode[] => nodes.flatMap((n) => [n, ...allNodes(n.children)]);

describe('reading the QĐ 1665 copy the ward typed from the framed poster', () => {
  const parsed = parseRuleText(qd1665WindowsNfdText());
  const [chapter1, chapter2] = parsed.nodes;

  it('keeps the "QUY TẮC" title and the decision number and date, and drops Quốc hiệu and page footers', () => {
    expect(parsed.title).toBe('QUY TẮC ỨNG XỬ NƠI CÔNG CỘNG TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI');
    expect(parsed.decisionHint).toEqual({ number: '1665/QĐ-UBND', date: '2017-03-10' });
    const everything = JSON.stringify(parsed.nodes);
    expect(everything).not.toMatch(/CỘNG HÒA|Hạnh phúc|- 1 -|___/);
  });

  it('finds two chapters with their titles, the second written on the same line', () => {
    expect(parsed.nodes.map((n) => [n.kind, n.number, n.title])).toEqual([
      ['chapter', 'I', 'QUY ĐỊNH CHUNG'],
      ['chapter', 'II', 'QUY TẮC ỨNG XỬ CHUNG'],
    ]);
    expect(chapter1!.children.map((a) => [a.number, a.title])).toEqual([['1', 'Mục đích'], ['2', 'Phạm vi và đối tượng áp dụng']]);
  });

  it('joins the wrapped clause 1 of Điều 1 back into one sentence, letter for letter', () => {
    const clauses = chapter1!.children[0]!.children;
    expect(clauses.map((c) => [c.kind, c.number])).toEqual([['clause', '1'], ['clause', '2']]);
    expect(clauses[0]!.text).toBe(QD_1665_ARTICLE_1_CLAUSE_1);
  });

  it('reads Điều 3 as a "Nên làm" list of 7 and a "Không nên làm" list of 6, despite tabs and missing spaces', () => {
    const article3 = chapter2!.children[0]!;
    expect(article3.title).toBe('Quy tắc ứng xử chung');
    const [should, shouldNot] = article3.children;
    expect(should!.kind).toBe('shouldList');
    expect(texts(should!.children)).toEqual(QD_1665_SHOULD);
    expect(should!.children.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(shouldNot!.kind).toBe('shouldNotList');
    expect(texts(shouldNot!.children)).toEqual(QD_1665_SHOULD_NOT_1_6);
  });

  it('gives back NFC text only, every node unverified and sourced "nhập từ văn bản", with no warnings', () => {
    for (const node of allNodes(parsed.nodes)) {
      expect(node.verified).toBe(false);
      expect(node.source).toBe('nhập từ văn bản');
      expect(node.text.normalize('NFC')).toBe(node.text);
    }
    expect(parsed.warnings.filter((w) => !/dòng mở đầu/.test(w.message))).toEqual([]);
  });

  it('reads the same tree from Unix line endings and NFC as from the Windows NFD copy', () => {
    expect(parseRuleText(qd1665Lines().join('\n')).nodes).toEqual(parsed.nodes);
  });
});

describe('warnings a person should look at before saving', () => {
  it('says which article numbers are missing or repeated, and where', () => {
    const text = ['Điều 1. Mục đích', 'Nội dung.', 'Điều 2. Phạm vi', 'Nội dung.', 'Điều 5. Khen thưởng', 'Nội dung.', 'Điều 5. Kỷ luật', 'Nội dung.'].join('\n');
    const { nodes, warnings } = parseRuleText(text);
    expect(nodes.map((n) => n.number)).toEqual(['1', '2', '5', '5']);
    expect(warnings).toEqual([
      { line: 5, message: 'Thiếu Điều 3–4 (sau Điều 2 là Điều 5).' },
      { line: 7, message: 'Điều 5 bị trùng số.' },
    ]);
  });

  it('counts article numbers across chapters, and flags a missing chapter and a skipped item', () => {
    const text = [
      'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Mục đích', 'Chương III', 'TỔ CHỨC THỰC HIỆN', 'Điều 3. Trách nhiệm',
      'Không nên làm:', '1. Chen lấn, xô đẩy.', '3. Nói to.',
    ].join('\n');
    const { warnings } = parseRuleText(text);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [4, 'Thiếu Chương II (sau Chương I là Chương III).'],
      [6, 'Thiếu Điều 2 (sau Điều 1 là Điều 3).'],
      [9, 'Điều 3: Không nên làm — thiếu mục 2 (sau mục 1 là mục 3).'],
    ]);
  });

  it('ignores what a page break of a scanned copy repeats: Quốc hiệu, the running title, "Trang 2/5"', () => {
    const text = [
      'QUY TẮC ỨNG XỬ NƠI CÔNG CỘNG', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Mục đích', '1. Góp phần giữ gìn và phát triển',
      'Trang 2/5', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', 'QUY TẮC ỨNG XỬ NƠI CÔNG CỘNG',
      'truyền thống văn hóa tốt đẹp.',
    ].join('\n');
    const clause = parseRuleText(text).nodes[0]!.children[0]!.children[0]!;
    expect(clause.text).toBe('Góp phần giữ gìn và phát triển truyền thống văn hóa tốt đẹp.');
  });

  it('says so when nothing in the text looks like a chapter, an article or a numbered item', () => {
    const { nodes, warnings } = parseRuleText('Kính gửi các phòng, ban.\nĐề nghị thực hiện nghiêm.');
    expect(nodes).toEqual([]);
    expect(warnings.map((w) => w.message)).toContain('Không nhận ra Chương, Điều hay mục đánh số nào trong văn bản.');
  });
});

describe('other layouts of a decision', () => {
  it('reads clauses with points "a)" and "b.", and a clause whose text runs on to the next line', () => {
    const text = [
      'Điều 4. Tại nơi làm việc',
      '1. Cán bộ khi tiếp công dân phải:',
      'a) Chào hỏi, giới thiệu tên,',
      'chức danh của mình;',
      'b. Lắng nghe, hướng dẫn tận tình.',
      '2) Không hút thuốc trong phòng làm việc và',
      'khu vực tiếp dân.',
    ].join('\n');
    const [article] = parseRuleText(text).nodes;
    const [clause1, clause2] = article!.children;
    expect(clause1!.children.map((p) => [p.kind, p.number, p.text])).toEqual([
      ['point', 'a', 'Chào hỏi, giới thiệu tên, chức danh của mình;'],
      ['point', 'b', 'Lắng nghe, hướng dẫn tận tình.'],
    ]);
    expect(clause2!.text).toBe('Không hút thuốc trong phòng làm việc và khu vực tiếp dân.');
  });

  it('takes an article title written on the next line and continues a title that wraps in lower case', () => {
    const text = ['Điều 6.', 'Tại cơ sở tín ngưỡng,', 'Điều 7. Tại khu vui chơi, giải trí,', 'điểm tham quan du lịch', 'Nên làm:', '1. Mặc trang phục phù hợp'].join('\n');
    const { nodes } = parseRuleText(text);
    expect(nodes.map((n) => n.title)).toEqual(['Tại cơ sở tín ngưỡng,', 'Tại khu vui chơi, giải trí, điểm tham quan du lịch']);
    expect(nodes[1]!.children[0]!.children[0]!.text).toBe('Mặc trang phục phù hợp');
  });

  it('does not take "Điều 5 của Quy tắc này…" inside a sentence for a new article', () => {
    const text = ['Điều 13. Khen thưởng, kỷ luật', '1. Tổ chức, cá nhân vi phạm quy định tại', 'Điều 5 của Quy tắc này thì bị nhắc nhở.'].join('\n');
    const { nodes } = parseRuleText(text);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.children[0]!.text).toBe('Tổ chức, cá nhân vi phạm quy định tại Điều 5 của Quy tắc này thì bị nhắc nhở.');
  });

  it('skips the issuing decision\'s own Điều 1–3 and starts at the attached QUY TẮC', () => {
    const text = [
      'QUYẾT ĐỊNH', 'Về việc ban hành Quy tắc ứng xử nơi công cộng',
      'Điều 1. Ban hành kèm theo Quyết định này Quy tắc ứng xử.', 'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      'QUY TẮC ỨNG XỬ NƠI CÔNG CỘNG', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Mục đích', '1. Góp phần giữ gìn.',
      'QUY TẮC ỨNG XỬ NƠI CÔNG CỘNG', 'Điều 2. Phạm vi',
    ].join('\n');
    const { nodes, warnings, title } = parseRuleText(text);
    expect(title).toBe('QUY TẮC ỨNG XỬ NƠI CÔNG CỘNG');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.children.map((a) => [a.number, a.title])).toEqual([['1', 'Mục đích'], ['2', 'Phạm vi']]);
    expect(warnings.map((w) => w.message)).toContain('Đã bỏ qua phần quyết định ban hành đứng trước bản Quy tắc.');
  });

  it('reads a bare numbered list such as "Năm không" as top-level items', () => {
    const text = ['"Năm không" gồm:', '1. Không cửa quyền, hách dịch, gây khó khăn, phiền hà;', '2. Không quan liêu, vô cảm, vô trách nhiệm;'].join('\n');
    const { nodes } = parseRuleText(text);
    expect(nodes.map((n) => [n.kind, n.number, n.text])).toEqual([
      ['item', '1', 'Không cửa quyền, hách dịch, gây khó khăn, phiền hà;'],
      ['item', '2', 'Không quan liêu, vô cảm, vô trách nhiệm;'],
    ]);
  });
});
