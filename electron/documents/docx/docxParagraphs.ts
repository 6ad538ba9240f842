/**
 * The paragraphs of a Word file's body as lines, with the numbers Word's numbering engine draws
 * ("1.", "a)", "Điều 3.") written out, since they are not in the text itself. Numbering comes from
 * the paragraph (w:numPr) or from its style (styles.xml); counters follow numbering.xml (start,
 * format, level text, restart of deeper levels, startOverride). Tables give one line a cell
 * paragraph, in reading order; headers and footers live in other parts and are not read.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → its abstract definition's levels, with overrides applied. */
  levels: Map<string, Map<number, Level>>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

const attr = (xml: string, tag: string): string | null => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1] ?? null;

function readLevels(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const match of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = match[2] ?? '';
    levels.set(Number(match[1]), { start: Number(attr(body, 'start') ?? '1'), format: attr(body, 'numFmt') ?? 'decimal', text: decode(attr(body, 'lvlText') ?? '') });
  }
  return levels;
}

function readNumbering(xml: string | null): Numbering {
  const levels = new Map<string, Map<number, Level>>();
  if (!xml) return { levels };
  const abstracts = new Map<string, Map<number, Level>>();
  for (const match of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) abstracts.set(match[1] ?? '', readLevels(match[2] ?? ''));
  for (const match of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = match[2] ?? '';
    const base = new Map(abstracts.get(attr(body, 'abstractNumId') ?? '') ?? []);
    for (const override of body.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(override[1]);
      const own = readLevels(override[2] ?? '').get(ilvl);
      const start = attr(override[2] ?? '', 'startOverride');
      const level = own ?? base.get(ilvl);
      if (level) base.set(ilvl, { ...level, ...(start !== null ? { start: Number(start) } : {}) });
    }
    levels.set(match[1] ?? '', base);
  }
  return { levels };
}

/** styleId → the numbering its paragraphs get (Heading styles linked to a list). */
function readStyleNumbering(xml: string | null): Map<string, { numId: string; ilvl: number }> {
  const map = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return map;
  for (const match of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(match[2] ?? '')?.[1];
    const numId = numPr ? attr(numPr, 'numId') : null;
    if (numId) map.set(match[1] ?? '', { numId, ilvl: Number(attr(numPr ?? '', 'ilvl') ?? '0') });
  }
  return map;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function roman(value: number): string {
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = value;
  for (const [n, s] of parts) while (rest >= n) { out += s; rest -= n; }
  return out;
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return LETTERS[(value - 1) % 26]!.repeat(Math.floor((value - 1) / 26) + 1);
    case 'upperLetter': return LETTERS[(value - 1) % 26]!.toUpperCase().repeat(Math.floor((value - 1) / 26) + 1);
    case 'lowerRoman': return roman(value).toLowerCase();
    case 'upperRoman': return roman(value);
    case 'bullet': return '';
    case 'none': return '';
    default: return String(value);
  }
}

function paragraphText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) text += match[1] !== undefined ? decode(match[1]) : ' ';
  return text;
}

/** The body's lines; null when the file has no word/document.xml. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[] | null> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  if (document === undefined) return null;
  const numbering = readNumbering((await zip.file('word/numbering.xml')?.async('string')) ?? null);
  const styles = readStyleNumbering((await zip.file('word/styles.xml')?.async('string')) ?? null);
  const counters = new Map<string, number[]>();
  const lines: string[] = [];
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? document;
  for (const match of body.matchAll(/<w:p\b(?![A-Za-z])[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const xml = match[1] ?? '';
    const text = paragraphText(xml);
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
    const styled = styles.get(attr(props, 'pStyle') ?? '');
    const numId = numPr ? attr(numPr, 'numId') : (styled?.numId ?? null);
    const ilvl = numPr ? Number(attr(numPr, 'ilvl') ?? '0') : (styled?.ilvl ?? 0);
    const levels = numId && numId !== '0' ? numbering.levels.get(numId) : undefined;
    const level = levels?.get(ilvl);
    if (!level || !text.trim()) {
      lines.push(text);
      continue;
    }
    const count = counters.get(numId!) ?? [];
    count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl]! + 1;
    count.length = ilvl + 1; // a deeper level starts again under each new item
    counters.set(numId!, count);
    const label = level.format === 'bullet' ? '-' : level.text.replace(/%(\d)/g, (_m, n: string) => {
      const at = Number(n) - 1;
      return formatNumber(count[at] ?? levels!.get(at)?.start ?? 1, levels!.get(at)?.format ?? 'decimal');
    });
    lines.push(label ? `${label} ${text.trim()}` : text);
  }
  return lines;
}
