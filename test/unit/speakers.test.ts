import { describe, expect, it } from 'vitest';
import { interviewSchema } from '../../src/domain/schemas/interview';
import { textMapSchema } from '../../src/domain/schemas/textMap';
import {
  guessSpeakerMap,
  INTERVIEWER_SPEAKER,
  speakerName,
} from '../../src/features/interviews/speakers';

const contacts = [
  { id: 'c-dana', name: 'Dana Whitfield' },
  { id: 'c-proto', name: '__proto__' },
];

describe('speaker maps', () => {
  it('guesses the interviewer and contacts by full or first name', () => {
    const map = guessSpeakerMap(['Sam', 'Dana', 'Speaker 3'], 'Sam Okafor', contacts);
    expect(map).toEqual({ Sam: INTERVIEWER_SPEAKER, Dana: 'c-dana' });
    expect(speakerName('Dana', map, 'Sam Okafor', contacts)).toBe('Dana Whitfield');
    expect(speakerName('Speaker 3', map, 'Sam Okafor', contacts)).toBe('Speaker 3');
  });

  it('keeps a speaker labelled "__proto__" as an ordinary entry, end to end', () => {
    const map = guessSpeakerMap(['__proto__'], 'Sam Okafor', contacts);
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    // Through the schema, as saving and restoring a backup do.
    const parsed = textMapSchema('bad map').parse(JSON.parse(JSON.stringify(map)));
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(speakerName('__proto__', parsed, 'Sam Okafor', contacts)).toBe('__proto__');
    expect(
      speakerName('__proto__', parsed, 'Sam Okafor', [{ id: 'c-proto', name: 'Priya Raman' }]),
    ).toBe('Priya Raman');
  });

  it('never reads Object.prototype for a label that is not mapped', () => {
    expect(speakerName('constructor', {}, 'Sam Okafor', contacts)).toBe('constructor');
    expect(speakerName('__proto__', {}, 'Sam Okafor', contacts)).toBe('__proto__');
  });

  it('refuses a map whose values are not text, with the schema message', () => {
    const result = interviewSchema.shape.speakerMap.safeParse({ Dana: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Speaker map must pair each speaker label with a person.',
    );
    expect(textMapSchema('bad').safeParse(['a']).success).toBe(false);
    expect(textMapSchema('bad').safeParse(null).success).toBe(false);
  });
});
