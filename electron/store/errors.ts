/** Reasons a store cannot be opened; doors turn them into startup screens and exit codes. */
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
