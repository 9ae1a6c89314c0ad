import { describe, expect, it } from 'vitest';
import { coverageGaps } from '../../../src/domain/synthesis/coverageGaps';
import { account, interview, workspace } from './builders';

const input = workspace({
  accounts: [
    account('p1', 'power_user'),
    account('p2', 'power_user'),
    account('e1', 'emerging_promoter'),
    account('e2', 'emerging_promoter'),
    account('c1', 'churner'),
    account('u1', null),
  ],
  interviews: [
    interview('i1', 'p1'),
    interview('i2', 'p1', '2026-02-20'),
    interview('i3', 'p2'),
    interview('i4', 'e1', '2026-03-01', { status: 'planned', notes: '' }),
    interview('i5', 'e2', '2026-03-02', { status: 'planned', notes: '' }),
    interview('i6', 'c1', '2026-01-15', { interviewer: 'Lee' }),
    interview('i7', 'u1'),
  ],
});

describe('coverageGaps', () => {
  it('counts interviewed accounts per cohort against the target', () => {
    const report = coverageGaps(input, { targetPerCohort: 2 });
    expect(report.target).toBe(2);
    expect(report.cohorts).toEqual([
      {
        cohort: 'power_user',
        interviewedAccounts: 2,
        interviews: 3,
        scheduled: 0,
        target: 2,
        missing: 0,
        met: true,
        message: 'Power users: 2 accounts interviewed (3 interviews), target 2 met',
      },
      {
        cohort: 'emerging_promoter',
        interviewedAccounts: 0,
        interviews: 0,
        scheduled: 2,
        target: 2,
        missing: 2,
        met: false,
        message: 'Emerging promoters: 0 of 2 accounts interviewed; 2 more needed, 2 scheduled',
      },
      {
        cohort: 'churner',
        interviewedAccounts: 1,
        interviews: 1,
        scheduled: 0,
        target: 2,
        missing: 1,
        met: false,
        message: 'Churners: 1 of 2 accounts interviewed; 1 more needed',
      },
      {
        cohort: 'lost_deal',
        interviewedAccounts: 0,
        interviews: 0,
        scheduled: 0,
        target: 2,
        missing: 2,
        met: false,
        message: 'Lost deals: 0 of 2 accounts interviewed; 2 more needed',
      },
    ]);
  });

  it('defaults to a target of 5', () => {
    const report = coverageGaps(input);
    expect(report.target).toBe(5);
    expect(report.cohorts[0]?.message).toBe(
      'Power users: 2 of 5 accounts interviewed (3 interviews); 3 more needed',
    );
  });

  it('says whether accounts believed not to fit were interviewed', () => {
    expect(coverageGaps(input).nonFit).toEqual({
      churners: 1,
      lostDeals: 0,
      unassigned: 1,
      covered: true,
      message:
        'Accounts believed not to fit were interviewed too: 1 churner, 1 account without a cohort',
    });
    expect(coverageGaps(input, {}, { dateFrom: '2026-02-02' }).nonFit).toEqual({
      churners: 0,
      lostDeals: 0,
      unassigned: 0,
      covered: false,
      message:
        'No account believed not to fit has been interviewed yet: add churners and lost deals to the tour',
    });
  });

  it('takes a target per cohort', () => {
    const report = coverageGaps(input, {
      targetPerCohort: { power_user: 3, emerging_promoter: 1, churner: 1, lost_deal: 2 },
    });
    expect(report.target).toBeNull();
    expect(report.cohorts.map((c) => [c.cohort, c.target, c.missing, c.met])).toEqual([
      ['power_user', 3, 1, false],
      ['emerging_promoter', 1, 1, false],
      ['churner', 1, 0, true],
      ['lost_deal', 2, 2, false],
    ]);
    expect(report.cohorts[0]?.message).toBe(
      'Power users: 2 of 3 accounts interviewed (3 interviews); 1 more needed',
    );
    const same = coverageGaps(input, {
      targetPerCohort: { power_user: 4, emerging_promoter: 4, churner: 4, lost_deal: 4 },
    });
    expect(same.target).toBe(4);
  });

  it('rejects a target that is not a whole number ≥ 1', () => {
    expect(() => coverageGaps(input, { targetPerCohort: 0 })).toThrow(RangeError);
    expect(() =>
      coverageGaps(input, {
        targetPerCohort: { power_user: 3, emerging_promoter: 1.5, churner: 1, lost_deal: 2 },
      }),
    ).toThrow(RangeError);
  });
});
