/** Small helpers for the violation screens: days as dayjs, option search without diacritics, labels. */
import dayjs, { type Dayjs } from 'dayjs';

export const VI_DAY = 'DD/MM/YYYY';

export function toIso(day: Dayjs | null | undefined): string | null {
  return day ? day.format('YYYY-MM-DD') : null;
}

export function fromIso(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

export { foldedFilter } from '../../lib/foldedFilter';

export const STATE_COLORS: Record<string, string> = {
  recorded: 'blue',
  awaitingExplanation: 'gold',
  underReview: 'purple',
  concluded: 'green',
  cancelled: 'default',
};

/** Vietnamese names of the stored fields, for the history. */
export const FIELD_LABELS: Record<string, string> = {
  date: 'Ngày vi phạm', time: 'Giờ', place: 'Địa điểm', staffIds: 'Người vi phạm', ruleRefs: 'Điều khoản', description: 'Nội dung',
  source: 'Nguồn phát hiện', recordedBy: 'Người ghi nhận', expiresOn: 'Thời hạn', explanationDue: 'Hạn giải trình', explanation: 'Giải trình',
  explanationDate: 'Ngày giải trình', severity: 'Mức độ', measure: 'Biện pháp xử lý', decision: 'Quyết định', conclusion: 'Kết luận',
  concludedOn: 'Ngày kết luận', cancelReason: 'Lý do hủy', evidence: 'Chứng cứ',
};
