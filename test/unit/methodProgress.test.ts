import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../src/domain/demo/generateDemoWorkspace';
import { methodCounts, methodProgress, type MethodInput } from '../../src/domain/methodProgress';
import { COHORTS } from '../../src/domain/schemas/cohort';
import { accountRecord } from '../fixtures/records';

const TARGETS = { power_user: 5, emerging_promoter: 5, churner: 5, lost_deal: 5 };

const empty: MethodInput = {
  tour: { accounts: [], deals: [], interviews: [], highlights: [], codes: [] },
  guides: 0,
  guideCohorts: new Set(),
  quotes: 0,
  codedQuotes: 0,
  findings: 0,
  acceptedFindings: 0,
  traits: 0,
  versions: [],
};

const progressOf = (input: MethodInput) => methodProgress(methodCounts(input, TARGETS));
const stateOf = (input: MethodInput) =>
  Object.fromEntries(progressOf(input).steps.map((s) => [s.id, s.done]));

describe('the method checklist', () => {
  it('on a new workspace has nothing done and points at the CRM exports first', () => {
    const progress = progressOf(empty);
    expect(progress.done).toBe(0);
    expect(progress.steps).toHaveLength(8);
    expect(progress.next).toBe('numbers');
    expect(progress.steps[0]).toMatchObject({
      title: 'Import accounts and deals',
      detail: 'No accounts or deals yet. Start from your CRM exports.',
      to: '/accounts',
    });
  });

  it('asks for deals when only accounts came in, and names the cohorts still empty', () => {
    const accounts = [
      accountRecord({ id: 'a', cohort: 'power_user' }),
      accountRecord({ id: 'b', cohort: 'churner' }),
      accountRecord({ id: 'c', cohort: null }),
    ];
    const progress = progressOf({ ...empty, tour: { ...empty.tour, accounts } });
    const [numbers, cohorts] = progress.steps;
    expect(numbers?.done).toBe(false);
    expect(numbers?.detail).toBe(
      '3 accounts and 0 deals. Import deals too: win rate and sales cycle come from them.',
    );
    expect(cohorts?.done).toBe(false);
    expect(cohorts?.detail).toBe(
      '2 of 4 cohorts have accounts; none yet in emerging promoters, lost deals.',
    );
  });

  it('counts coding done only when every quote carries a code', () => {
    expect(stateOf({ ...empty, quotes: 10, codedQuotes: 9 }).coding).toBe(false);
    expect(progressOf({ ...empty, quotes: 10, codedQuotes: 9 }).steps[4]?.detail).toBe(
      '1 quote of 10 still without a code.',
    );
    expect(stateOf({ ...empty, quotes: 10, codedQuotes: 10 }).coding).toBe(true);
    expect(stateOf({ ...empty, quotes: 0, codedQuotes: 0 }).coding).toBe(false);
  });

  it('needs a guide for every cohort, an accepted finding, a version in review, then a sign-off', () => {
    const threeGuides = new Set(COHORTS.slice(0, 3));
    expect(stateOf({ ...empty, guides: 3, guideCohorts: threeGuides }).guides).toBe(false);
    expect(stateOf({ ...empty, guides: 4, guideCohorts: new Set(COHORTS) }).guides).toBe(true);
    expect(stateOf({ ...empty, findings: 3, acceptedFindings: 0 }).synthesis).toBe(false);
    expect(stateOf({ ...empty, findings: 3, acceptedFindings: 1 }).synthesis).toBe(true);
    const draft = { ...empty, traits: 4, versions: [{ number: 1, status: 'draft' as const }] };
    expect(stateOf(draft)).toMatchObject({ icp: false, review: false });
    const inReview = { ...draft, versions: [{ number: 1, status: 'in_review' as const }] };
    expect(stateOf(inReview)).toMatchObject({ icp: true, review: false });
    expect(progressOf(inReview).steps[7]?.detail).toBe('Version 1 is in review.');
    const signed = { ...draft, versions: [{ number: 1, status: 'signed_off' as const }] };
    expect(stateOf(signed)).toMatchObject({ icp: true, review: true });
  });

  it('measures interviews against each cohort’s target, by distinct accounts', () => {
    const demo = generateDemoWorkspace({ seed: 20261, now: '2026-03-01T12:00:00.000Z' });
    const input: MethodInput = {
      ...empty,
      tour: {
        accounts: demo.accounts,
        deals: demo.deals,
        interviews: demo.interviews,
        highlights: demo.highlights,
        codes: [],
      },
    };
    const loose = methodProgress(methodCounts(input, { ...TARGETS, power_user: 1 }));
    const strict = methodProgress(methodCounts(input, { ...TARGETS, power_user: 999 }));
    const interviews = (p: typeof loose) => p.steps.find((s) => s.id === 'interviews');
    expect(interviews(strict)?.done).toBe(false);
    expect(interviews(strict)?.detail).toMatch(
      /^24 interviews; accounts heard against the targets: power users \d+\/999,/,
    );
    expect(interviews(loose)?.detail).not.toContain('/999');
  });
});
