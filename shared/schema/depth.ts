/**
 * Depth and size bounds for untrusted input, checked without recursion so that a tree nested a
 * million levels deep is refused instead of overflowing the stack inside a recursive schema.
 */
import { z } from 'zod';

/** Chapter, article, clause, point, item and a few more: deeper than any code of conduct. */
export const MAX_RULE_LEVELS = 12;

export interface InputShape {
  depth: number;
  nodes: number;
  /** Length of the longest string that is not under one of the `exemptKeys`. */
  longestString: number;
}

/** Walks arrays and plain objects breadth-first; stops early once `stopAt` depth or nodes is passed. */
export function measureInput(value: unknown, exemptKeys: readonly string[] = [], stopAt = { depth: Infinity, nodes: Infinity }): InputShape {
  const shape: InputShape = { depth: 0, nodes: 0, longestString: 0 };
  let level: unknown[] = [value];
  while (level.length > 0) {
    const next: unknown[] = [];
    for (const item of level) {
      shape.nodes += 1;
      if (typeof item === 'string') shape.longestString = Math.max(shape.longestString, item.length);
      else if (Array.isArray(item)) for (const child of item) next.push(child);
      else if (item !== null && typeof item === 'object') {
        for (const [key, child] of Object.entries(item)) {
          if (typeof child === 'string' && exemptKeys.includes(key)) shape.nodes += 1;
          else next.push(child);
        }
      }
    }
    if (next.length > 0) shape.depth += 1;
    if (shape.depth > stopAt.depth || shape.nodes > stopAt.nodes) return shape;
    level = next;
  }
  return shape;
}

/**
 * A recursive list (rule tree, criteria tree) with a nesting limit checked before the inner schema
 * recurses. `maxLevels` counts tree levels: each level is an object and its list of children.
 */
export function depthLimited<T extends z.ZodType>(schema: T, maxLevels: number, label: string) {
  const maxDepth = maxLevels * 2;
  return z
    .unknown()
    .check(
      z.refine((value) => measureInput(value, [], { depth: maxDepth, nodes: Infinity }).depth <= maxDepth, {
        error: `${label}: lồng nhau quá nhiều tầng (tối đa ${maxLevels} tầng).`,
        abort: true,
      }),
    )
    .pipe(schema);
}
