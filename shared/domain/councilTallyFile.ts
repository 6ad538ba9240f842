/**
 * The secretary's count file, pure: CSV (one "key,number" a line — phat_ra, thu_ve, khong_hop_le, then
 * each candidate's number as printed on the ballot with its "đồng ý" votes; a header line and lines
 * starting with # are skipped) or JSON ({ issued, returned, spoiled, votes } or { issued, ballots }).
 */
import type { Ballot } from '../schema/council';

export interface TallyFileInput {
  issued: number;
  returned?: number;
  spoiled?: number;
  votes?: Record<string, number>;
  ballots?: Ballot[];
}

const KEYS: Record<string, 'issued' | 'returned' | 'spoiled'> = {
  phat_ra: 'issued', 'phát ra': 'issued', 'số phiếu phát ra': 'issued',
  thu_ve: 'returned', 'thu về': 'returned', 'số phiếu thu về': 'returned',
  khong_hop_le: 'spoiled', 'không hợp lệ': 'spoiled', 'số phiếu không hợp lệ': 'spoiled',
};

export type ParsedTally = { ok: true; input: TallyFileInput } | { ok: false; message: string };

function parseCsv(text: string): ParsedTally {
  const counts: Partial<Record<'issued' | 'returned' | 'spoiled', number>> = {};
  const votes: Record<string, number> = {};
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [rawKey = '', rawValue = ''] = line.split(/[,;\t]/).map((x) => x.trim().replace(/^"|"$/g, ''));
    const key = rawKey.normalize('NFC').toLocaleLowerCase('vi');
    if (!/^\d+$/.test(rawValue)) {
      if (i === 0 || lines.slice(0, i).every((l) => !l.trim() || l.trim().startsWith('#'))) continue;
      return { ok: false, message: `Dòng ${i + 1}: "${rawValue}" không phải số phiếu.` };
    }
    const known = KEYS[key];
    if (known) counts[known] = Number(rawValue);
    else if (/^\d+$/.test(key)) votes[String(Number(key))] = Number(rawValue);
    else return { ok: false, message: `Dòng ${i + 1}: không hiểu "${rawKey}" (dùng phat_ra, thu_ve, khong_hop_le hoặc số thứ tự trên phiếu).` };
  }
  if (counts.issued === undefined) return { ok: false, message: 'Tệp kiểm phiếu thiếu dòng phat_ra (số phiếu phát ra).' };
  if (counts.returned === undefined) return { ok: false, message: 'Tệp kiểm phiếu thiếu dòng thu_ve (số phiếu thu về).' };
  return { ok: true, input: { issued: counts.issued, returned: counts.returned, spoiled: counts.spoiled ?? 0, votes } };
}

export function parseTallyFile(fileName: string, text: string): ParsedTally {
  if (!fileName.toLowerCase().endsWith('.json')) return parseCsv(text);
  try {
    const value = JSON.parse(text) as TallyFileInput;
    if (typeof value !== 'object' || value === null || typeof value.issued !== 'number') return { ok: false, message: 'Tệp JSON cần "issued" (số phiếu phát ra).' };
    return { ok: true, input: value };
  } catch {
    return { ok: false, message: 'Tệp JSON không đọc được.' };
  }
}
