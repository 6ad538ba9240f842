/**
 * The registry of stored kinds: for each, whether it is kept in one file or one file per year, the
 * record type services get from `Store.collection(kind)` (the type comes from the kind, callers do
 * not choose it) and the zod schema every record is checked with when its file is loaded.
 *
 * Adding a kind is one line here: `name: single<RecordType>(recordSchema),` for a kind kept in one file,
 * `name: yearly<RecordType>(recordSchema),` for one file per year (the schema in recordSchemas.ts, the
 * type beside its domain). Nothing else lists kinds: file names, loading, checks and backups follow.
 */
import type { z } from 'zod';
import type { EvaluationRecord } from './evaluation';
import type { CriteriaSetRecord } from './criteria';
import type { PeriodRecord } from './period';
import type { BaseRecord } from './records';
import type { ScoreRecord } from './scoring';
import type { Staff, Unit } from './staff';
import type { AccessRecord, UserRecord } from './user';
import { reportRecordSchema, type ReportRecord } from './report';
import { COUNCIL_RECORD_SCHEMAS, type CouncilMeeting, type GrantedTitle } from './council';
import type { Commendation, Violation } from './violation';
import {
  commendationRecordSchema, criteriaSetRecordSchema, evaluationRecordSchema, periodRecordSchema, ruleSetRecordSchema,
  scoreRecordSchema, scoringSettingsRecordSchema, userRecordSchema, accessRecordSchema, staffRecordSchema, titleRecordSchema, unitRecordSchema, violationRecordSchema,
  type ScoringSettingsRecord, type StoredRuleSet, type TitleRecord,
} from './recordSchemas';

export interface KindSpec<T extends BaseRecord, F extends 'single' | 'yearly' = 'single' | 'yearly'> {
  schema: z.ZodType;
  files: F;
  /** Type only: the record type of the kind (never set). */
  readonly record?: T;
}

function single<T extends BaseRecord>(schema: z.ZodType): KindSpec<T, 'single'> {
  return { schema, files: 'single' };
}

function yearly<T extends BaseRecord>(schema: z.ZodType): KindSpec<T, 'yearly'> {
  return { schema, files: 'yearly' };
}

export const KINDS = {
  units: single<Unit>(unitRecordSchema),
  staff: single<Staff>(staffRecordSchema),
  ruleSets: single<StoredRuleSet>(ruleSetRecordSchema),
  criteriaSets: single<CriteriaSetRecord>(criteriaSetRecordSchema),
  periods: single<PeriodRecord>(periodRecordSchema),
  titleProposals: single<TitleRecord>(titleRecordSchema),
  scoringSettings: single<ScoringSettingsRecord>(scoringSettingsRecordSchema),
  evaluationRecords: single<EvaluationRecord>(evaluationRecordSchema),
  users: single<UserRecord>(userRecordSchema),
  councilMeetings: single<CouncilMeeting>(COUNCIL_RECORD_SCHEMAS.councilMeetings),
  grantedTitles: single<GrantedTitle>(COUNCIL_RECORD_SCHEMAS.grantedTitles),
  reports: single<ReportRecord>(reportRecordSchema),
  violations: yearly<Violation>(violationRecordSchema),
  commendations: yearly<Commendation>(commendationRecordSchema),
  scores: yearly<ScoreRecord>(scoreRecordSchema),
  access: yearly<AccessRecord>(accessRecordSchema),
};

export type CollectionKind = keyof typeof KINDS;
export type SingleKind = { [K in CollectionKind]: (typeof KINDS)[K]['files'] extends 'single' ? K : never }[CollectionKind];
export type YearlyKind = Exclude<CollectionKind, SingleKind>;
/** The record type stored under a kind. */
export type RecordOf<K extends CollectionKind> = (typeof KINDS)[K] extends KindSpec<infer T> ? T : never;

const names = Object.keys(KINDS) as CollectionKind[];
export const SINGLE_KINDS = names.filter((k): k is SingleKind => KINDS[k].files === 'single');
export const YEARLY_KINDS = names.filter((k): k is YearlyKind => KINDS[k].files === 'yearly');
