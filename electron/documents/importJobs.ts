/** The parsing jobs an import worker runs: the plain readers, fed bytes, returning plain data. */
import { readDecisionText } from './docx/readDecisionText';
import { readRoster, type RosterBook } from './xlsx/rosterReader';
import { readScorecard, type ReadScorecard } from './xlsx/scorecardReader';
import type { ColumnMap } from './xlsx/rosterHeaders';

export type ImportJob =
  | { kind: 'roster'; bytes: Uint8Array; columns?: ColumnMap; headerRow?: number }
  | { kind: 'scorecard'; bytes: Uint8Array }
  | { kind: 'decision'; fileName: string; bytes: Uint8Array };

export type ImportJobOutput = RosterBook | ReadScorecard | string;

/** What crosses back from the worker: the data, or the error's class name, code and message. */
export type ImportJobReply = { ok: true; data: ImportJobOutput } | { ok: false; name: string; code?: string; message: string };

export async function runImportJob(job: ImportJob): Promise<ImportJobOutput> {
  if (job.kind === 'roster') return readRoster(job.bytes, job.columns, job.headerRow);
  if (job.kind === 'scorecard') return readScorecard(job.bytes);
  return readDecisionText({ fileName: job.fileName, bytes: job.bytes });
}

export async function replyTo(job: ImportJob): Promise<ImportJobReply> {
  try {
    return { ok: true, data: await runImportJob(job) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, name: e.name, code: (e as { code?: unknown }).code === undefined ? undefined : String((e as { code?: unknown }).code), message: e.message };
  }
}
