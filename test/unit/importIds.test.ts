import { describe, expect, it } from 'vitest';
import { importIds } from '../../src/import/csv/importIds';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the ids an import gives the records it creates', () => {
  it('are version 4 UUIDs, all different, past the first draw of random bytes', () => {
    const newId = importIds();
    const ids = Array.from({ length: 10_000 }, () => newId());

    expect(ids.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(10_000);
  });

  it('differ between two imports', () => {
    const first = importIds();
    const second = importIds();
    const ids = new Set(Array.from({ length: 100 }, () => [first(), second()]).flat());

    expect(ids.size).toBe(200);
  });
});
