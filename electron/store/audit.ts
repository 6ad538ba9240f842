/**
 * The audit trail the store writes for every change: each record a change created, changed, deleted
 * or restored gets an entry in its own `history` (kind = the file it is in, id = the record's) with the
 * action, the time and the actor — written in the same durable write as the change, so the trail and
 * the data can never disagree. A service that already wrote an entry with details (records.ts:
 * applyChanges, newRecord) is not given a second one. A record moved to another year's file carries
 * its history with it.
 */
import type { AuditEntry, BaseRecord } from '../../shared/schema/records';

interface Before {
  text: string;
  deletedAt: string | null;
  entries: number;
}

/** What each record looked like before a change (by id). */
export function recordsBefore(records: BaseRecord[]): Map<string, Before> {
  return new Map(records.map((r) => [r.id, { text: JSON.stringify(r), deletedAt: r.deletedAt ?? null, entries: r.history?.length ?? 0 }]));
}

function actionOf(record: BaseRecord, before: Before | undefined): AuditEntry['action'] {
  if (!before) return 'create';
  if (!before.deletedAt && record.deletedAt) return 'delete';
  if (before.deletedAt && !record.deletedAt) return 'restore';
  return 'update';
}

/** Appends an entry to every record the change touched that the service did not audit itself; returns how many. */
export function auditChanges(records: BaseRecord[], before: Map<string, Before>, at: string, by: string, via: string): number {
  let written = 0;
  for (const record of records) {
    const was = before.get(record.id);
    if (was && was.text === JSON.stringify(record)) continue;
    const entries = record.history?.length ?? 0;
    // Audited by the service: an entry added by this change, or a record arriving with its history (a move).
    if (was ? entries > was.entries : entries > 0) continue;
    record.history = [...(record.history ?? []), { at, by, action: actionOf(record, was), via }];
    written += 1;
  }
  return written;
}
