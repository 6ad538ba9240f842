/**
 * The import readers as the services call them. A file that is not a zip at all is refused in place
 * by the reader's own first check; a zip is measured here first (importBounds: cheap, streaming) and
 * only a file within bounds is parsed, in the memory-limited import worker.
 */
import type { DecisionInput } from './docx/readDecisionText';
import { readDecisionText } from './docx/readDecisionText';
import { checkDocxBounds, checkXlsxBounds } from './importBounds';
import { parseInWorker } from './parseInWorker';
import { ImportRefusedError } from './zipDirectory';
import type { ColumnMap } from './xlsx/rosterHeaders';
import { readRoster, type RosterBook } from './xlsx/rosterReader';
import { readScorecard, type ReadScorecard } from './xlsx/scorecardReader';
import { UnreadableWorkbookError } from './xlsx/readWorkbook';
import { ServiceError } from '../../shared/api/result';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

async function xlsxWithinBounds(bytes: Uint8Array): Promise<void> {
  try {
    await checkXlsxBounds(bytes);
  } catch (error) {
    throw error instanceof ImportRefusedError ? new UnreadableWorkbookError(error.message) : error;
  }
}

export async function readRosterIsolated(bytes: Uint8Array, columns?: ColumnMap, headerRow?: number): Promise<RosterBook> {
  if (!isZip(bytes)) return readRoster(bytes, columns, headerRow);
  await xlsxWithinBounds(bytes);
  return (await parseInWorker({ kind: 'roster', bytes, columns, headerRow })) as RosterBook;
}

export async function readScorecardIsolated(bytes: Uint8Array): Promise<ReadScorecard> {
  if (!isZip(bytes)) return readScorecard(bytes);
  await xlsxWithinBounds(bytes);
  return (await parseInWorker({ kind: 'scorecard', bytes })) as ReadScorecard;
}

/** Pasted text and .txt files are read in place; a Word file is parsed in the worker. */
export async function readDecisionTextIsolated(input: DecisionInput): Promise<string> {
  if ('text' in input || !/\.docx\s*$/i.test(input.fileName) || !isZip(input.bytes)) return readDecisionText(input);
  try {
    await checkDocxBounds(input.bytes);
  } catch (error) {
    throw error instanceof ImportRefusedError ? new ServiceError('INVALID_INPUT', error.message) : error;
  }
  return (await parseInWorker({ kind: 'decision', fileName: input.fileName, bytes: input.bytes })) as string;
}
