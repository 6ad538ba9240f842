/**
 * The secretary's arithmetic, pure: ballots issued to the members present, returned, spoiled; votes
 * per candidate; who passes the threshold of their title. Counts are integers and the threshold is
 * compared without floating point (votes × 100 against percent × base), so 7 of 10 is exactly 70 %.
 */
import type { Ballot, CouncilCandidate, Tally, VoteThreshold } from '../schema/council';
import { thresholdText } from './councilRules';

export interface TallyFacts {
  members: number;
  present: number;
}

export interface CandidateResult {
  no: number;
  votes: number;
  /** Valid ballots that struck the candidate. */
  against: number;
  /** Share of the threshold's base, in percent, rounded to two decimals (for printing). */
  percent: number;
  baseCount: number;
  isPassed: boolean;
  rule: string;
}

export interface TallySummary {
  issued: number;
  returned: number;
  missing: number;
  spoiled: number;
  valid: number;
  results: CandidateResult[];
}

/** Why the counts cannot be right, in Vietnamese; empty when they hold together. */
export function tallyProblems(tally: Tally, facts: TallyFacts, candidates: CouncilCandidate[]): string[] {
  const problems: string[] = [];
  if (tally.issued > facts.present) problems.push(`Số phiếu phát ra (${tally.issued}) nhiều hơn số thành viên có mặt (${facts.present}).`);
  if (tally.returned > tally.issued) problems.push(`Số phiếu thu về (${tally.returned}) nhiều hơn số phiếu phát ra (${tally.issued}).`);
  if (tally.spoiled > tally.returned) problems.push(`Số phiếu không hợp lệ (${tally.spoiled}) nhiều hơn số phiếu thu về (${tally.returned}).`);
  const valid = tally.returned - tally.spoiled;
  const numbers = new Set(candidates.map((c) => String(c.no)));
  for (const [no, votes] of Object.entries(tally.votes)) {
    if (!numbers.has(no)) problems.push(`Không có người/tập thể số ${no} trong danh sách.`);
    else if (votes > valid) problems.push(`Số ${no}: ${votes} phiếu đồng ý, nhiều hơn số phiếu hợp lệ (${Math.max(valid, 0)}).`);
  }
  if (tally.ballots) {
    const serials = tally.ballots.map((b) => b.serial);
    const twice = serials.filter((s, i) => serials.indexOf(s) !== i);
    if (twice.length > 0) problems.push(`Phiếu số ${[...new Set(twice)].join(', ')} được nhập hai lần.`);
    const over = tally.ballots.filter((b) => b.serial > tally.issued).map((b) => b.serial);
    if (over.length > 0) problems.push(`Phiếu số ${over.join(', ')} vượt số phiếu phát ra (${tally.issued}).`);
  }
  return problems;
}

/** Counts from ballots typed one by one: a spoiled ballot counts for nobody. */
export function tallyFromBallots(issued: number, ballots: Ballot[]): Tally {
  const votes: Record<string, number> = {};
  for (const ballot of ballots) {
    if (ballot.isSpoiled) continue;
    for (const no of new Set(ballot.approved)) votes[String(no)] = (votes[String(no)] ?? 0) + 1;
  }
  return { issued, returned: ballots.length, spoiled: ballots.filter((b) => b.isSpoiled).length, votes, ballots };
}

function baseCount(t: VoteThreshold, facts: TallyFacts, valid: number): number {
  return t.base === 'members' ? facts.members : t.base === 'present' ? facts.present : valid;
}

/** Whether `votes` meets the threshold over `base`: votes/base ≥ p (inclusive) or > p, in integers. */
export function meetsThreshold(votes: number, base: number, t: VoteThreshold): boolean {
  if (base <= 0) return false;
  const left = votes * 100;
  const right = t.percent * base;
  return t.isInclusive ? left >= right - 1e-9 : left > right + 1e-9;
}

export function summarizeTally(tally: Tally, facts: TallyFacts, candidates: CouncilCandidate[], thresholds: VoteThreshold[]): TallySummary {
  const valid = Math.max(tally.returned - tally.spoiled, 0);
  const results = candidates.map((c): CandidateResult => {
    const votes = tally.votes[String(c.no)] ?? 0;
    const t = thresholds.find((x) => x.title === c.title);
    const base = t ? baseCount(t, facts, valid) : valid;
    return {
      no: c.no, votes, against: Math.max(valid - votes, 0), baseCount: base,
      percent: base > 0 ? Math.round((votes * 10000) / base) / 100 : 0,
      isPassed: t ? meetsThreshold(votes, base, t) : false,
      rule: t ? thresholdText(t) : 'Chưa đặt tỷ lệ phiếu',
    };
  });
  return { issued: tally.issued, returned: tally.returned, missing: Math.max(tally.issued - tally.returned, 0), spoiled: tally.spoiled, valid, results };
}
