/** One entry of the contract: an input schema and a phantom output type. */
import type { z } from 'zod';

export interface Method<I extends z.ZodType, O> {
  input: I;
  /** Phantom: only its type is used. */
  output: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): Method<I, O> => ({ input, output: undefined as unknown as O });
}
