/** Vietnamese help text. */
import { COMMANDS } from './commands';
import type { CommandSpec } from './commands/spec';

const GLOBAL = [
  '  --data <thư mục>   Thư mục dữ liệu (mặc định: biến môi trường WARD_CONDUCT_DATA,',
  '                     nếu không có thì thư mục dữ liệu của ứng dụng Ward Conduct)',
  '  --json             In kết quả dạng JSON (cho máy đọc)',
  '  --user <tên>       Đăng nhập người dùng này (mã PIN lấy từ biến WARD_CONDUCT_PIN,',
  '                     nếu không có thì hỏi); cần khi dữ liệu đã có người dùng',
  '  --help, -h         Xem hướng dẫn',
];

const EXIT_CODES = [
  'Mã thoát:',
  '  0  Hoàn thành',
  '  1  Hoàn thành nhưng có mục bị từ chối hoặc tệp bị hỏng (được liệt kê),',
  '     hoặc dữ liệu phải mở lại từ bản sao lưu (thông báo in ra stderr)',
  '  2  Lệnh hoặc dữ liệu nhập không hợp lệ; không có gì được ghi',
  '  3  Không dùng được dữ liệu: đang bị chương trình khác sử dụng, bị hỏng không phục hồi được,',
  '     hoặc không mở được thư mục',
  '  4  Lỗi không mong muốn',
];

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'ward-conduct — công cụ dòng lệnh của Ward Conduct (Quy tắc ứng xử cho UBND phường/xã)',
    '',
    'Cách dùng: ward-conduct <lệnh> [tùy chọn]',
    '',
    'Các lệnh:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width + 2)}${c.summary}`),
    '',
    'Tùy chọn chung:',
    ...GLOBAL,
    '',
    ...EXIT_CODES,
    '',
    'Xem hướng dẫn từng lệnh: ward-conduct <lệnh> --help',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  return [`Cách dùng: ward-conduct ${command.usage}`, '', command.summary, '', 'Tùy chọn chung:', ...GLOBAL].join('\n');
}
