import { z } from 'zod';

/**
 * One entry of a map stored as an array of pairs. Maps keyed by user or imported text (speaker
 * labels, column headers) or by ids a restored file chose are stored this way, never as objects:
 * as an object key, "constructor" made the backup unrestorable and "__proto__" vanished on the
 * next copy. As a value, any text is just text.
 */
export interface Pair<V> {
  key: string;
  value: V;
}

/**
 * A map as `[{ key, value }]`, each key once: a repeated key would leave it to the reader which
 * one counts. `what` names the map in the message about a repeat ("Speaker map").
 */
export function pairsSchema<V extends z.ZodType>(key: z.ZodString, value: V, what: string) {
  // Built on first parse: this module may run before the app sets zod to jitless (for the CSP),
  // and an object schema built before that probes `new Function`, which the CSP reports.
  const pair = z.lazy(() => z.object({ key, value }));
  return z
    .array(pair, { message: `${what} must be a list of pairs.` })
    .superRefine((pairs, ctx) => {
      const seen = new Set<string>();
      pairs.forEach((pair, index) => {
        if (seen.has(pair.key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: `${what}: “${pair.key.slice(0, 40)}” appears more than once.`,
          });
        }
        seen.add(pair.key);
      });
    });
}

/** The value stored under `key`; for many look-ups in one pass, use pairsToMap. */
export function pairValue<V>(pairs: readonly Pair<V>[] | undefined, key: string): V | undefined {
  return pairs?.find((pair) => pair.key === key)?.value;
}

export function pairsToMap<V>(pairs: readonly Pair<V>[] | undefined): Map<string, V> {
  return new Map(pairs?.map((pair) => [pair.key, pair.value]));
}

/**
 * Pairs from key/value entries, each key once. A repeated key keeps its first place and takes
 * the last value, so a later source (an import's new cells) overrides an earlier one.
 */
export function pairsFrom<V>(entries: Iterable<readonly [string, V]>): Pair<V>[] {
  return [...new Map(entries)].map(([key, value]) => ({ key, value }));
}

const entriesOf = <V>(pairs: readonly Pair<V>[]) =>
  pairs.map((pair): [string, V] => [pair.key, pair.value]);

/** `base` with `over`'s pairs set on it: changed in place, new ones added at the end. */
export function mergedPairs<V>(base: readonly Pair<V>[], over: readonly Pair<V>[]): Pair<V>[] {
  return pairsFrom([...entriesOf(base), ...entriesOf(over)]);
}

/** The pairs with `key` set to `value` (in place if present), or removed when `value` is undefined. */
export function withPair<V>(
  pairs: readonly Pair<V>[],
  key: string,
  value: V | undefined,
): Pair<V>[] {
  if (value === undefined) return pairs.filter((pair) => pair.key !== key);
  return mergedPairs(pairs, [{ key, value }]);
}
