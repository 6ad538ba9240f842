/** A RecordDocument (shared/domain/recordDocuments) as an ND 30 A4 PDF. */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocParagraph, RecordDocument } from '../../../shared/domain/recordDocuments';
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

export function recordDocPdf(doc: RecordDocument, wardName: string): TDocumentDefinitions {
  const content: Content[] = [nd30Header(wardName, { ...(doc.number ? { number: doc.number } : {}), date: doc.date })];
  if (doc.isDraft) content.push({ text: 'DỰ THẢO', bold: true, fontSize: 12, alignment: 'left', margin: [0, 0, 0, 0] });
  content.push(...documentTitle(doc.kind, doc.subject), ...doc.body.map(paragraph));
  content.push(signatureBlocks(doc.signature, doc.left ?? null));
  return {
    ...nd30Page('portrait'),
    info: { title: `${doc.kind}${doc.subject ? ` — ${doc.subject}` : ''}`, creator: 'Ward Conduct' },
    content,
  };
}
