/** Vietnamese names of the contract's input fields, for validation messages a person reads. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  acceptExcerpt: 'Trích dẫn được chấp nhận', accepted: 'Các dòng được nhận', address: 'Địa chỉ', article: 'Điều', articles: 'Các điều',
  bands: 'Các mức điểm', basis: 'Căn cứ', birthDate: 'Ngày sinh', bonuses: 'Điểm cộng', cancelReason: 'Lý do hủy', categories: 'Các loại cán bộ',
  category: 'Loại cán bộ', chairman: 'Chủ tịch UBND', chapter: 'Chương', children: 'Các mục con', clause: 'Khoản', code: 'Mã cán bộ',
  columns: 'Các cột', commitment: 'Cam kết', commitmentSignedAt: 'Ngày ký cam kết', concludedOn: 'Ngày kết luận', conclusion: 'Kết luận',
  criteria: 'Các tiêu chí', criterion: 'Tiêu chí', customSize: 'Khổ giấy tự chọn', dataBase64: 'Nội dung tệp', date: 'Ngày',
  decision: 'Quyết định', decisionDate: 'Ngày quyết định', deductions: 'Điểm trừ', delayPercent: 'Tỷ lệ chậm', delays: 'Số lần chậm',
  description: 'Mô tả', effectiveDate: 'Ngày có hiệu lực', email: 'Thư điện tử', entries: 'Các dòng điểm', evidence: 'Tệp chứng cứ',
  excellentCapOfGood: 'Tỷ lệ xuất sắc', excusedDelays: 'Số lần chậm có lý do', expiresOn: 'Thời hạn', explanation: 'Giải trình',
  explanationDate: 'Ngày giải trình', explanationDue: 'Hạn nộp giải trình', fallbackCriterionId: 'Tiêu chí mặc định', fields: 'Thông tin',
  file: 'Tệp', fileName: 'Tên tệp', folder: 'Thư mục dữ liệu', font: 'Phông chữ', forceRating: 'Xếp loại bắt buộc', form: 'Hình thức',
  frame: 'Khung', from: 'Từ ngày', fullName: 'Họ và tên', gender: 'Giới tính', headId: 'Trưởng đơn vị', headerRow: 'Dòng tiêu đề',
  id: 'Mã bản ghi', idNumber: 'Số CCCD', ids: 'Danh sách chọn', initiative: 'Sáng kiến', input: 'Cách chấm', isActive: 'Đang dùng', isCompleted: 'Đã hoàn thành',
  isGap: 'Chưa có văn bản', isHeadOfUnit: 'Trưởng đơn vị', isLandscape: 'Khổ ngang', isPartyMember: 'Đảng viên', item: 'Mục',
  kind: 'Loại', label: 'Nhãn', list: 'Danh mục', matches: 'Các quy tắc liên quan', maxPoints: 'Điểm tối đa', measure: 'Biện pháp xử lý',
  minForm: 'Hình thức tối thiểu', minPoints: 'Điểm tối thiểu', motto: 'Phương châm', name: 'Tên', nodes: 'Các mục', note: 'Ghi chú',
  notes: 'Ghi chú', number: 'Số', operatorName: 'Người sử dụng', output: 'Tệp kết quả', paper: 'Khổ giấy', period: 'Kỳ', phone: 'Điện thoại',
  place: 'Nơi', point: 'Điểm', points: 'Điểm', position: 'Chức vụ', products: 'Sản phẩm', progress: 'Tiến độ', quality: 'Chất lượng',
  qualityFailPercent: 'Tỷ lệ không đạt chất lượng', qualityFailures: 'Số lần không đạt', quantity: 'Số lượng', rating: 'Xếp loại',
  reason: 'Lý do', recognisedBy: 'Cấp công nhận', recordedBy: 'Người ghi', rejected: 'Các thay đổi bị bỏ', rollupMethod: 'Cách tổng hợp',
  ruleRefs: 'Các quy tắc vi phạm', ruleSetId: 'Bộ quy tắc', search: 'Tìm kiếm', setId: 'Bộ tiêu chí', severity: 'Mức độ', shares: 'Tỷ trọng',
  shortName: 'Tên ngắn', skippedRows: 'Các dòng bỏ qua', soldierRatio: 'Tỷ lệ chiến sĩ thi đua', source: 'Nguồn', sourceNote: 'Ghi chú nguồn',
  staffId: 'Cán bộ', staffIds: 'Các cán bộ', startDate: 'Ngày vào cơ quan', state: 'Tình trạng', status: 'Trạng thái',
  statusDate: 'Ngày thay đổi trạng thái', step: 'Bước điểm', subject: 'Đối tượng', subjectId: 'Người được chấm', taskRules: 'Cách chấm nhiệm vụ',
  text: 'Nội dung', theme: 'Mẫu trình bày', tileSheet: 'Khổ giấy ghép', time: 'Giờ', title: 'Tiêu đề', to: 'Đến ngày', tree: 'Các điều khoản',
  triggers: 'Các điều kiện', type: 'Loại', unitId: 'Đơn vị', unitIds: 'Các đơn vị', verified: 'Đã đối chiếu', version: 'Phiên bản',
  violationId: 'Vi phạm', wardName: 'Tên phường/xã', weight: 'Trọng số', year: 'Năm', month: 'Tháng', issuer: 'Cơ quan ban hành',
  signer: 'Người ký', logo: 'Biểu trưng', rules: 'Bộ quy tắc', sha256: 'Mã tệp', backupKeep: 'Số bản sao lưu giữ lại',
  offset: 'Vị trí trang', limit: 'Số dòng một trang',
};

/**
 * The name of the field an issue is about: the nearest key of its path that has a Vietnamese name
 * (keys chosen by the caller, like a record's keys, are never shown), with the item for list items.
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(FIELD_LABELS, key)) continue;
    const label = FIELD_LABELS[key]!;
    const index = path[i + 1];
    return typeof index === 'number' ? `${label} (mục thứ ${index + 1})` : label;
  }
  return 'Dữ liệu gửi lên';
}
