import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { readDecisionText } from '../../electron/documents/docx/readDecisionText';
import { parseRuleText } from '../../shared/domain/ruleParser';
import { buildWordDecision, WORD_DECISION } from '../fixtures/rules/buildWordDecision';

describe('a decision typed in Word, numbered by Word’s numbering engine', () => {
  it('writes out the numbers Word draws, so articles, clauses and points land where they belong', async () => {
    const bytes = await buildWordDecision();
    // The numbers are not in the text itself: a plain text extraction loses them.
    expect((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value).not.toContain('Điều 1.');
    const text = await readDecisionText({ fileName: 'quy-tac.docx', bytes });
    const parsed = parseRuleText(text);
    expect(parsed.title).toBe(WORD_DECISION.title);
    const chapters = parsed.nodes.map((c) => `${c.kind} ${c.number}: ${c.children.map((a) => `${a.number} ${a.title}`).join(' | ')}`);
    expect(chapters).toEqual(['chapter I: 1 Phạm vi điều chỉnh | 2 Nguyên tắc ứng xử', 'chapter II: 3 Ứng xử với nhân dân']);
    const articles = parsed.nodes.flatMap((c) => c.children);
    WORD_DECISION.articles.forEach((expected, i) => {
      const article = articles[i]!;
      expect(article.children.map((c) => `${c.kind} ${c.number}`)).toEqual(expected.clauses.map((_c, k) => `clause ${k + 1}`));
      expect(article.children[0]!.text.startsWith(expected.clauses[0]!)).toBe(true);
    });
    expect(articles[0]!.children[1]!.children.map((p) => `${p.kind} ${p.number} ${p.text}`)).toEqual(['point a Trong giờ làm việc.', 'point b Nơi công cộng.']);
    expect(articles[2]!.children[0]!.text).toBe(`${WORD_DECISION.articles[2]!.clauses[0]}\n- Chào hỏi khi tiếp dân.\n- Trả lời rõ ràng.`);
    // The signature block, the header and the footer are not rule text.
    expect(articles[2]!.children[1]!.text).toBe('Không gây phiền hà, sách nhiễu.');
    expect(JSON.stringify(parsed.nodes)).not.toMatch(/Nơi nhận|Nguyễn Văn Thắng|Trang 1|UBND phường Hoàn Kiếm"/);
    expect(parsed.warnings.map((w) => w.message)).toContain('Đã bỏ qua khối chữ ký và nơi nhận của văn bản.');
  });
});
