import { describe, expect, it } from 'vitest';
import {
  accountInterviews,
  NOT_INTERVIEWED,
  passesInterviewedFilter,
} from '../../../src/domain/planning/interviewCoverage';
import { account, interview, quote } from '../synthesis/builders';

const planned = { status: 'planned', notes: '' } as const;
const quotedCall = interview('i5', 'b', '2026-04-01', planned);

const coverage = accountInterviews({
  accounts: [account('a', 'power_user'), account('b', 'churner'), account('c', null)],
  interviews: [
    interview('i1', 'a', '2026-01-10'),
    interview('i2', 'a', '2026-02-20'),
    interview('i3', 'a', '2026-05-01', planned),
    interview('i4', 'b', '2026-03-03', planned),
    interview('i6', 'b', '2026-03-01', planned),
    quotedCall,
    // Notes typed without starting the call clock: it took place.
    interview('i7', 'c', '2026-01-05', { status: 'planned', notes: 'Met at the fair' }),
    // Its account was deleted: nobody to count it for.
    interview('i8', 'gone', '2026-01-05'),
  ],
  highlights: [quote('q1', quotedCall, [])],
});

describe('accountInterviews', () => {
  it('counts held and scheduled interviews per account, with the last and next dates', () => {
    expect(coverage.get('a')).toEqual({
      held: 2,
      scheduled: 1,
      lastHeld: '2026-02-20',
      nextScheduled: '2026-05-01',
    });
    expect(coverage.get('b')).toEqual({
      held: 1,
      scheduled: 2,
      lastHeld: '2026-04-01',
      nextScheduled: '2026-03-01',
    });
    expect(coverage.get('c')).toMatchObject({ held: 1, lastHeld: '2026-01-05' });
    expect(coverage.has('gone')).toBe(false);
  });

  it('filters by whether an account was interviewed; scheduled is not yet', () => {
    const onlyScheduled = { ...NOT_INTERVIEWED, scheduled: 1, nextScheduled: '2026-05-01' };
    expect(passesInterviewedFilter(undefined, '')).toBe(true);
    expect(passesInterviewedFilter(undefined, 'not_yet')).toBe(true);
    expect(passesInterviewedFilter(undefined, 'yes')).toBe(false);
    expect(passesInterviewedFilter(onlyScheduled, 'not_yet')).toBe(true);
    expect(passesInterviewedFilter(coverage.get('a'), 'yes')).toBe(true);
    expect(passesInterviewedFilter(coverage.get('a'), 'not_yet')).toBe(false);
  });
});
