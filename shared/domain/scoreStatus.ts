/**
 * "Chưa chấm": a person (or unit) whose scorecard is not complete has no total and no rating — never
 * 0 points or "Không hoàn thành nhiệm vụ". Counts, the 20 % check, roll-ups and titles leave them out
 * and show them apart, on screen and in the Excel file.
 */
import { RATINGS, RATING_LABELS, RATING_SHORT, type Rating } from '../schema/criteria';

export const UNSCORED_LABEL = 'Chưa chấm';

export type ScoreStatus = 'scored' | 'unscored';

export interface ScoreResult {
  total: number | null;
  rating: Rating | null;
}

/** What is cached on a score record: no total → no rating (a trigger alone does not rate someone unscored). */
export function cachedScore(result: ScoreResult): ScoreResult {
  return result.total === null || result.rating === null ? { total: null, rating: null } : { total: result.total, rating: result.rating };
}

export function scoreStatus(result: ScoreResult): ScoreStatus {
  return result.total === null || result.rating === null ? 'unscored' : 'scored';
}

/** "Hoàn thành tốt nhiệm vụ", or "Chưa chấm". */
export function ratingLabel(rating: Rating | null): string {
  return rating ? RATING_LABELS[rating] : UNSCORED_LABEL;
}

/** "HTTNV", or "Chưa chấm". */
export function ratingShortLabel(rating: Rating | null): string {
  return rating ? RATING_SHORT[rating] : UNSCORED_LABEL;
}

export type RatingCounts = Record<Rating, number> & { unscored: number };

/** How many of each rating, and how many are not scored (counted apart, never as "không hoàn thành"). */
export function countRatings(ratings: (Rating | null)[]): RatingCounts {
  const counts = { ...(Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>), unscored: 0 };
  for (const rating of ratings) {
    if (rating === null) counts.unscored += 1;
    else counts[rating] += 1;
  }
  return counts;
}
