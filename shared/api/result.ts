/** The closed set of error codes a door may return, with the Vietnamese message a person sees. */
export const ERROR_MESSAGES = {
  INVALID_INPUT: 'Dữ liệu nhập không hợp lệ.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  CONFLICT: 'Dữ liệu đã bị thay đổi hoặc trùng lặp.',
  STORE_LOCKED: 'Dữ liệu đang được một cửa sổ hoặc lệnh khác của Ward Conduct sử dụng.',
  STORE_DAMAGED: 'Tệp dữ liệu bị hỏng và không có bản sao lưu dùng được.',
  STORE_UNAVAILABLE: 'Không mở được thư mục dữ liệu.',
  BACKUP_INVALID: 'Tệp sao lưu không hợp lệ hoặc bị hỏng.',
  NOT_INITIALISED: 'Chưa khai báo thông tin phường/xã. Hãy vào Cài đặt để khai báo.',
  FORBIDDEN: 'Yêu cầu bị từ chối.',
  INTERNAL: 'Đã xảy ra lỗi không mong muốn. Dữ liệu của bạn không bị thay đổi.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(code: ErrorCode, message?: string): Result<T> {
  return { ok: false, error: { code, message: message ?? ERROR_MESSAGES[code] } };
}

/** An error a service throws on purpose; doors turn it into a failed Result. */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.name = 'ServiceError';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_MESSAGES;
}
