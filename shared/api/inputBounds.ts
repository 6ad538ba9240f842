/**
 * The limits every door's input meets before any schema sees it: nesting depth, number of values,
 * and string length (file contents are bounded by their own schemas). Vietnamese refusals.
 */
import { measureInput } from '../schema/depth';

export const MAX_INPUT_DEPTH = 64;
export const MAX_INPUT_NODES = 500_000;
/** Longer than any pasted decision text the contract accepts (2,000,000 characters). */
export const MAX_INPUT_STRING = 2_000_000;
/** Base64 file contents; each schema caps its own size. */
const FILE_KEYS = ['dataBase64'] as const;

/** A Vietnamese reason when the input is out of bounds, otherwise null. */
export function inputBoundsProblem(value: unknown): string | null {
  const shape = measureInput(value, FILE_KEYS, { depth: MAX_INPUT_DEPTH, nodes: MAX_INPUT_NODES });
  if (shape.depth > MAX_INPUT_DEPTH) return `Dữ liệu gửi lên lồng nhau quá nhiều tầng (tối đa ${MAX_INPUT_DEPTH}).`;
  if (shape.nodes > MAX_INPUT_NODES) return `Dữ liệu gửi lên có quá nhiều mục (tối đa ${MAX_INPUT_NODES.toLocaleString('vi-VN')}).`;
  if (shape.longestString > MAX_INPUT_STRING) return `Dữ liệu gửi lên có đoạn chữ quá dài (tối đa ${MAX_INPUT_STRING.toLocaleString('vi-VN')} ký tự).`;
  return null;
}
