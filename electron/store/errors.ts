/** Reasons a store cannot be opened or written; doors turn them into startup screens and exit codes. */
import { ServiceError } from '../../shared/api/result';

export class StoreUnavailableError extends Error {
  constructor(readonly folder: string, readonly reason?: unknown) {
    super(`Không mở được thư mục dữ liệu: ${folder}`);
    this.name = 'StoreUnavailableError';
  }
}

export class StoreDamagedError extends Error {
  constructor(readonly files: string[], readonly corruptCopies: string[]) {
    super(`Tệp dữ liệu bị hỏng và không có bản sao lưu dùng được: ${files.join(', ')}`);
    this.name = 'StoreDamagedError';
  }
}

/** The lock file no longer names this store: another program took the folder; nothing more is written. */
export class LockLostError extends ServiceError {
  constructor(folder: string) {
    super('STORE_LOCKED', `Thư mục dữ liệu ${folder} vừa bị một cửa sổ hoặc lệnh khác của Ward Conduct mở. Thay đổi này chưa được ghi; hãy đóng chương trình kia rồi mở lại.`);
    this.name = 'LockLostError';
  }
}

/** What a person can do about each disk fault, in the words of the message. */
const FAULT_ADVICE: Record<string, string> = {
  ENOSPC: 'ổ đĩa đã đầy. Hãy xóa bớt tệp không cần hoặc chuyển thư mục dữ liệu sang ổ khác rồi thử lại',
  EDQUOT: 'tài khoản Windows đã dùng hết dung lượng được cấp trên ổ này. Hãy xóa bớt tệp hoặc nhờ quản trị máy tăng hạn mức rồi thử lại',
  EFBIG: 'tệp vượt quá cỡ lớn nhất ổ đĩa này cho phép (ổ USB định dạng FAT32 chỉ nhận tệp dưới 4 GB). Hãy dùng ổ định dạng NTFS hoặc exFAT',
  EROFS: 'ổ đĩa chỉ cho đọc, không cho ghi (thẻ nhớ, ổ USB bị khóa ghi, hoặc ổ mạng chỉ đọc). Hãy mở khóa ghi hoặc chọn thư mục khác',
  EACCES: 'máy không cho phép ghi vào thư mục này. Hãy kiểm tra quyền ghi của tài khoản, hoặc chọn thư mục khác',
  EPERM: 'máy không cho phép ghi vào thư mục này (có thể phần mềm diệt virus đang giữ tệp). Hãy thử lại sau ít phút, hoặc chọn thư mục khác',
  EIO: 'ổ đĩa báo lỗi đọc ghi. Hãy sao lưu ra ổ khác ngay và kiểm tra ổ đĩa',
  ENOMEM: 'máy thiếu bộ nhớ. Hãy đóng bớt chương trình rồi thử lại',
};

export const DISK_FAULT_CODES = Object.keys(FAULT_ADVICE);

/** A write into the data folder failed for a reason of the disk, not of the program. Nothing half-written stays. */
export class StoreFaultError extends ServiceError {
  constructor(readonly folder: string, readonly errno: string, place: 'data' | 'output' = 'data') {
    super(
      'STORE_UNAVAILABLE',
      place === 'data'
        ? `Không ghi được vào thư mục dữ liệu ${folder}: ${FAULT_ADVICE[errno] ?? 'ổ đĩa báo lỗi'}. Thay đổi vừa rồi chưa được ghi.`
        : `Không ghi được tệp vào thư mục ${folder}: ${FAULT_ADVICE[errno] ?? 'ổ đĩa báo lỗi'}. Tệp chưa được tạo.`,
    );
    this.name = 'StoreFaultError';
  }
}

/** The disk fault an error is, as a StoreFaultError; any other error unchanged. */
export function asStoreFault(error: unknown, folder: string, place: 'data' | 'output' = 'data'): unknown {
  if (error instanceof StoreFaultError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in FAULT_ADVICE ? new StoreFaultError(folder, code, place) : error;
}
