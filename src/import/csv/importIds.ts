/**
 * Ids for the records one import creates. crypto.randomUUID asks the system for randomness on
 * every call: in Chromium that cost 1.4–2.5 µs an id, 14–25 ms of planning 10,000 rows. Here one
 * getRandomValues call fills the bytes of 4,096 ids, and uuid makes each a version 4 id.
 */
import { v4 } from 'uuid';

/** getRandomValues fills at most 65,536 bytes a call: 4,096 ids of 16 bytes. */
const IDS_PER_DRAW = 4096;

/** A source of fresh random ids, for one plan. */
export function importIds(): () => string {
  const bytes = new Uint8Array(16 * IDS_PER_DRAW);
  let next = IDS_PER_DRAW;
  return () => {
    if (next === IDS_PER_DRAW) {
      crypto.getRandomValues(bytes);
      next = 0;
    }
    const id = v4({ random: bytes.subarray(next * 16, next * 16 + 16) });
    next += 1;
    return id;
  };
}
