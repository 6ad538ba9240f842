/** Tag colours of the four ratings. */
import type { Rating } from '../../../shared/schema/criteria';

export const RATING_COLORS: Record<Rating, string> = { excellent: 'green', good: 'blue', meets: 'gold', fails: 'red' };
