/** The conclusion part of a violation form (measure, decision, dates), shared by "Kết luận" and the amendment. */
import dayjs, { type Dayjs } from 'dayjs';
import type { ViolationDetail } from '../../../shared/api/violationsTypes';
import { DISCIPLINE_FORMS, type HandlingMeasure } from '../../../shared/schema/violation';
import { fromIso, toIso } from './violationFormat';

export interface ConclusionValues {
  measure?: HandlingMeasure;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  conclusion?: string;
  concludedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
}

export function isDisciplineMeasure(measure: string | undefined): boolean {
  return (DISCIPLINE_FORMS as readonly string[]).includes(measure ?? '');
}

/** The form's starting values from the record; `concludedOnDefault` fills an empty conclusion day. */
export function conclusionInitial(record: ViolationDetail['record'], concludedOnDefault: Dayjs | null): ConclusionValues {
  return {
    measure: record.measure ?? undefined,
    conclusion: record.conclusion,
    concludedOn: fromIso(record.concludedOn) ?? concludedOnDefault,
    decisionNumber: record.decision?.number,
    decisionDate: fromIso(record.decision?.date ?? record.concludedOn) ?? dayjs(),
    expiresOn: fromIso(record.expiresOn),
  };
}

/** The fields the service takes for a conclusion; a decision only with a discipline form. */
export function conclusionPayload(values: ConclusionValues) {
  return {
    measure: values.measure ?? null,
    conclusion: values.conclusion ?? '',
    concludedOn: toIso(values.concludedOn),
    expiresOn: toIso(values.expiresOn),
    decision: isDisciplineMeasure(values.measure) ? { number: values.decisionNumber ?? '', date: toIso(values.decisionDate) ?? '' } : null,
  };
}
