/**
 * The zod schemas every stored record is checked with when its file is loaded (store/kinds.ts says
 * which kind uses which). They check what the program relies on — the base fields, each kind's
 * fields and their types — and keep fields they do not name (looseObject), so a newer field written
 * by a later version is never dropped by an older check. Also the record types that used to be
 * declared inside services (titles, scoring settings, stored rule sets).
 */
import { z } from 'zod';
import type { Initiative, Title } from '../domain/titles';
import type { ScoringSettingsView } from '../api/scoringTypes';
import { ROLES } from '../api/permissions';
import { RATINGS } from './criteria';
import { FINDING_KINDS } from './evaluation';
import type { BaseRecord } from './records';
import { ruleSetVersionSchema, type RuleSetVersion } from './ruleSet';
import { STAFF_CATEGORIES, STAFF_STATUSES } from './staff';
import { COMMENDATION_FORMS, HANDLING_MEASURES, SEVERITIES, VIOLATION_STATES } from './violation';

/** A title proposal or an initiative (titleProposals.json). */
export interface TitleRecord extends BaseRecord {
  kind: 'proposal' | 'initiative';
  year: number;
  subjectId: string;
  title: Title | null;
  status: 'proposed' | 'revoked';
  initiative: Initiative | null;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string;
}

/** The ward's one scoring settings record (scoringSettings.json); absent fields take the defaults. */
export interface ScoringSettingsRecord extends BaseRecord, Partial<ScoringSettingsView> {}

/** One imported rule set version (ruleSets.json); the rule set itself is kept exactly as saved. */
export type StoredRuleSet = BaseRecord & { ruleSet: RuleSetVersion };

const text = z.string();
const maybeText = z.string().nullable();
const loose = z.looseObject({});

const auditEntry = z.looseObject({ at: text, by: text, action: z.enum(['create', 'update', 'delete', 'restore']) });

/** The fields every record carries (BaseRecord). */
function record<S extends Record<string, z.ZodType>>(shape: S) {
  return z.looseObject({
    id: z.string().min(1), createdAt: text, updatedAt: text, createdBy: text, updatedBy: text, deletedAt: maybeText,
    history: z.array(auditEntry).optional(),
    ...shape,
  });
}

const decision = z.looseObject({ number: text, date: text }).nullable();

export const unitRecordSchema = record({ name: text, shortName: text, order: z.number(), headId: maybeText, isActive: z.boolean() });

export const staffRecordSchema = record({
  code: text, fullName: text, gender: z.enum(['male', 'female', 'other']).nullable(), birthDate: maybeText,
  category: z.enum(STAFF_CATEGORIES), position: text, title: text, unitId: maybeText, isHeadOfUnit: z.boolean(),
  isPartyMember: z.boolean(), phone: text, email: text, startDate: maybeText, status: z.enum(STAFF_STATUSES),
  statusDate: maybeText, commitmentSignedAt: maybeText, notes: text, idNumber: text.optional(),
});

export const violationRecordSchema = record({
  date: text, time: maybeText, place: text, staffIds: z.array(text), ruleRefs: z.array(z.looseObject({ ruleSetId: text })),
  description: text, source: text, recordedBy: text, expiresOn: maybeText, explanationDue: maybeText, explanation: text,
  explanationDate: maybeText, severity: z.enum(SEVERITIES).nullable(), measure: z.enum(HANDLING_MEASURES).nullable(),
  decision, conclusion: text, concludedOn: maybeText, cancelReason: text, state: z.enum(VIOLATION_STATES),
  evidence: z.array(z.looseObject({ sha256: text, fileName: text, ext: text, year: text })),
  workflow: z.array(loose), amendments: z.array(loose),
});

export const commendationRecordSchema = record({
  date: text, staffIds: z.array(text), unitId: maybeText, reason: text, form: z.enum(COMMENDATION_FORMS), decision,
});

/** Points per criterion id (checked by hand: a zod record costs ten times as much on the ward's largest files). */
const points = z.custom<Record<string, number>>((value) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const n of Object.values(value)) if (typeof n !== 'number') return false;
  return true;
});
const scoreStep = z.looseObject({ points, by: text, at: text }).nullable().optional();

export const scoreRecordSchema = record({
  staffId: maybeText, unitId: maybeText.optional(), period: text, criteriaSetId: text.optional(), criteriaSetVersion: z.number().optional(),
  selfScore: scoreStep, headScore: scoreStep, councilScore: scoreStep, products: z.array(loose).optional(),
  amendments: z.array(loose).optional(), total: z.number().nullable(), rating: z.enum(RATINGS).nullable(),
});

export const ruleSetRecordSchema = record({ ruleSet: ruleSetVersionSchema });

export const criteriaSetRecordSchema = record({
  setId: text, version: z.number(), name: text, subject: z.enum(['staff', 'unit']), criteria: z.array(z.looseObject({ id: text })),
  bands: z.array(loose), triggers: z.array(loose), isActive: z.boolean(), isShipped: z.boolean(),
});

export const periodRecordSchema = record({
  key: text, criteriaSetId: text, criteriaSetVersion: z.number(), status: z.enum(['open', 'closed']), closedAt: maybeText,
  closedBy: maybeText, snapshot: z.looseObject({ file: text, sha256: text }).nullable(), amendments: z.array(loose),
});

export const titleRecordSchema = record({
  kind: z.enum(['proposal', 'initiative']), year: z.number(), subjectId: text, title: maybeText,
  status: z.enum(['proposed', 'revoked']), initiative: loose.nullable(),
});

export const scoringSettingsRecordSchema = record({});

export const evaluationRecordSchema = record({
  kind: z.enum(['finding', 'classification']), staffId: text, year: z.number(), date: text,
  findingKind: z.enum(FINDING_KINDS).optional(), rating: z.enum(RATINGS).optional(),
});

/** A person who uses the app, or the one recovery record (users.json; shared/schema/user.ts). */
export const userRecordSchema = record({
  type: z.enum(['user', 'recovery']), name: text, role: z.enum(ROLES), staffId: maybeText, secret: text, isActive: z.boolean(),
});

/** One read of personal data (access-<year>.json). */
export const accessRecordSchema = record({ by: text, role: text, method: text, what: text, staffIds: z.array(text) });
