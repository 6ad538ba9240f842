/** Labels for rule sets and their nodes, as the screens show them. */
import type { RuleSetOrigin, RuleSetSummary } from '../../../shared/api/rulesTypes';
import type { RuleNode, RuleSetStatus } from '../../../shared/schema/ruleSet';

export const STATUS_LABELS: Record<RuleSetStatus, string> = {
  inForce: 'Đang có hiệu lực',
  draft: 'Dự thảo',
  replaced: 'Đã được thay thế',
};

export const STATUS_COLORS: Record<RuleSetStatus, string> = { inForce: 'green', draft: 'gold', replaced: 'default' };

export const ORIGIN_LABELS: Record<RuleSetOrigin, string> = {
  shipped: 'Có sẵn trong chương trình',
  imported: 'Do phường nhập',
};

/** QĐ 522/QĐ-UBND ngày 25/01/2017: shipped without its article text (glossary: ruleSet 'qd-522-2017'). */
export const QD_522_ID = 'qd-522-2017';

/** True while QĐ 522 holds only the shipped gaps: no article read from the official text yet. */
export function isOfficialTextMissing(sets: RuleSetSummary[]): boolean {
  const qd522 = sets.find((set) => set.id === QD_522_ID);
  return qd522 !== undefined && qd522.counts.verifiedArticles === 0;
}

/** 'Chương II. QUY TẮC ỨNG XỬ CHUNG', 'Điều 3. Quy tắc ứng xử chung', '2.', 'a)', 'Nên làm'. */
export function nodeHeading(node: RuleNode): string {
  const titled = (base: string) => (node.title ? `${base}. ${node.title}` : base);
  switch (node.kind) {
    case 'chapter': return titled(`Chương ${node.number}`);
    case 'article': return titled(`Điều ${node.number}`);
    case 'clause': return `${node.number}.`;
    case 'point': return `${node.number})`;
    case 'shouldList': return 'Nên làm';
    case 'shouldNotList': return 'Không nên làm';
    case 'item': return `${node.number}.`;
  }
}

/** The short name of one level of an address: 'Điều 3', 'Khoản 2', 'Điểm a', 'Không nên làm 2', 'Mục 3'. */
export function nodeAddressPart(node: RuleNode, parent: RuleNode | undefined): string {
  switch (node.kind) {
    case 'chapter': return `Chương ${node.number}`;
    case 'article': return `Điều ${node.number}`;
    case 'clause': return `Khoản ${node.number}`;
    case 'point': return `Điểm ${node.number}`;
    case 'shouldList': return 'Nên làm';
    case 'shouldNotList': return 'Không nên làm';
    case 'item':
      if (parent?.kind === 'shouldList') return `Nên làm ${node.number}`;
      if (parent?.kind === 'shouldNotList') return `Không nên làm ${node.number}`;
      return `Mục ${node.number}`;
  }
}
