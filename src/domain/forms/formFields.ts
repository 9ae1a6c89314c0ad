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

/** A new record's form: every field of `schema` empty, as its text inputs start. */
export function emptyForm<S extends z.ZodObject>(schema: S): { [K in keyof z.input<S>]: '' } {
  // Object.fromEntries types its keys as string; they are the schema's own, so the cast holds.
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, ''])) as {
    [K in keyof z.input<S>]: '';
  };
}
