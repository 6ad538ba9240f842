/** A time of day typed the way people type it: "9:30", "930", "09.30", "9h30", "9h" → "09:30" / "09:00"; null when it is not a time. */
export function normalizeClockTime(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(\d{1,2})(?:[:.h](\d{2})?)?$/.exec(t) ?? /^(\d{1,2})(\d{2})$/.exec(t);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
