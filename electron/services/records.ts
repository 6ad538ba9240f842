/** Creating and changing records with their audit trail (who, when, old → new). */
import { randomUUID } from 'node:crypto';
import type { AuditEntry, BaseRecord } from '../../shared/schema/records';

export function newRecord<T extends object>(data: T, actor: string, now: Date): T & BaseRecord {
  const at = now.toISOString();
  return {
    ...data,
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    createdBy: actor,
    updatedBy: actor,
    deletedAt: null,
    history: [{ at, by: actor, action: 'create' }],
  };
}

function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of `patch` whose value differs from the record's. */
export function diffFields<T extends object>(record: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = (record as Record<string, unknown>)[key];
    if (to !== undefined && !isSame(from, to)) changes[key] = { from: from ?? null, to };
  }
  return changes;
}

/** Applies a patch in place, appending an audit entry; returns the changes (empty when nothing changed). */
export function applyChanges<T extends BaseRecord>(record: T, patch: Partial<T>, actor: string, now: Date, action: AuditEntry['action'] = 'update') {
  const changes = diffFields(record, patch);
  if (Object.keys(changes).length === 0 && action === 'update') return changes;
  const at = now.toISOString();
  Object.assign(record, patch, { updatedAt: at, updatedBy: actor });
  record.history = [...(record.history ?? []), { at, by: actor, action, changes }];
  return changes;
}
