import { describe, expect, it } from 'vitest';
import {
  INTERVIEWER_SPEAKER,
  shownSpeaker,
  shownSpeakerMap,
  SOMEONE_ELSE,
  transcriptSpeakers,
  withSpeaker,
} from '../../src/features/interviews/speakers';
import { pairsOf } from '../fixtures/records';

const contacts = [{ id: 'c-dana' }];

describe('editing a speaker map', () => {
  it('re-points one label, and "Someone else" removes its mapping', () => {
    const map = withSpeaker(pairsOf({ Priya: INTERVIEWER_SPEAKER }), 'Dana', 'c-dana');
    expect(map).toEqual(pairsOf({ Priya: INTERVIEWER_SPEAKER, Dana: 'c-dana' }));
    expect(withSpeaker(map, 'Priya', 'c-dana')).toEqual(
      pairsOf({ Priya: 'c-dana', Dana: 'c-dana' }),
    );
    expect(withSpeaker(map, 'Dana', SOMEONE_ELSE)).toEqual(pairsOf({ Priya: INTERVIEWER_SPEAKER }));
  });

  it('maps labels named like Object.prototype members as any other label', () => {
    for (const label of ['__proto__', 'constructor', 'toString']) {
      const map = withSpeaker([], label, 'c-dana');
      expect(map).toEqual([{ key: label, value: 'c-dana' }]);
      expect(shownSpeaker(map, label, contacts)).toBe('c-dana');
      expect(shownSpeaker([], label, contacts)).toBe(SOMEONE_ELSE);
      expect(withSpeaker(map, label, SOMEONE_ELSE)).toEqual([]);
    }
  });

  it('shows and saves a mapping to someone no longer on the interview as "Someone else"', () => {
    const map = pairsOf({ Dana: 'c-gone', Priya: INTERVIEWER_SPEAKER, Old: 'c-dana' });
    expect(shownSpeaker(map, 'Dana', contacts)).toBe(SOMEONE_ELSE);
    // Labels the transcript no longer has are dropped too.
    expect(shownSpeakerMap(['Priya', 'Dana'], map, contacts)).toEqual(
      pairsOf({ Priya: INTERVIEWER_SPEAKER }),
    );
  });

  it('lists the distinct named speakers in order of first appearance', () => {
    const segments = [{ speaker: 'B' }, { speaker: '' }, { speaker: 'A' }, { speaker: 'B' }];
    expect(transcriptSpeakers(segments)).toEqual(['B', 'A']);
  });
});
