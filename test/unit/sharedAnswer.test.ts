import { describe, expect, it } from 'vitest';
import { createAnswerSlot, takeAnswer, writeAnswer } from '../../src/search/sharedAnswer';

// The worker and the page share one slot; here both sides run on the test's thread, in turn.
const slot = () => new SharedArrayBuffer(64 * 1024);

describe('a search answer through shared memory', () => {
  it('hands the page the answer with its id, text intact', () => {
    const shared = slot();
    const answer = [{ kind: 'quote', total: 1, hits: [{ title: 'Ørsted · “onboarding” <b>' }] }];
    writeAnswer(shared, 7, answer);
    expect(takeAnswer(shared, 7, 5)).toEqual(answer);
  });

  it('gives nothing for another id: an older answer is never taken for a newer query', () => {
    const shared = slot();
    writeAnswer(shared, 7, ['older']);
    expect(takeAnswer(shared, 8, 2)).toBeUndefined();
    writeAnswer(shared, 8, ['newer']);
    expect(takeAnswer(shared, 8, 2)).toEqual(['newer']);
  });

  it('leaves out an answer too big for the slot, so the page waits for the message', () => {
    const shared = new SharedArrayBuffer(8 + 100);
    writeAnswer(shared, 3, ['x'.repeat(200)]);
    expect(takeAnswer(shared, 3, 2)).toBeUndefined();
  });

  it('has no slot in a page that is not cross-origin isolated', () => {
    expect(globalThis.crossOriginIsolated).not.toBe(true);
    expect(createAnswerSlot()).toBeNull();
  });
});
