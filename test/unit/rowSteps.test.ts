import { describe, expect, it } from 'vitest';
import { detectAccountMapping, detectDealMapping } from '../../src/import/csv/columnMapping';
import {
  reviewAccountImport,
  reviewAccountImportSteps,
  reviewDealImportSteps,
} from '../../src/import/csv/importPipeline';
import type { ParsedCsv } from '../../src/import/csv/parseCsv';
import { detectPreset } from '../../src/import/csv/presets';
import { ROWS_PER_STEP, runInSteps, runToEnd } from '../../src/import/csv/rowSteps';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';
import { csvOf } from '../fixtures/csv/parsedCsv';

const accountsInput = (csv: ParsedCsv) => {
  const preset = detectPreset(csv.headers);
  return { preset, mapping: detectAccountMapping(csv.headers, preset), existingAccounts: [] };
};

function* counting(total: number) {
  for (let i = 1; i < total; i += 1) yield i;
  return `done after ${total}`;
}

describe('runToEnd', () => {
  it('returns what the steps return, however many they yield', () => {
    expect(runToEnd(counting(1))).toBe('done after 1');
    expect(runToEnd(counting(5_000))).toBe('done after 5000');
  });
});

describe('runInSteps', () => {
  it('gives the same result as running at once, reporting progress between slices', async () => {
    const progress: number[] = [];
    const result = await runInSteps(counting(2_000), {
      sliceMs: 0,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toBe('done after 2000');
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('lets other tasks run between slices', async () => {
    // A task queued during the first slice, through the same kind of queue the slices yield to:
    // a timer would depend on the clock (Node runs a 0 ms timer only once 1 ms has passed).
    let otherRan = false;
    let sawOther = false;
    let slices = 0;
    await runInSteps(counting(50), {
      sliceMs: 0,
      onProgress: () => {
        slices += 1;
        if (slices === 1) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            otherRan = true;
            channel.port1.close();
          };
          channel.port2.postMessage(null);
        }
        sawOther ||= otherRan;
      },
    });
    expect(sawOther).toBe(true);
  });

  it('stops and resolves null once cancelled', async () => {
    let slices = 0;
    const result = await runInSteps(counting(1_000_000), {
      sliceMs: 0,
      onProgress: () => (slices += 1),
      cancelled: () => slices >= 3,
    });
    expect(result).toBeNull();
    expect(slices).toBe(3);
  });
});

describe('reviews in steps', () => {
  it('yields every ROWS_PER_STEP rows and ends with the same review as the one-shot', () => {
    const csv = csvOf(
      generateAccountsCsv(1_000, { badRow: { row: 777, column: 'arr', value: 'twelve' } }),
    );
    const steps = reviewAccountImportSteps(csv, accountsInput(csv));
    const yielded: number[] = [];
    let step = steps.next();
    while (!step.done) {
      yielded.push(step.value);
      step = steps.next();
    }
    expect(yielded).toEqual([ROWS_PER_STEP, 2 * ROWS_PER_STEP, 3 * ROWS_PER_STEP]);
    const once = reviewAccountImport(csv, accountsInput(csv));
    expect(step.value.errors).toEqual(once.errors);
    expect(step.value.errors[0]).toMatchObject({ row: 777, column: 'arr' });
    expect(step.value.drafts).toHaveLength(999);
    expect(step.value.clusters).toHaveLength(once.clusters.length);
  });

  it('steps through deal rows too', async () => {
    const header = 'Opportunity Name,Account Name,Stage,Amount,Close Date,Loss Reason';
    const rows = Array.from(
      { length: 600 },
      (_, i) => `Deal ${i},Account ${i % 40},Closed Lost,"$1,200",2026-01-15,Missing feature`,
    );
    const csv = csvOf([header, ...rows].join('\n'));
    const preset = detectPreset(csv.headers);
    const review = await runInSteps(
      reviewDealImportSteps(csv, {
        preset,
        mapping: detectDealMapping(csv.headers),
        existingAccounts: [],
        existingDeals: [],
      }),
      { sliceMs: 0 },
    );
    expect(review?.errors).toEqual([]);
    expect(review?.drafts).toHaveLength(600);
    expect(review?.newAccounts).toHaveLength(40);
    expect(review?.drafts.every((d) => d.deal.lossCategory === 'product')).toBe(true);
  });
});
