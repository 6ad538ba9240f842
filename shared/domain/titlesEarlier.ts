/**
 * Proposals the ward council prepares for the city (cấp tỉnh), whose standards look at earlier years.
 * Pure: each rule reads the person's (or unit's) year records — the annual classification, the titles
 * granted BY DECISION, initiatives — and says eligible or not with reasons per year. A year with no
 * record counts as not achieved, and a gap breaks "liên tục". A title proposed or passed by the
 * council without a recorded decision does not count.
 *
 * Sources (see /shared/reference/legal-sources.md §6 and the report of this change):
 * - Bằng khen of the city chairman (Bằng khen của Bộ, ban, ngành, tỉnh) — Luật Thi đua, khen thưởng
 *   2022 Điều 74 khoản 1 điểm d, QUOTED by the Ministry of Home Affairs (Bộ Nội vụ) answering on
 *   chinhsachonline.chinhphu.vn: "Có 02 lần liên tục được tặng danh hiệu 'Chiến sĩ thi đua cơ sở' hoặc có
 *   liên tục từ 02 năm trở lên được công nhận hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02
 *   sáng kiến được công nhận và áp dụng có hiệu quả trong phạm vi cơ sở hoặc có 02 đề tài khoa học, …".
 *   The Ministry's worked example (2023 and 2024 xuất sắc, one initiative each → eligible in 2024) reads
 *   the "02 sáng kiến" clause with the xuất sắc branch; the app reads it the same way (way 2 below).
 * - Chiến sĩ thi đua cấp tỉnh (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh) — "03 lần liên tục đạt danh hiệu
 *   'Chiến sĩ thi đua cơ sở'": VERBATIM in the pre-2024 Luật (2003/2013) Điều 22 and ND 91/2017 Điều 9
 *   khoản 2 (tdkt.toaan.gov.vn; thuvienphapluat.vn); "thời điểm xét tặng là năm đạt … lần thứ ba" (Bộ
 *   Công Thương guidance). The 2022 Luật's article was NOT FOUND in our sources: the rule is UNVERIFIED
 *   and says so wherever it is shown.
 * - Tập thể lao động xuất sắc — the 2022 standards as quoted by Sở Tư pháp Thừa Thiên Huế
 *   (stp.thuathienhue.gov.vn, 08/05/2024, thủ tục hành chính under ND 98/2023): a) hoàn thành xuất sắc
 *   nhiệm vụ; b) phong trào thi đua; c) 100 % cá nhân hoàn thành nhiệm vụ, ít nhất 70 % "Lao động tiên
 *   tiến"; d) có cá nhân đạt "Chiến sĩ thi đua cơ sở"; đ) nội bộ đoàn kết. The app checks c) and d) from
 *   the data; a), b), đ) are the council's judgement (listed as notes). Article number not checked.
 */
import { RATING_LABELS, type Rating } from '../schema/criteria';
import type { AgendaTitle } from '../schema/council';
import type { TitleCheck } from './titles';

export const UPWARD_TITLES = ['provincialEmulationSoldier', 'provincialMerit', 'excellentCollective'] as const;
export type UpwardTitle = (typeof UPWARD_TITLES)[number];

export const UPWARD_LABELS: Record<UpwardTitle, string> = {
  provincialEmulationSoldier: 'Chiến sĩ thi đua Thành phố',
  provincialMerit: 'Bằng khen của Chủ tịch UBND Thành phố',
  excellentCollective: 'Tập thể lao động xuất sắc',
};

/** 'quoted': wording quoted by a government source; 'unverified': not found in the law in force. */
export type RuleConfidence = 'quoted' | 'unverified';

export const CONFIDENCE_LABELS: Record<RuleConfidence, string> = {
  quoted: 'Căn cứ đã đối chiếu (trích dẫn của cơ quan nhà nước)',
  unverified: 'CHƯA XÁC MINH — chưa đối chiếu được văn bản đang có hiệu lực; Hội đồng kiểm tra trước khi đề nghị',
};

export const UPWARD_BASIS: Record<UpwardTitle, { basis: string; confidence: RuleConfidence }> = {
  provincialEmulationSoldier: {
    basis: 'Tiêu chuẩn "03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở" theo Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) Điều 22 và Nghị định 91/2017/NĐ-CP Điều 9 khoản 2; điều tương ứng của Luật 2022 chưa đối chiếu được',
    confidence: 'unverified',
  },
  provincialMerit: {
    basis: 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d',
    confidence: 'quoted',
  },
  excellentCollective: {
    basis: 'Luật Thi đua, khen thưởng 2022 — tiêu chuẩn danh hiệu "Tập thể lao động xuất sắc" (theo thủ tục hành chính ban hành kèm Nghị định 98/2023/NĐ-CP)',
    confidence: 'quoted',
  },
};

/** A title held in a year: counted only with a decision (number and date). */
export interface YearTitle {
  title: AgendaTitle;
  decisionNumber: string;
  decisionDate: string;
}

/** What one earlier (or the current) year holds for a person or unit. */
export interface YearRecord {
  year: number;
  /** Official annual classification; null = none recorded. */
  rating: Rating | null;
  /** A complete year (every month scored, or an entered decision). */
  isComplete: boolean;
  granted: YearTitle[];
  /** Titles proposed or passed by the council with no decision recorded (not counted). */
  undecided: AgendaTitle[];
  initiatives: number;
  research: number;
}

export interface UpwardEligibility {
  title: UpwardTitle;
  isEligible: boolean;
  checks: TitleCheck[];
  basis: string;
  confidence: RuleConfidence;
  /** What the council judges itself (not in the data). */
  notes: string[];
}

function dmy(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function decided(r: YearRecord | undefined, title: AgendaTitle): YearTitle | null {
  return r?.granted.find((g) => g.title === title && g.decisionNumber.trim() !== '') ?? null;
}

interface YearVerdict {
  year: number;
  isMet: boolean;
  text: string;
  /** "12/QĐ-UBND ngày 20/12/2025" when met by a decision. */
  decision?: string;
}

/** The title in one year: by decision, or (the year being considered) eligible now. */
function titleIn(records: YearRecord[], year: number, title: AgendaTitle, label: string, currentEligible: boolean | null): YearVerdict {
  const r = records.find((x) => x.year === year);
  const g = decided(r, title);
  if (g) {
    const decision = `${g.decisionNumber} ngày ${dmy(g.decisionDate)}`;
    return { year, isMet: true, text: `năm ${year} đã đạt ${label} (${decision})`, decision };
  }
  if (currentEligible !== null) return { year, isMet: currentEligible, text: currentEligible ? `năm ${year} đủ điều kiện ${label}, Hội đồng xét cùng kỳ` : `năm ${year} chưa đủ điều kiện ${label}` };
  if (!r) return { year, isMet: false, text: `năm ${year} không có hồ sơ — tính là không đạt` };
  if (r.undecided.includes(title) || r.granted.some((x) => x.title === title)) return { year, isMet: false, text: `năm ${year} đã đề nghị ${label} nhưng chưa có quyết định công nhận — không tính` };
  return { year, isMet: false, text: `năm ${year} không đạt ${label}` };
}

function excellentIn(records: YearRecord[], year: number): YearVerdict {
  const r = records.find((x) => x.year === year);
  if (!r || r.rating === null) return { year, isMet: false, text: `năm ${year} không có xếp loại — tính là không đạt` };
  if (!r.isComplete) return { year, isMet: false, text: `năm ${year} xếp loại chưa đủ (tạm tính: ${RATING_LABELS[r.rating]})` };
  return { year, isMet: r.rating === 'excellent', text: `năm ${year}: ${RATING_LABELS[r.rating]}` };
}

/** "năm 2024, 2025 đã đạt …" — years met grouped, then each one not met. */
function runText(verdicts: YearVerdict[], metLabel: string): string {
  const byDecision = verdicts.filter((v) => v.decision);
  const rest = verdicts.filter((v) => !v.decision);
  const head = byDecision.length > 0 ? [`năm ${byDecision.map((v) => v.year).join(', ')} đã đạt ${metLabel} (${byDecision.map((v) => v.decision).join('; ')})`] : [];
  return [...head, ...rest.map((v) => v.text)].join('; ');
}

function years(end: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => end - n + 1 + i);
}

const CSTDCS = 'CSTĐ cơ sở';

/** Chiến sĩ thi đua Thành phố: Chiến sĩ thi đua cơ sở three times in a row, the third being `year`. */
export function provincialEmulationSoldier(records: YearRecord[], year: number, isSoldierNow: boolean, runLength = 3): UpwardEligibility {
  const verdicts = years(year, runLength).map((y) => titleIn(records, y, 'gradeEmulationSoldier', CSTDCS, y === year && !decided(records.find((r) => r.year === y), 'gradeEmulationSoldier') ? isSoldierNow : null));
  const isRun = verdicts.every((v) => v.isMet);
  const checks: TitleCheck[] = [{
    label: `Đạt "Chiến sĩ thi đua cơ sở" ${String(runLength).padStart(2, '0')} lần liên tục (${years(year, runLength).join(', ')})`,
    isMet: isRun, detail: `${runText(verdicts, CSTDCS)}${isRun ? '' : ' — chưa đủ số năm liên tục'}`,
  }];
  return {
    title: 'provincialEmulationSoldier', isEligible: isRun, checks, ...UPWARD_BASIS.provincialEmulationSoldier,
    notes: ['Thành tích tiêu biểu xuất sắc; sáng kiến hoặc đề tài có phạm vi ảnh hưởng cấp Thành phố do cấp Thành phố xem xét, công nhận.'],
  };
}

/** Bằng khen của Chủ tịch UBND Thành phố, Luật TĐKT 2022 Điều 74 k.1 điểm d: way 1 or way 2. */
export function provincialMerit(records: YearRecord[], year: number, isSoldierNow: boolean): UpwardEligibility {
  const span = years(year, 2);
  const soldier = span.map((y) => titleIn(records, y, 'gradeEmulationSoldier', CSTDCS, y === year && !decided(records.find((r) => r.year === y), 'gradeEmulationSoldier') ? isSoldierNow : null));
  const wayOne = soldier.every((v) => v.isMet);
  const excellent = span.map((y) => excellentIn(records, y));
  const inSpan = records.filter((r) => span.includes(r.year));
  const initiatives = inSpan.reduce((n, r) => n + r.initiatives, 0);
  const research = inSpan.reduce((n, r) => n + r.research, 0);
  const isExcellentRun = excellent.every((v) => v.isMet);
  const wayTwo = isExcellentRun && (initiatives >= 2 || research >= 2);
  const checks: TitleCheck[] = [
    { label: `Cách 1: 02 lần liên tục được tặng "Chiến sĩ thi đua cơ sở" (${span.join(', ')})`, isMet: wayOne, detail: runText(soldier, CSTDCS) },
    {
      label: `Cách 2: liên tục 02 năm "Hoàn thành xuất sắc nhiệm vụ" (${span.join(', ')}), trong thời gian đó 02 sáng kiến hoặc 02 đề tài khoa học`,
      isMet: wayTwo, detail: `${excellent.map((v) => v.text).join('; ')}; ${initiatives} sáng kiến, ${research} đề tài trong ${span.join('–')}`,
    },
  ];
  return {
    title: 'provincialMerit', isEligible: wayOne || wayTwo, checks, ...UPWARD_BASIS.provincialMerit,
    notes: ['Đạt một trong hai cách là đủ tiêu chuẩn điểm d; cá nhân phải gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước (Hội đồng xem xét).'],
  };
}

export interface CollectiveMemberYear {
  fullName: string;
  rating: Rating | null;
  isComplete: boolean;
  isAdvancedWorker: boolean;
  /** Chiến sĩ thi đua cơ sở this year: eligible now or granted. */
  isSoldier: boolean;
}

/** Tập thể lao động xuất sắc: 100 % hoàn thành nhiệm vụ, ≥ 70 % Lao động tiên tiến, có Chiến sĩ thi đua cơ sở. */
export function excellentCollective(members: CollectiveMemberYear[], earlier: string[]): UpwardEligibility {
  const notDone = members.filter((m) => !m.isComplete || m.rating === null || m.rating === 'fails');
  const workers = members.filter((m) => m.isAdvancedWorker).length;
  // "ít nhất là 70%": workers / members ≥ 70 / 100, in integers.
  const isSeventy = members.length > 0 && workers * 100 >= members.length * 70;
  const soldiers = members.filter((m) => m.isSoldier);
  const checks: TitleCheck[] = [
    {
      label: '100% cá nhân hoàn thành nhiệm vụ được giao trở lên', isMet: members.length > 0 && notDone.length === 0,
      detail: notDone.length === 0 ? `${members.length}/${members.length} người` : `Chưa đạt hoặc chưa có xếp loại năm: ${notDone.map((m) => m.fullName).join(', ')}`,
    },
    { label: 'Ít nhất 70% cá nhân đạt "Lao động tiên tiến"', isMet: isSeventy, detail: `${workers}/${members.length} người` },
    { label: 'Có cá nhân đạt "Chiến sĩ thi đua cơ sở"', isMet: soldiers.length > 0, detail: soldiers.length > 0 ? soldiers.map((m) => m.fullName).join(', ') : 'Không có' },
  ];
  return {
    title: 'excellentCollective', isEligible: checks.every((c) => c.isMet), checks, ...UPWARD_BASIS.excellentCollective,
    notes: ['Hoàn thành xuất sắc nhiệm vụ được giao; phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết — Hội đồng xem xét.', ...earlier],
  };
}

/** One line per earlier year for the council: classification, titles by decision, initiatives. */
export function earlierYearFacts(records: YearRecord[], year: number, span = 3, labels: Record<AgendaTitle, string>): string[] {
  return years(year - 1, span).map((y) => {
    const r = records.find((x) => x.year === y);
    if (!r) return `Năm ${y}: không có hồ sơ`;
    const parts = [r.rating ? `${RATING_LABELS[r.rating]}${r.isComplete ? '' : ' (chưa đủ)'}` : 'chưa có xếp loại'];
    for (const g of r.granted.filter((x) => x.decisionNumber.trim() !== '')) parts.push(`${labels[g.title]} (${g.decisionNumber} ngày ${dmy(g.decisionDate)})`);
    for (const t of r.undecided) parts.push(`đề nghị "${labels[t]}" chưa có quyết định`);
    if (r.initiatives > 0) parts.push(`${r.initiatives} sáng kiến`);
    if (r.research > 0) parts.push(`${r.research} đề tài`);
    return `Năm ${y}: ${parts.join('; ')}`;
  });
}
