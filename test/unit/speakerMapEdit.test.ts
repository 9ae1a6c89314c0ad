import { describe, expect, it } from 'vitest';
import {
  INTERVIEWER_SPEAKER,
  shownSpeaker,
  shownSpeakerMap,
  SOMEONE_ELSE,
  transcriptSpeakers,
  withSpeaker,
} from '../../src/features/interviews/speakers';

const contacts = [{ id: 'c-dana' }];

describe('editing a speaker map', () => {
  it('re-points one label, and "Someone else" removes its mapping', () => {
    const map = withSpeaker({ Priya: INTERVIEWER_SPEAKER }, 'Dana', 'c-dana');
    expect(map).toEqual({ Priya: INTERVIEWER_SPEAKER, Dana: 'c-dana' });
    expect(withSpeaker(map, 'Dana', SOMEONE_ELSE)).toEqual({ Priya: INTERVIEWER_SPEAKER });
  });

  it('keeps a "__proto__" label as an own key, never the prototype', () => {
    const map = withSpeaker({}, '__proto__', 'c-dana');
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(shownSpeaker(map, '__proto__', contacts)).toBe('c-dana');
    expect(shownSpeaker({}, '__proto__', contacts)).toBe(SOMEONE_ELSE);
    expect(Object.keys(withSpeaker(map, '__proto__', SOMEONE_ELSE))).toEqual([]);
  });

  it('shows and saves a mapping to someone no longer on the interview as "Someone else"', () => {
    const map = { Dana: 'c-gone', Priya: INTERVIEWER_SPEAKER, Old: 'c-dana' };
    expect(shownSpeaker(map, 'Dana', contacts)).toBe(SOMEONE_ELSE);
    // Labels the transcript no longer has are dropped too.
    expect(shownSpeakerMap(['Priya', 'Dana'], map, contacts)).toEqual({
      Priya: INTERVIEWER_SPEAKER,
    });
  });

  it('lists the distinct named speakers in order of first appearance', () => {
    const segments = [{ speaker: 'B' }, { speaker: '' }, { speaker: 'A' }, { speaker: 'B' }];
    expect(transcriptSpeakers(segments)).toEqual(['B', 'A']);
  });
});
