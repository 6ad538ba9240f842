/** The import readers as the services call them: each parse runs in a memory-limited worker. */
import type { DecisionInput } from './docx/readDecisionText';
import { readDecisionText } from './docx/readDecisionText';
import { parseInWorker } from './parseInWorker';
import type { ColumnMap } from './xlsx/rosterHeaders';
import type { RosterSheet } from './xlsx/rosterReader';
import type { ReadScorecard } from './xlsx/scorecardReader';

export async function readRosterIsolated(bytes: Uint8Array, columns?: ColumnMap, headerRow?: number): Promise<RosterSheet> {
  return (await parseInWorker({ kind: 'roster', bytes, columns, headerRow })) as RosterSheet;
}

export async function readScorecardIsolated(bytes: Uint8Array): Promise<ReadScorecard> {
  return (await parseInWorker({ kind: 'scorecard', bytes })) as ReadScorecard;
}

/** Pasted text and .txt files are read in place; a Word file is parsed in the worker. */
export async function readDecisionTextIsolated(input: DecisionInput): Promise<string> {
  if ('text' in input || !/\.docx\s*$/i.test(input.fileName)) return readDecisionText(input);
  return (await parseInWorker({ kind: 'decision', fileName: input.fileName, bytes: input.bytes })) as string;
}
