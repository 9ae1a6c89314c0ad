import { z } from 'zod';

/**
 * A text → text map that keeps every key. The keys come from files users import (speaker
 * labels), and z.record builds its output by assignment, which turns a "__proto__" key into
 * a prototype change and silently drops the entry; Object.fromEntries defines own keys.
 */
export function textMapSchema(message: string) {
  return z
    .custom<Record<string, string>>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((entry) => typeof entry === 'string'),
      { message },
    )
    .transform((value): Record<string, string> => Object.fromEntries(Object.entries(value)));
}

/** Reads a key of such a map without falling through to Object.prototype. */
export function textMapGet(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
