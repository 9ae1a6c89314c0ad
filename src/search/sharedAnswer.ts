/**
 * A search answer handed from the worker to the page through shared memory, so that the page
 * can take it within the task of the keystroke. After a keystroke Chromium paints before it runs
 * any other task, the worker's message included: an answer by message is on screen one frame
 * after the typed letter, one taken here is on screen with it.
 *
 * Shared memory exists only in a cross-origin isolated page (securityHeaders.ts). Elsewhere there
 * is no slot, and answers come by message alone.
 *
 * The slot: Int32 [0] is the id of the answer the body holds (0 while one is being written),
 * Int32 [1] its length in bytes; the body is the answer as JSON.
 */
const HEADER_BYTES = 8;
/** Five hits of each kind with their snippets take about 5 KB. */
const SLOT_BYTES = 256 * 1024;

export function createAnswerSlot(): SharedArrayBuffer | null {
  if (typeof SharedArrayBuffer === 'undefined' || !globalThis.crossOriginIsolated) return null;
  return new SharedArrayBuffer(SLOT_BYTES);
}

/**
 * In the worker. An answer that does not fit is not written: the page stops waiting at its
 * deadline and takes the message instead.
 */
export function writeAnswer(slot: SharedArrayBuffer, id: number, answer: unknown): void {
  const header = new Int32Array(slot, 0, 2);
  Atomics.store(header, 0, 0);
  // Chromium's TextEncoder refuses to write into shared memory, so the bytes are copied in.
  const bytes = new TextEncoder().encode(JSON.stringify(answer));
  const body = new Uint8Array(slot, HEADER_BYTES);
  if (bytes.length > body.length) return;
  body.set(bytes);
  Atomics.store(header, 1, bytes.length);
  Atomics.store(header, 0, id);
}

/**
 * On the page: waits for the answer `id` for at most `withinMs`, and returns undefined if it did
 * not come. The page may not block on Atomics.wait, so it polls; the wait is bounded and takes
 * the place of a frame spent waiting for the message.
 */
export function takeAnswer(slot: SharedArrayBuffer, id: number, withinMs: number): unknown {
  const header = new Int32Array(slot, 0, 2);
  const deadline = performance.now() + withinMs;
  while (Atomics.load(header, 0) !== id) {
    if (performance.now() > deadline) return undefined;
  }
  // TextDecoder refuses views of shared memory, so the bytes are copied out first.
  const bytes = new Uint8Array(slot, HEADER_BYTES, Atomics.load(header, 1)).slice();
  return JSON.parse(new TextDecoder().decode(bytes));
}
