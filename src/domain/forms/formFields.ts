import { z } from 'zod';

/**
 * Form inputs hold text; these turn it into the stored type through the entity's own schema,
 * so a form can never accept what the database would refuse, and the messages are the same.
 */
export function textToNumber<T extends z.ZodType<unknown, number | null>>(target: T) {
  return z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : Number(v.replace(/[,\s]/g, ''))))
    .pipe(target);
}

export function textToOptional<T extends z.ZodType<unknown, string | null>>(target: T) {
  return z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(target);
}

export function numberToText(value: number | null): string {
  return value == null ? '' : String(value);
}
