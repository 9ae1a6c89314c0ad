import { describe, expect, it } from 'vitest';
import { interviewSchema } from '../../src/domain/schemas/interview';
import {
  guessSpeakerMap,
  INTERVIEWER_SPEAKER,
  speakerName,
} from '../../src/features/interviews/speakers';
import { pairsOf } from '../fixtures/records';

const contacts = [
  { id: 'c-dana', name: 'Dana Whitfield' },
  { id: 'c-proto', name: '__proto__' },
];
const speakerMapSchema = interviewSchema.shape.speakerMap;

describe('speaker maps', () => {
  it('guesses the interviewer and contacts by full or first name', () => {
    const map = guessSpeakerMap(['Sam', 'Dana', 'Speaker 3'], 'Sam Okafor', contacts);
    expect(map).toEqual(pairsOf({ Sam: INTERVIEWER_SPEAKER, Dana: 'c-dana' }));
    expect(speakerName('Dana', map, 'Sam Okafor', contacts)).toBe('Dana Whitfield');
    expect(speakerName('Speaker 3', map, 'Sam Okafor', contacts)).toBe('Speaker 3');
  });

  it('keeps a speaker labelled "__proto__" as an ordinary pair, end to end', () => {
    const map = guessSpeakerMap(['__proto__'], 'Sam Okafor', contacts);
    expect(map).toEqual([{ key: '__proto__', value: 'c-proto' }]);
    // Through JSON and the schema, as saving and restoring a backup do.
    const parsed = speakerMapSchema.parse(JSON.parse(JSON.stringify(map)));
    expect(parsed).toEqual(map);
    expect(speakerName('__proto__', parsed, 'Sam Okafor', contacts)).toBe('__proto__');
    expect(
      speakerName('__proto__', parsed, 'Sam Okafor', [{ id: 'c-proto', name: 'Priya Raman' }]),
    ).toBe('Priya Raman');
  });

  it('never reads Object.prototype for a label that is not mapped', () => {
    expect(speakerName('constructor', [], 'Sam Okafor', contacts)).toBe('constructor');
    expect(speakerName('__proto__', [], 'Sam Okafor', contacts)).toBe('__proto__');
  });

  it('refuses a map that is not a list of text pairs, or names a label twice', () => {
    expect(speakerMapSchema.safeParse({ Dana: 'c-dana' }).error?.issues[0]?.message).toBe(
      'Speaker map must be a list of pairs.',
    );
    expect(speakerMapSchema.safeParse([{ key: 'Dana', value: 3 }]).success).toBe(false);
    expect(speakerMapSchema.safeParse(null).success).toBe(false);
    const twice = [
      { key: 'Dana', value: 'c-dana' },
      { key: 'Dana', value: 'interviewer' },
    ];
    expect(speakerMapSchema.safeParse(twice).error?.issues[0]).toMatchObject({
      path: [1, 'key'],
      message: 'Speaker map: “Dana” appears more than once.',
    });
  });
});
