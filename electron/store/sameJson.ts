/**
 * Whether a record is still what a JSON copy of it says, without stringifying it: true only when
 * JSON.stringify of both would give the same text (same keys in the same order, equal strings,
 * numbers, booleans and nulls). Anything it is not sure of — an undefined value, a Date or other
 * object with a prototype, a function, a number JSON cannot hold — answers false, and the caller
 * falls back to comparing the texts.
 */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function sameAsJsonCopy(value: unknown, copy: unknown): boolean {
  if (value === copy) {
    if (value === null) return true;
    const type = typeof value;
    return type === 'string' || type === 'boolean' || (type === 'number' && Number.isFinite(value));
  }
  if (typeof value !== 'object' || value === null || typeof copy !== 'object' || copy === null) return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(copy) || value.length !== copy.length) return false;
    for (let i = 0; i < value.length; i += 1) if (!sameAsJsonCopy(value[i], copy[i])) return false;
    return true;
  }
  if (Array.isArray(copy) || !isPlain(value)) return false;
  const keys = Object.keys(value);
  const copyKeys = Object.keys(copy);
  if (keys.length !== copyKeys.length) return false;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    if (key !== copyKeys[i]) return false;
    if (!sameAsJsonCopy((value as Record<string, unknown>)[key], (copy as Record<string, unknown>)[key])) return false;
  }
  return true;
}
