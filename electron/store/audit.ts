/**
 * The audit trail the store writes for every change: each record a change created, changed, deleted
 * or restored gets an entry in its own `history` (kind = the file it is in, id = the record's) with the
 * action, the time and the actor — written in the same durable write as the change, so the trail and
 * the data can never disagree. A service that already wrote an entry with details (records.ts:
 * applyChanges, newRecord) is not given a second one. A record moved to another year's file carries
 * its history with it.
 *
 * Cheap at large files: the store keeps, per file, a JSON copy of each record as last written and its
 * bytes on disk (a snapshot). A change is found by walking each record beside its copy (sameJson.ts),
 * with no stringify — stringifying a 5,000-record file at every write was most of its cost; only changed
 * records are stringified, NFC-normalised and encoded; the file's bytes are joined from the records'
 * bytes, so the whole file is neither stringified twice nor normalised again (issues 16 and 17: write
 * p95 at L). The bytes are in the data files' ASCII form (jsonText.ts).
 */
import type { AuditEntry, BaseRecord, CollectionFile } from '../../shared/schema/records';
import { asciiJsonBytes } from './jsonText';
import { sameAsJsonCopy } from './sameJson';

interface Before {
  /** JSON.parse of the record's text as it was (compared with the record, key by key). */
  copy: unknown;
  /** JSON.stringify of the record as it was, while known (until its bytes are made). */
  text?: string;
  /** The same text NFC-normalised, in the ASCII form (what is on disk); worked out when first needed. */
  bytes?: Buffer;
  deletedAt: string | null;
  entries: number;
}

/** What each record of a file looked like before a change (by id). */
export type FileSnapshot = Map<string, Before>;

function entryOf(record: BaseRecord, text: string, bytes?: Buffer): Before {
  return { copy: JSON.parse(text) as unknown, text: bytes ? undefined : text, bytes, deletedAt: record.deletedAt ?? null, entries: record.history?.length ?? 0 };
}

/** What each record looked like before a change (by id): one stringify of every record. */
export function recordsBefore(records: BaseRecord[]): FileSnapshot {
  return new Map(records.map((r) => [r.id, entryOf(r, JSON.stringify(r))]));
}

/** JSON.stringify of the record as it was. */
function textOf(was: Before): string {
  return was.text ?? JSON.stringify(was.copy);
}

/** Whether the record is as it was; stringifies only when the walk beside its copy is not sure. */
function isUnchanged(record: BaseRecord, was: Before): boolean {
  return sameAsJsonCopy(record, was.copy) || JSON.stringify(record) === textOf(was);
}

/** The bytes of an unchanged record (made once, then kept in place of its text). */
function bytesOf(was: Before): Buffer {
  if (!was.bytes) {
    was.bytes = asciiJsonBytes(textOf(was).normalize('NFC'));
    was.text = undefined;
  }
  return was.bytes;
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
  const pieces: Buffer[] = [asciiJsonBytes(envelope.slice(0, at))];
  parts.forEach((part, i) => pieces.push(...(i === 0 ? [part] : [COMMA, part])));
  pieces.push(asciiJsonBytes(envelope.slice(at)));
  return Buffer.concat(pieces);
}

/**
 * Appends an audit entry to every record the change touched that the service did not audit itself,
 * and returns the file's text (NFC, ASCII form) and the snapshot to compare the next change with.
 */
export function auditAndSerialise(file: CollectionFile, before: FileSnapshot, at: string, by: string, via: string): Serialised {
  const after: FileSnapshot = new Map();
  const parts: Buffer[] = [];
  let audited = 0;
  for (const record of file.records) {
    const was = before.get(record.id);
    if (was && isUnchanged(record, was)) {
      after.set(record.id, was);
      parts.push(bytesOf(was));
      continue;
    }
    if (needsEntry(record, was)) {
      record.history = [...(record.history ?? []), { at, by, action: actionOf(record, was), via }];
      audited += 1;
    }
    const text = JSON.stringify(record);
    const bytes = asciiJsonBytes(text.normalize('NFC'));
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
    if (was && isUnchanged(record, was)) continue;
    if (!needsEntry(record, was)) continue;
    record.history = [...(record.history ?? []), { at, by, action: actionOf(record, was), via }];
    written += 1;
  }
  return written;
}
