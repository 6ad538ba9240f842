/** Vietnamese personal names for demo data (NFC, full diacritics), with rough Hà Nội frequencies. */

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 36], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 4], ['Đỗ', 3], ['Bùi', 3],
  ['Đặng', 2.5], ['Ngô', 2], ['Dương', 2], ['Phan', 2], ['Đinh', 1.5], ['Đào', 1.5], ['Trịnh', 1.2],
  ['Lý', 1], ['Hồ', 1], ['Võ', 1], ['Huỳnh', 0.8], ['Mai', 0.8], ['Cao', 0.7], ['Tạ', 0.6], ['Lưu', 0.6],
  ['Chu', 0.5], ['Kiều', 0.4], ['Khuất', 0.3], ['Nghiêm', 0.3],
];

export const MIDDLE_NAMES = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Mạnh', 'Thanh', 'Xuân', 'Đình', 'Công', 'Quốc', 'Trung', 'Hoàng', 'Tiến', 'Ngọc'],
  female: ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Minh', 'Ngọc', 'Thùy', 'Phương', 'Hồng', 'Kim', 'Bích', 'Hải', 'Diệu', 'Lan'],
} as const;

export const GIVEN_NAMES = {
  male: [
    'Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đông', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Hưng', 'Khánh', 'Kiên',
    'Long', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Toàn', 'Trung',
    'Tú', 'Tùng', 'Việt', 'Vinh', 'Lâm', 'Đức', 'Quyết', 'Chiến', 'Khoa', 'Lộc', 'Thịnh',
  ],
  female: [
    'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huyền', 'Hương', 'Hường', 'Lan',
    'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thơm', 'Thủy',
    'Trang', 'Tuyết', 'Vân', 'Yến', 'Ánh', 'Duyên', 'Thúy', 'Xuân',
  ],
} as const;
