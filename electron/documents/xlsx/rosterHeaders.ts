/** Recognising the headings of a ward's roster table, wherever it starts in the first 20 rows. */
import type { RosterField } from '../../../shared/domain/rosterFields';
import { foldVietnamese } from '../../../shared/domain/text';

export { FIELD_LABELS, ROSTER_FIELDS, type RosterField } from '../../../shared/domain/rosterFields';

/** Folded headings (no diacritics, lower case) and the field each names. Order matters: first match wins. */
const SYNONYMS: [RegExp, RosterField][] = [
  [/^(stt|tt|so tt|so thu tu)$/, 'seq'],
  [/^(ma (can bo|cb|nhan vien|nv|cbcc|so)|ma|so hieu)$/, 'code'],
  [/^(ho|ho dem|ho va dem|ho va ten dem|ho va chu dem|ho va ten lot|ho lot|ho, ten dem)$/, 'familyName'],
  [/^(ten dem|chu dem|ten lot)$/, 'middleName'],
  [/^(ten|ten goi)$/, 'givenName'],
  [/^(so )?(cccd|cmnd|can cuoc|can cuoc cong dan|cmnd\/cccd|cccd\/cmnd|so dinh danh|so dinh danh ca nhan|ma dinh danh)$/, 'idNumber'],
  [/^(ho (va )?ten|ho ten (can bo|nguoi)?.*|ho va ten .*)$/, 'fullName'],
  [/^(gioi tinh|gioi|nam\/nu)$/, 'gender'],
  [/^(ngay(,)? thang(,)? nam sinh|ngay sinh|nam sinh|sinh ngay)$/, 'birthDate'],
  [/^nam$/, 'maleColumn'],
  [/^nu$/, 'femaleColumn'],
  [/^(loai|doi tuong|phan loai|loai can bo|loai cb|cb\/cc\/vc\/nld|cb, cc, vc, nld|cbcc\/vc\/nld|cb\/cc\/vc\/hd)$/, 'category'],
  [/^(chuc vu|chuc vu hien tai|chuc vu dang, chinh quyen)$/, 'position'],
  [/^(chuc danh|ngach|chuc danh\/ngach|ngach cong chuc|chuc danh nghe nghiep|ngach, bac)$/, 'title'],
  [/^(don vi|phong ban|phong\/ban|bo phan|don vi cong tac|phong, ban|co quan, don vi)$/, 'unit'],
  [/^(dien thoai|so dien thoai|sdt|dt|dien thoai di dong)$/, 'phone'],
  [/^(email|e-mail|thu dien tu)$/, 'email'],
  [/^(ngay vao (co quan|lam viec)|ngay tuyen dung|ngay bat dau( cong tac)?)$/, 'startDate'],
  [/^(dang vien|la dang vien|ngay vao dang)$/, 'isPartyMember'],
  [/^(trang thai|tinh trang)$/, 'status'],
  [/^ngay (nghi|chuyen|thoi viec|thay doi)( trang thai)?$/, 'statusDate'],
  [/^(ngay ky cam ket|ky cam ket|cam ket)$/, 'commitmentSignedAt'],
  [/^(ghi chu|ghi chu khac)$/, 'notes'],
];

export function fieldForHeading(heading: string): RosterField | null {
  const folded = foldVietnamese(heading).replace(/[.:*]+$/g, '').replace(/\s*\(.*\)$/, '').trim();
  for (const [pattern, field] of SYNONYMS) if (pattern.test(folded)) return field;
  return null;
}

export type ColumnMap = Partial<Record<RosterField, number>>;

export interface HeaderMatch {
  /** 1-based row number of the (last) header row, as Excel shows it. */
  headerRow: number;
  columns: ColumnMap;
  headings: { column: number; text: string; field: RosterField | null }[];
}

/**
 * Finds the header row among rows 1..20. `rows[i]` holds row i+1's cell texts by column (1-based index).
 * A heading spanning two rows ("Ngày sinh" or "Giới tính" over "Nam" | "Nữ") is read as one header;
 * the Nam/Nữ columns hold either a mark (x) or the birth date, and the reader tells which.
 */
const SPLIT_CHILDREN = new Set<RosterField>(['maleColumn', 'femaleColumn', 'familyName', 'middleName', 'givenName']);

function isSplitParent(field: RosterField | null): boolean {
  return field === null || field === 'birthDate' || field === 'gender' || field === 'fullName';
}

export function detectHeader(rows: (string | null)[][]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, 20); r += 1) {
    const row = rows[r] ?? [];
    // The next row is a sub-header only when each of its cells is a heading or repeats the one above (merged).
    const below = rows[r + 1] ?? [];
    const isSubHeader = below.every((cell, c) => cell === null || cell === undefined || cell === row[c] || fieldForHeading(cell) !== null);
    const next = isSubHeader ? below : [];
    const headings: HeaderMatch['headings'] = [];
    const columns: ColumnMap = {};
    let headerRow = r + 1;
    for (let c = 1; c < Math.max(row.length, next.length); c += 1) {
      const text = row[c] ?? null;
      const below = next[c] ?? null;
      let field = text ? fieldForHeading(text) : null;
      const belowField = below ? fieldForHeading(below) : null;
      // "Ngày sinh" over "Nam" | "Nữ", or "Họ và tên" over "Họ đệm" | "Tên": the lower heading names the column.
      if (isSplitParent(field) && belowField !== null && SPLIT_CHILDREN.has(belowField)) {
        field = belowField;
        headerRow = r + 2;
      }
      if (!text && !below) continue;
      headings.push({ column: c, text: [text, field === belowField && below !== text ? below : null].filter(Boolean).join(' / '), field });
      if (field && columns[field] === undefined) columns[field] = c;
    }
    const score = Object.keys(columns).length;
    if ((columns.fullName !== undefined || columns.givenName !== undefined) && score >= 2 && score > bestScore) {
      best = { headerRow, columns, headings };
      bestScore = score;
    }
  }
  return best;
}
