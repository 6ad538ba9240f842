/** A RecordDocument (shared/domain/recordDocuments) as an ND 30 A4 PDF, with its tables and annexed lists. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocParagraph, DocTable, RecordDocument } from '../../../shared/domain/recordDocuments';
import { mmToPt } from '../../../shared/domain/posterSizes';
import { documentTitle, nd30Header, nd30Page, signatureBlocks } from './nd30Blocks';

function paragraph(p: DocParagraph): Content {
  return {
    text: p.runs.map((r) => ({ text: r.text, bold: Boolean(r.bold), italics: Boolean(r.italics) })),
    alignment: p.align ?? 'justify',
    leadingIndent: p.isIndented ? mmToPt(12.7) : 0,
    margin: [0, p.spaceBefore ?? 3, 0, 3],
  } as Content;
}

/** A bordered table, 12 pt, header row bold and repeated on each page. */
export function docTable(t: DocTable): Content {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  return {
    table: {
      headerRows: 1,
      widths: t.widths.map((w) => `${((w / total) * 100).toFixed(2)}%`),
      body: [t.header.map((h) => ({ text: h, bold: true, alignment: 'center' })), ...t.rows.map((r) => r.map((c) => ({ text: c })))],
    },
    fontSize: 12,
    margin: [0, 4, 0, 6],
  } as Content;
}

export function recordDocPdf(doc: RecordDocument, wardName: string): TDocumentDefinitions {
  const content: Content[] = [nd30Header(wardName, { ...(doc.number ? { number: doc.number } : {}), date: doc.date })];
  if (doc.isDraft) content.push({ text: 'DỰ THẢO', bold: true, fontSize: 12, alignment: 'left', margin: [0, 0, 0, 0] });
  content.push(...documentTitle(doc.kind, doc.subject));
  const tables = doc.tables ?? [];
  for (const t of tables.filter((x) => x.afterParagraph < 0)) content.push(docTable(t));
  const kept = doc.keepLastWithSignature && doc.body.length > 0 ? doc.body.length - 1 : doc.body.length;
  doc.body.slice(0, kept).forEach((p, i) => {
    content.push(paragraph(p));
    for (const t of tables.filter((x) => x.afterParagraph === i)) content.push(docTable(t));
  });
  const signature = signatureBlocks(doc.signature, doc.left ?? null);
  const last = doc.body[kept];
  const lastTables = last ? tables.filter((x) => x.afterParagraph === kept).map(docTable) : [];
  content.push(last ? ({ stack: [paragraph(last), ...lastTables, signature], unbreakable: true } as Content) : signature);
  for (const annex of doc.annexes ?? []) {
    content.push({ text: annex.title, bold: true, alignment: 'center', fontSize: 14, pageBreak: 'before' });
    if (annex.subtitle) content.push({ text: annex.subtitle, italics: true, alignment: 'center', fontSize: 14, margin: [0, 0, 0, 8] });
    content.push(docTable(annex.table));
  }
  return {
    ...nd30Page('portrait'),
    info: { title: `${doc.kind}${doc.subject ? ` — ${doc.subject}` : ''}`, creator: 'Ward Conduct' },
    content,
  };
}
