import { describe, expect, it } from 'vitest';
import { interviewerOptions, synthesisScope } from '../../../src/domain/synthesis/synthesisInput';
import { account, code, interview, quote, workspace } from './builders';

describe('interviewerOptions', () => {
  it('lists each interviewer once, however they were typed', () => {
    const interviews = [
      interview('i1', 'a', '2026-01-01', { interviewer: 'lee' }),
      interview('i2', 'a', '2026-01-01', { interviewer: 'Dana' }),
      interview('i3', 'a', '2026-01-01', { interviewer: 'Lee' }),
    ];
    expect(interviewerOptions(interviews)).toEqual(['Dana', 'Lee']);
  });
});

describe('synthesisScope', () => {
  it('leaves out interviews of deleted accounts and their quotes', () => {
    const kept = interview('i1', 'a');
    const orphan = interview('i2', 'gone');
    const scope = synthesisScope(
      workspace({
        accounts: [account('a', 'power_user')],
        codes: [code('c', 'pain_point')],
        interviews: [kept, orphan],
        highlights: [quote('q1', kept, ['c']), quote('q2', orphan, ['c'])],
      }),
    );
    expect(scope.interviews).toEqual([kept]);
    expect([...scope.interviewedAccountIds]).toEqual(['a']);
    expect(scope.quotes.highlights.map((h) => h.id)).toEqual(['q1']);
  });
});
