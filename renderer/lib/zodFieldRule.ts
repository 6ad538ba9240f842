/** An antd Form rule that validates one field with the contract's own zod schema (same Vietnamese messages). */
import type { FormRule } from 'antd';
import type { z } from 'zod';

export function zodFieldRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
    },
  };
}
