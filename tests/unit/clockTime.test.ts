import { describe, expect, it } from 'vitest';
import { normalizeClockTime } from '../../renderer/lib/clockTime';

describe('the time a clerk types in the Giờ box', () => {
  it('takes "9:30", "930", "0930", "9.30", "9h30" and "9h" as the hh:mm the record keeps', () => {
    expect(['9:30', '930', '0930', '9.30', '9h30', ' 9 h 30 '].map(normalizeClockTime)).toEqual(Array(6).fill('09:30'));
    expect(normalizeClockTime('9h')).toBe('09:00');
    expect(normalizeClockTime('14:05')).toBe('14:05');
  });

  it('refuses what is not a time of day', () => {
    expect(['24:00', '9:60', '9:3', 'sáng', '12345', ''].map(normalizeClockTime)).toEqual(Array(6).fill(null));
  });
});
