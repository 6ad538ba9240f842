/** The shared core of every door: parse unknown input with the contract's schema, call, return a Result. */
import type { z } from 'zod';
import { contract, type MethodName, type Handlers, type MethodOutput } from '../../shared/api/contract';
import { fail, ok, ServiceError, type Result } from '../../shared/api/result';
import { vietnameseErrorMap } from '../../shared/api/errorMap';
import { inputBoundsProblem } from '../../shared/api/inputBounds';
import { ACCESS_GUARD, type AccessGuard } from './access/guard';

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

function zodMessage(issues: { message: string }[]): string {
  return [...new Set(issues.map((issue) => issue.message))].slice(0, 5).join('; ');
}

/**
 * Parses unknown input with a schema, calls the function, and turns every outcome into a Result:
 * out-of-bounds input (too deep, too many values, too long) is refused before the schema runs, and
 * nothing thrown — not even a stack overflow inside a schema — escapes.
 */
export async function invokeValidated<I, O>(schema: z.ZodType<I>, fn: (input: I) => Promise<O>, rawInput: unknown, log: (e: unknown) => void = console.error): Promise<Result<O>> {
  try {
    const problem = inputBoundsProblem(rawInput);
    if (problem) return fail('INVALID_INPUT', problem);
    const parsed = schema.safeParse(rawInput ?? {}, { error: vietnameseErrorMap });
    if (!parsed.success) return fail('INVALID_INPUT', zodMessage(parsed.error.issues));
    return ok(await fn(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    try {
      log(error);
    } catch {
      // A failing logger must not turn a Result into a throw.
    }
    return fail('INTERNAL');
  }
}

export function dispatch<K extends MethodName>(handlers: Handlers, name: K, rawInput: unknown, log: (e: unknown) => void = console.error): Promise<Result<MethodOutput<K>>> {
  if (!isMethodName(name) || typeof handlers[name] !== 'function') return Promise.resolve(fail('INVALID_INPUT', 'Yêu cầu không được hỗ trợ.'));
  const handler = handlers[name] as (input: unknown) => Promise<MethodOutput<K>>;
  const guard = (handlers as Handlers & { [ACCESS_GUARD]?: AccessGuard })[ACCESS_GUARD];
  if (!guard) return invokeValidated(contract[name].input as z.ZodType<unknown>, handler, rawInput, log);
  // Who may call what (shared/api/permissions.ts): refused before anything runs, so a refusal changes nothing.
  let refusal: string | null;
  try {
    refusal = guard.refusal(name, rawInput);
  } catch {
    refusal = 'Yêu cầu bị từ chối.';
  }
  if (refusal) return Promise.resolve(fail('FORBIDDEN', refusal));
  const guarded = async (input: unknown) => {
    await guard.checkScope(name, input);
    const output = await handler(input);
    await guard.afterCall(name, input, output);
    return output;
  };
  return invokeValidated(contract[name].input as z.ZodType<unknown>, guarded, rawInput, log);
}
