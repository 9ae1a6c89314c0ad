import type { z } from 'zod';

/**
 * Parses a record before it is written. A ZodError's own message is a JSON dump of its
 * issues, which forms and toasts would show as is; this throws the schema's messages instead,
 * the same sentences the forms show beside their fields.
 */
export function checked<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = [...new Set(result.error.issues.map((issue) => issue.message))];
  throw new Error(messages.join(' '), { cause: result.error });
}
