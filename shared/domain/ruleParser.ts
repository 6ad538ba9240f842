/**
 * The rule-text parser: plain text of a decision → a node tree (Chương → Điều → Khoản → Điểm,
 * "Nên làm / Không nên làm" lists with their items) plus warnings a person should look at.
 * Every node comes out unverified, sourced 'nhập từ văn bản', until a person reviews it.
 */
import { IMPORTED_SOURCE, type RuleNode, type RuleNodeKind } from '../schema/ruleSet';
import { foldVietnamese } from './text';
import {
  POINT_LETTERS, chapterOrdinal, findDecisionHint, isNoise, isSignatureLine, isUpperCaseLine, normaliseLines, shapeOf, startsLowerCase,
  type DecisionHint, type LineShape, type SourceLine,
} from './ruleTextLines';

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedRuleText {
  /** The "QUY TẮC …" title before Chương I, or null. */
  title: string | null;
  decisionHint: DecisionHint | null;
  nodes: RuleNode[];
  warnings: ParseWarning[];
}

const LIST_NAMES = { should: 'Nên làm', shouldNot: 'Không nên làm' } as const;

function makeNode(kind: RuleNodeKind, number: string, text: string, title?: string): RuleNode {
  return { kind, number, ...(title !== undefined ? { title } : {}), text, verified: false, source: IMPORTED_SOURCE, children: [] };
}

function appendText(current: string, line: string): string {
  if (!current) return line;
  return /^[-+•]/.test(line) ? `${current}\n${line}` : `${current} ${line}`;
}

function ordinalOf(kind: RuleNodeKind, number: string): number {
  if (kind === 'chapter') return chapterOrdinal(number);
  if (/^\d+$/.test(number)) return Number(number);
  const index = POINT_LETTERS.indexOf(number);
  return index < 0 ? Number.NaN : index + 1;
}

function labelOf(kind: RuleNodeKind, number: string): string {
  switch (kind) {
    case 'chapter': return `Chương ${number}`;
    case 'article': return `Điều ${number}`;
    case 'clause': return `khoản ${number}`;
    case 'point': return `điểm ${number}`;
    default: return `mục ${number}`;
  }
}

function nameOf(ordinal: number, kind: RuleNodeKind, like: string): string {
  if (kind === 'chapter') return /^\d+$/.test(like) ? String(ordinal) : toRoman(ordinal);
  if (kind === 'point' || /^[a-zđ]$/.test(like)) return POINT_LETTERS[ordinal - 1] ?? '?';
  return String(ordinal);
}

function toRoman(value: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [n, s] of table) while (rest >= n) { out += s; rest -= n; }
  return out;
}

class TreeBuilder {
  nodes: RuleNode[] = [];
  warnings: ParseWarning[] = [];
  title: string | null = null;
  titleFirstLine = '';
  chapter: RuleNode | null = null;
  article: RuleNode | null = null;
  clause: RuleNode | null = null;
  list: RuleNode | null = null;
  last: RuleNode | null = null;
  inPreamble = true;
  collectingTitle = false;
  skippedPreamble = 0;

  warn(line: number, message: string): void {
    this.warnings.push({ line, message: message.charAt(0).toLocaleUpperCase('vi') + message.slice(1) });
  }

  /** Adds a node to a container, warning when its number repeats or skips one. */
  add(container: RuleNode[], node: RuleNode, lineNo: number, where: string): void {
    const siblings = container.filter((n) => n.kind === node.kind);
    const label = labelOf(node.kind, node.number);
    const ordinal = ordinalOf(node.kind, node.number);
    const lastOrdinal = siblings.length ? ordinalOf(node.kind, siblings[siblings.length - 1]!.number) : 0;
    if (siblings.some((n) => n.number === node.number)) {
      this.warn(lineNo, `${where}${label} bị trùng số.`);
    } else if (Number.isFinite(ordinal) && Number.isFinite(lastOrdinal) && ordinal > lastOrdinal + 1) {
      const first = nameOf(lastOrdinal + 1, node.kind, node.number);
      const end = ordinal - 1 > lastOrdinal + 1 ? `–${nameOf(ordinal - 1, node.kind, node.number)}` : '';
      const after = lastOrdinal > 0 ? `sau ${labelOf(node.kind, siblings[siblings.length - 1]!.number)} là ${label}` : `bắt đầu từ ${label}`;
      this.warn(lineNo, `${where}thiếu ${labelOf(node.kind, first)}${end} (${after}).`);
    } else if (Number.isFinite(ordinal) && ordinal < lastOrdinal) {
      this.warn(lineNo, `${where}${label} đứng sau ${labelOf(node.kind, siblings[siblings.length - 1]!.number)}.`);
    }
    container.push(node);
    this.last = node;
  }

  articleWhere(): string {
    return this.article ? `Điều ${this.article.number}: ` : '';
  }

  startChapter(line: SourceLine, shape: Extract<LineShape, { type: 'chapter' }>): void {
    const node = makeNode('chapter', shape.number, '', shape.title);
    this.add(this.nodes, node, line.lineNo, '');
    this.chapter = node;
    this.article = this.clause = this.list = null;
  }

  startArticle(line: SourceLine, shape: Extract<LineShape, { type: 'article' }>): void {
    const node = makeNode('article', shape.number, '', shape.title);
    const allArticles = [...this.nodes, ...this.nodes.flatMap((n) => n.children)].filter((n) => n.kind === 'article');
    const container = this.chapter ? this.chapter.children : this.nodes;
    // Article numbers run through the whole text, across chapters.
    const before = allArticles.filter((a) => !container.includes(a));
    this.add([...before, ...container], node, line.lineNo, '');
    container.push(node);
    this.article = node;
    this.clause = this.list = null;
  }

  startList(line: SourceLine, list: 'should' | 'shouldNot'): void {
    const node = makeNode(list === 'should' ? 'shouldList' : 'shouldNotList', '', '', LIST_NAMES[list]);
    const container = this.article ? this.article.children : this.nodes;
    if (container.some((n) => n.kind === node.kind)) this.warn(line.lineNo, `${this.articleWhere()}danh sách "${LIST_NAMES[list]}" xuất hiện hai lần.`);
    container.push(node);
    this.list = node;
    this.clause = null;
    this.last = node;
  }

  numbered(line: SourceLine, number: string, text: string): void {
    if (this.list) {
      this.add(this.list.children, makeNode('item', number, text), line.lineNo, `${this.articleWhere()}${LIST_NAMES[this.list.kind === 'shouldList' ? 'should' : 'shouldNot']} — `);
    } else if (this.article) {
      const clause = makeNode('clause', number, text);
      this.add(this.article.children, clause, line.lineNo, this.articleWhere());
      this.clause = clause;
    } else {
      this.add(this.chapter ? this.chapter.children : this.nodes, makeNode('item', number, text), line.lineNo, '');
    }
  }

  lettered(line: SourceLine, number: string, text: string): boolean {
    if (this.list) {
      this.add(this.list.children, makeNode('item', number, text), line.lineNo, `${this.articleWhere()}${this.list.title ?? ''} — `);
      return true;
    }
    const parent = this.clause ?? this.article;
    if (!parent) return false;
    this.add(parent.children, makeNode('point', number, text), line.lineNo, `${this.articleWhere()}${this.clause ? `khoản ${this.clause.number}, ` : ''}`);
    return true;
  }

  continueText(line: string): void {
    const node = this.last;
    if (!node) return;
    const isBare = node.children.length === 0 && node.text === '';
    if (node.kind === 'chapter' && (!node.title || (isBare && isUpperCaseLine(line)))) {
      node.title = node.title ? `${node.title} ${line}` : line;
    } else if (node.kind === 'article' && isBare && (!node.title || startsLowerCase(line))) {
      node.title = node.title ? `${node.title} ${line}` : line;
    } else {
      node.text = appendText(node.text, line);
    }
  }
}

function isTitleLine(text: string): boolean {
  return isUpperCaseLine(text) && foldVietnamese(text).startsWith('quy tac');
}

export function parseRuleText(raw: string): ParsedRuleText {
  const b = new TreeBuilder();
  const lines = normaliseLines(raw);
  // After a signature block only a new title or chapter (the rules attached to a decision) is read again.
  let isInSignature = false;
  for (const line of lines) {
    if (!line.text || isNoise(line.text)) continue;
    const shape = shapeOf(line.text);
    if (!isInSignature && b.nodes.length > 0 && isSignatureLine(line.text)) {
      b.warn(line.lineNo, 'Đã bỏ qua khối chữ ký và nơi nhận của văn bản.');
      isInSignature = true;
    }
    if (isInSignature) {
      if (!isTitleLine(line.text) && shape.type !== 'chapter') continue;
      isInSignature = false;
    }
    if (isTitleLine(line.text) && !b.chapter) {
      // The rule text proper starts here; articles before it belong to the issuing decision.
      if (b.nodes.length > 0) {
        b.warn(line.lineNo, 'Đã bỏ qua phần quyết định ban hành đứng trước bản Quy tắc.');
        b.nodes = [];
        b.article = b.clause = b.list = b.last = null;
      }
      b.title = line.text;
      b.titleFirstLine = foldVietnamese(line.text);
      b.collectingTitle = true;
      b.inPreamble = true;
      continue;
    }
    if (b.chapter && b.title && [b.titleFirstLine, foldVietnamese(b.title)].includes(foldVietnamese(line.text))) continue; // running header
    if (b.collectingTitle && shape.type === 'text' && isUpperCaseLine(line.text)) {
      b.title = `${b.title} ${line.text}`;
      continue;
    }
    b.collectingTitle = false;
    handleLine(b, line, shape);
  }
  if (b.skippedPreamble > 0) b.warn(1, `Đã bỏ qua ${b.skippedPreamble} dòng mở đầu (trước Chương, Điều hoặc mục đánh số đầu tiên).`);
  if (b.nodes.length === 0) b.warn(1, 'Không nhận ra Chương, Điều hay mục đánh số nào trong văn bản.');
  const warnings = [...b.warnings].sort((x, y) => x.line - y.line);
  return { title: b.title, decisionHint: findDecisionHint(lines.map((l) => l.text).join('\n')), nodes: b.nodes, warnings };
}

function handleLine(b: TreeBuilder, line: SourceLine, shape: LineShape): void {
  switch (shape.type) {
    case 'chapter': b.inPreamble = false; b.startChapter(line, shape); return;
    case 'article': b.inPreamble = false; b.startArticle(line, shape); return;
    case 'list':
      b.inPreamble = false;
      b.startList(line, shape.list);
      if (shape.rest) handleLine(b, line, shapeOf(shape.rest));
      return;
    case 'numbered': b.inPreamble = false; b.numbered(line, shape.number, shape.text); return;
    case 'lettered':
      if (!b.inPreamble && b.lettered(line, shape.number, shape.text)) return;
      break;
    case 'text':
      break;
  }
  if (b.inPreamble) b.skippedPreamble += 1;
  else b.continueText(line.text);
}
