/**
 * zod's own issues (types, sizes, extra keys) as plain Vietnamese naming the field — no jargon like
 * "mong đợi object, nhận được undefined". Messages written in a schema still win over these.
 */
import type { z } from 'zod';
import { fieldLabel } from './fieldLabels';

type Issue = z.core.$ZodRawIssue;

const KINDS: Readonly<Record<string, string>> = {
  string: 'phải là chữ', number: 'phải là số', int: 'phải là số nguyên', bigint: 'phải là số nguyên', boolean: 'phải là Có hoặc Không',
  array: 'phải là một danh sách', object: 'phải là một nhóm thông tin', record: 'phải là một nhóm thông tin', date: 'phải là ngày',
  null: 'phải để trống', nan: 'phải là số',
};

function sizeMessage(origin: string | undefined, bound: number | bigint, isMax: boolean): string {
  const n = Number(bound).toLocaleString('vi-VN');
  if (origin === 'string') return isMax ? `quá dài (tối đa ${n} ký tự)` : Number(bound) <= 1 ? 'không được để trống' : `quá ngắn (ít nhất ${n} ký tự)`;
  if (origin === 'array' || origin === 'set') return isMax ? `quá nhiều mục (tối đa ${n})` : `cần ít nhất ${n} mục`;
  return isMax ? `không được lớn hơn ${n}` : `không được nhỏ hơn ${n}`;
}

/** The message of one issue; the field's Vietnamese name first. */
export function vietnameseIssueMessage(issue: Issue): string {
  const label = fieldLabel(issue.path ?? []);
  const details = issue as Issue & { expected?: string; origin?: string; maximum?: number | bigint; minimum?: number | bigint; keys?: string[] };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) {
        // A field a person fills: say what to do ("Nhập họ và tên"); a missing group of data stays "Thiếu …".
        const isTyped = details.expected === 'string' || details.expected === 'number' || details.expected === 'int';
        return `${isTyped ? 'Nhập' : 'Thiếu'} ${label.charAt(0).toLowerCase()}${label.slice(1)}${isTyped ? '' : '.'}`;
      }
      return `${label}: ${KINDS[details.expected ?? ''] ?? 'không đúng loại dữ liệu'}.`;
    case 'too_big':
      return `${label}: ${sizeMessage(details.origin, details.maximum ?? 0, true)}.`;
    case 'too_small':
      if (details.origin === 'string' && Number(details.minimum ?? 0) <= 1) return `Nhập ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
      return `${label}: ${sizeMessage(details.origin, details.minimum ?? 0, false)}.`;
    case 'unrecognized_keys':
      return `${label}: có thông tin thừa không được nhận (${(details.keys ?? []).slice(0, 5).map((k) => `«${k.slice(0, 40)}»`).join(', ')}).`;
    case 'invalid_value':
      return `${label}: giá trị không nằm trong các lựa chọn cho phép.`;
    case 'invalid_format':
      return `${label}: sai định dạng.`;
    case 'invalid_key':
      return `${label}: có tên mục quá dài hoặc không hợp lệ.`;
    case 'not_multiple_of':
      return `${label}: không đúng bước giá trị.`;
    default:
      return `${label}: không hợp lệ.`;
  }
}

/** For `schema.safeParse(input, { error: vietnameseErrorMap })`. */
export const vietnameseErrorMap = (issue: Issue): string => vietnameseIssueMessage(issue);
