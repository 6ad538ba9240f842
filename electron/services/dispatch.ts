/** The shared core of every door: parse unknown input with the contract's schema, call, return a Result. */
import { z } from 'zod';
import { contract, type MethodName, type Handlers, type MethodOutput } from '../../shared/api/contract';
import { fail, ok, ServiceError, type Result } from '../../shared/api/result';

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** zod's own messages (extra keys, wrong type of the whole input) in Vietnamese; schema messages still win. */
const vietnameseErrors = z.locales.vi().localeError;

function zodMessage(issues: { message: string }[]): string {
  return issues.map((issue) => issue.message).join('; ');
}

/** Parses unknown input with a schema, calls the function, and turns every outcome into a Result. */
export async function invokeValidated<I, O>(schema: z.ZodType<I>, fn: (input: I) => Promise<O>, rawInput: unknown, log: (e: unknown) => void = console.error): Promise<Result<O>> {
  const parsed = schema.safeParse(rawInput ?? {}, { error: vietnameseErrors });
  if (!parsed.success) return fail('INVALID_INPUT', zodMessage(parsed.error.issues));
  try {
    return ok(await fn(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    log(error);
    return fail('INTERNAL');
  }
}

export function dispatch<K extends MethodName>(handlers: Handlers, name: K, rawInput: unknown, log: (e: unknown) => void = console.error): Promise<Result<MethodOutput<K>>> {
  const handler = handlers[name] as (input: unknown) => Promise<MethodOutput<K>>;
  return invokeValidated(contract[name].input as z.ZodType<unknown>, handler, rawInput, log);
}
