/**
 * The audit trail the store writes for every change: each record a change created, changed, deleted
 * or restored gets an entry in its own `history` (kind = the file it is in, id = the record's) with the
 * action, the time and the actor — written in the same durable write as the change, so the trail and
 * the data can never disagree. A service that already wrote an entry with details (records.ts:
 * applyChanges, newRecord) is not given a second one. A record moved to another year's file carries
 * its history with it.
 *
 * Cheap at large files: the store keeps, per file, each record's JSON text as last written (a
 * snapshot). A change is found by stringifying each record once and comparing with that text; only
 * changed records are NFC-normalised; the file's text is joined from the records' texts, so the
 * whole file is neither stringified twice nor normalised again (issue 17: write p95 at L).
 */
import type { AuditEntry, BaseRecord, CollectionFile } from '../../shared/schema/records';

interface Before {
  /** JSON.stringify of the record as it was. */
  text: string;
  /** The same text NFC-normalised and UTF-8 encoded (what is on disk); worked out when first needed. */
  bytes?: Buffer;
  deletedAt: string | null;
  entries: number;
}

/** What each record of a file looked like before a change (by id). */
export type FileSnapshot = Map<string, Before>;

function entryOf(record: BaseRecord, text: string, bytes?: Buffer): Before {
  return { text, bytes, deletedAt: record.deletedAt ?? null, entries: record.history?.length ?? 0 };
}

/** What each record looked like before a change (by id): one stringify of every record. */
export function recordsBefore(records: BaseRecord[]): FileSnapshot {
  return new Map(records.map((r) => [r.id, entryOf(r, JSON.stringify(r))]));
}

function actionOf(record: BaseRecord, before: Before | undefined): AuditEntry['action'] {
  if (!before) return 'create';
  if (!before.deletedAt && record.deletedAt) return 'delete';
  if (before.deletedAt && !record.deletedAt) return 'restore';
  return 'update';
}

/** Whether a changed record still needs the store's entry (the service did not audit it itself). */
function needsEntry(record: BaseRecord, was: Before | undefined): boolean {
  const entries = record.history?.length ?? 0;
  // Audited by the service: an entry added by this change, or a record arriving with its history (a move).
  return was ? entries <= was.entries : entries === 0;
}

export interface Serialised {
  /** The file's JSON text in UTF-8, every string NFC — the bytes of JSON.stringify(file).normalize('NFC'). */
  bytes: Buffer;
  /** The snapshot for the next change of this file (valid once the text is written). */
  after: FileSnapshot;
  /** How many audit entries were appended. */
  audited: number;
}

const COMMA = Buffer.from(',');

/** The envelope's bytes with the records' bytes in place of its (emptied) records array. */
function joinEnvelope(file: CollectionFile, parts: Buffer[]): Buffer {
  const envelope = JSON.stringify({ ...file, records: [] }).normalize('NFC');
  // The envelope holds only plain fields: "records":[] is its own key (inside a string a quote would be escaped).
  const at = envelope.indexOf('"records":[') + '"records":['.length;
  const pieces: Buffer[] = [Buffer.from(envelope.slice(0, at))];
  parts.forEach((part, i) => pieces.push(...(i === 0 ? [part] : [COMMA, part])));
  pieces.push(Buffer.from(envelope.slice(at)));
  return Buffer.concat(pieces);
}

/**
 * Appends an audit entry to every record the change touched that the service did not audit itself,
 * and returns the file's text (NFC) and the snapshot to compare the next change with.
 */
export function auditAndSerialise(file: CollectionFile, before: FileSnapshot, at: string, by: string, via: string): Serialised {
  const after: FileSnapshot = new Map();
  const parts: Buffer[] = [];
  let audited = 0;
  for (const record of file.records) {
    let text = JSON.stringify(record);
    const was = before.get(record.id);
    if (was && was.text === text) {
      was.bytes ??= Buffer.from(text.normalize('NFC'));
      after.set(record.id, was);
      parts.push(was.bytes);
      continue;
    }
    if (needsEntry(record, was)) {
      record.history = [...(record.history ?? []), { at, by, action: actionOf(record, was), via }];
      text = JSON.stringify(record);
      audited += 1;
    }
    const bytes = Buffer.from(text.normalize('NFC'));
    after.set(record.id, entryOf(record, text, bytes));
    parts.push(bytes);
  }
  return { bytes: joinEnvelope(file, parts), after, audited };
}

/** Appends an entry to every record the change touched that the service did not audit itself; returns how many. */
export function auditChanges(records: BaseRecord[], before: FileSnapshot, at: string, by: string, via: string): number {
  let written = 0;
  for (const record of records) {
    const was = before.get(record.id);
    if (was && was.text === JSON.stringify(record)) continue;
    if (!needsEntry(record, was)) continue;
    record.history = [...(record.history ?? []), { at, by, action: actionOf(record, was), via }];
    written += 1;
  }
  return written;
}
