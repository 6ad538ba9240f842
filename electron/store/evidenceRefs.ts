/**
 * Evidence files named by the data: every object shaped like an EvidenceFile ({ sha256, year, ext, size })
 * anywhere in the data files — current evidence lists and the history that still names removed files.
 * Evidence is content-addressed (<data>/evidence/<yyyy>/<sha256>.<ext>) and never modified, so a name
 * and its hash are enough to check and copy one.
 */
import { createHash } from 'node:crypto';

export interface EvidenceRef {
  /** 'evidence/2026/<sha256>.jpg' — relative to the data folder, always with forward slashes. */
  name: string;
  sha256: string;
  size: number;
}

/** A safe evidence name: no folder other than evidence/<yyyy>/, no '..', a hex hash and a short extension. */
export const EVIDENCE_NAME = /^evidence\/(\d{4})\/([0-9a-f]{64})\.([a-z0-9]{1,8})$/;

export function evidenceName(file: { year: string; sha256: string; ext: string }): string {
  return `evidence/${file.year}/${file.sha256}.${file.ext || 'bin'}`;
}

/** The hash a name claims, or null when the name is not a safe evidence name. */
export function hashOfEvidenceName(name: string): string | null {
  return EVIDENCE_NAME.exec(name)?.[2] ?? null;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isEvidenceLike(value: Record<string, unknown>): boolean {
  return typeof value.sha256 === 'string' && /^[0-9a-f]{64}$/.test(value.sha256)
    && typeof value.year === 'string' && /^\d{4}$/.test(value.year)
    && typeof value.ext === 'string' && /^[a-z0-9]{0,8}$/.test(value.ext);
}

/** Every evidence file the given parsed data files name, once each, sorted by name. */
export function collectEvidenceRefs(files: Record<string, unknown>): EvidenceRef[] {
  const found = new Map<string, EvidenceRef>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if (isEvidenceLike(object)) {
      const ref = { year: object.year as string, sha256: object.sha256 as string, ext: object.ext as string };
      const name = evidenceName(ref);
      if (!found.has(name)) found.set(name, { name, sha256: ref.sha256, size: typeof object.size === 'number' ? object.size : 0 });
      return;
    }
    for (const child of Object.values(object)) visit(child);
  };
  for (const content of Object.values(files)) visit(content);
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
